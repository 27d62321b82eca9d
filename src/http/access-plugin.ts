// Access control in the server: reads need a credential only when read keys are set (checked before anything
// is parsed or answered from the cache); mutations always need one that writes, and are off when none can.
import { getOperationAST } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Access, AccessControl } from './access';

const refusal = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string) =>
  createGraphQLError(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });
const because = (access: Access) => (access.reason ? `: ${access.reason}` : '');

function writeRefusal(control: AccessControl, access: Access) {
  if (!control.writesPossible) return refusal('FORBIDDEN', 'Mutations are off on this server: no write key is configured (NEWSGRAPH_WRITE_KEYS).');
  if (access.credential === 'read') return refusal('FORBIDDEN', 'This credential may read but not write.');
  return refusal('UNAUTHENTICATED', `Mutations need "Authorization: Bearer <key>" with a write key${because(access)}.`);
}

export function useAccessControl(control: AccessControl): Plugin {
  // Once per request: a token's verification may fetch the identity provider's keys.
  const accessOf = new WeakMap<Request, Promise<Access>>();
  const of = (request: Request) => {
    let access = accessOf.get(request);
    if (!access) accessOf.set(request, (access = control.of(request)));
    return access;
  };
  return {
    async onRequestParse({ request }) {
      if (control.readsOpen) return;
      const access = await of(request);
      if (!access.read) throw refusal('UNAUTHENTICATED', `This server needs "Authorization: Bearer <key>" with a read or write key${because(access)}.`);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const access = await of(args.contextValue.request);
      if (!access.write) setResultAndStopExecution({ errors: [writeRefusal(control, access)] });
    },
  };
}
