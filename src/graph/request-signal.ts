// The signal of the HTTP request a read is made for, without passing it through every resolver and loader:
// when the client goes away, its reads still waiting for a turn never start and those running are stopped
// (their session closes, which ends the transaction in Neo4j).
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` (and everything it starts) on behalf of a request with this signal. */
export const onBehalfOf = <T>(signal: AbortSignal, work: () => T): T => current.run(signal, work);

/** The signal of the request the current work is for, if any. */
export const requestSignal = (): AbortSignal | undefined => current.getStore();

/** The client that asked went away before its answer was ready. */
export class RequestAbandonedError extends Error {
  constructor() {
    super('The request was abandoned by its client; its queries were stopped.');
  }
}
