// One GraphQL request to a newsgraph server over HTTP, with Node's fetch: the key sent as a bearer token, a 503
// (the server busy, or its database briefly away) or a dropped connection tried again after a short wait, and
// every failure put in words: the server not answering, the key refused, or this one request failing.
import { DEFAULT_FETCH_OPTIONS } from '../sources/fetch-url';

/** A failure the user can act on from its message alone (the CLI prints it without a stack). */
export class ServerError extends Error {}

/** Nothing (or nothing that speaks GraphQL) answers at the address: the whole run stops. */
export class ServerUnreachableError extends ServerError {}

/** The server does not accept the key for writing: the whole run stops. */
export class KeyRefusedError extends ServerError {}

/** This request failed (too large, refused, timed out, failed on the server); other requests may still succeed. */
export class RequestFailedError extends ServerError {}

export interface GraphQLErrorReply {
  message: string;
  extensions?: { code?: string };
}

export interface GraphQLReply<T> {
  data?: T | null;
  errors?: GraphQLErrorReply[];
}

/** Where requests go and with which key; `keyFrom` names where the key came from, for messages (the key never appears in one). */
export interface Endpoint {
  url: string;
  key: string;
  keyFrom: string;
}

export interface PostOptions {
  /** How long to wait for the whole answer. */
  timeoutMs: number;
  /** Whether a connection that fails is tried again too (a 503 always is): not when first finding the server. */
  reconnect: boolean;
}

// A 503 (or a dropped connection) is tried three more times over seven seconds: long enough for a burst of reads
// to pass, short enough that a server that stays busy is reported while the user still watches. Tried again even
// when the first try may have reached the server: an article is keyed by its content, so twice stores it once.
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000];

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why fetch found no answer, in words ("connection refused"), from the system error beneath its TypeError. */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection closed';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connection timed out';
    default:
      return cause?.message ?? (error as Error).message;
  }
}

/** "message (CODE, HTTP 413)": a failed request's reason as the server gave it. */
export function describeErrors(errors: GraphQLErrorReply[], status: number): string {
  const codes = [...new Set(errors.map((error) => error.extensions?.code).filter(Boolean))];
  const tags = [...codes, ...(status >= 400 ? [`HTTP ${status}`] : [])];
  return `${errors.map((error) => error.message).join('; ')}${tags.length ? ` (${tags.join(', ')})` : ''}`;
}

/** The body as a GraphQL reply; null when it is none (an HTML error page of a proxy, say). */
async function readReply<T>(response: Response): Promise<GraphQLReply<T> | null> {
  const text = await response.text();
  try {
    const reply = JSON.parse(text) as unknown;
    return reply && typeof reply === 'object' && ('data' in reply || 'errors' in reply) ? (reply as GraphQLReply<T>) : null;
  } catch {
    return null;
  }
}

/**
 * Posts a GraphQL request and returns the server's reply (its `errors` are the caller's to read). Throws a
 * ServerUnreachableError when nothing answers, a KeyRefusedError when the server refuses the key, and a
 * RequestFailedError when the answer is no GraphQL reply or does not come in time.
 */
export async function postGraphQL<T>(endpoint: Endpoint, body: { query: string; variables?: Record<string, unknown> }, options: PostOptions): Promise<{ status: number; reply: GraphQLReply<T> }> {
  const payload = JSON.stringify(body);
  for (let attempt = 0; ; attempt += 1) {
    const retry = RETRY_DELAYS_MS[attempt] ?? null;
    let response: Response;
    let reply: GraphQLReply<T> | null;
    try {
      response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${endpoint.key}`,
          'user-agent': DEFAULT_FETCH_OPTIONS.userAgent,
        },
        body: payload,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      reply = await readReply<T>(response);
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') throw new RequestFailedError(`no answer within ${Math.round(options.timeoutMs / 1000)} s`);
      if (options.reconnect && retry !== null) {
        await sleep(retry);
        continue;
      }
      throw new ServerUnreachableError(`no newsgraph server answers at ${endpoint.url} (${describeNetworkError(error)})`);
    }
    if (response.status === 503 && retry !== null) {
      await sleep(retry);
      continue;
    }
    const refusal = reply?.errors?.find((error) => REFUSALS.has(error.extensions?.code ?? ''));
    if (refusal || response.status === 401 || response.status === 403) {
      throw new KeyRefusedError(`the server at ${endpoint.url} refused the key (${endpoint.keyFrom}): ${refusal?.message ?? `HTTP ${response.status}`}`);
    }
    if (!reply) throw new RequestFailedError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, not a GraphQL answer`);
    return { status: response.status, reply };
  }
}
