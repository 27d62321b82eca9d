// What a request must be before the server reads it: a POST is JSON (no form or multipart body a web page
// could send without asking) of a stated length within the limit. Node's parser never reads past the stated
// length, so checking it is enough to bound the body.
import type { Plugin } from 'graphql-yoga';

export interface RequestGuardOptions {
  maxBodyBytes: number;
}

/** A GraphQL-shaped error reply, for refusals made before GraphQL is involved. */
export function errorResponse(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

const JSON_TYPE = /^application\/(?:graphql-response\+)?json\s*(?:;|$)/i;

export function useRequestGuard({ maxBodyBytes }: RequestGuardOptions): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'POST') return;
      if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) {
        endResponse(errorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'A POST must send its GraphQL request as application/json.'));
        return;
      }
      const length = request.headers.get('content-length');
      if (length === null || !/^\d+$/.test(length)) {
        endResponse(errorResponse(411, 'LENGTH_REQUIRED', 'A POST must state its Content-Length.'));
        return;
      }
      if (Number(length) > maxBodyBytes) {
        endResponse(errorResponse(413, 'BODY_TOO_LARGE', `The request body has ${Number(length).toLocaleString('en')} bytes; at most ${maxBodyBytes.toLocaleString('en')} are accepted (GRAPHQL_MAX_BODY_BYTES).`));
      }
    },
  };
}
