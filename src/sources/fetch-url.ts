// Fetches an http(s) input with Node's fetch: redirects followed, a time limit on the whole exchange, the body
// streamed and given up past a size limit, and every failure worded for the person who gave the URL.
import packageJson from '../../package.json' with { type: 'json' };
import { MAX_FILE_BYTES } from './decode-text';

export interface FetchOptions {
  /** For the whole exchange, body included (default 20 s). */
  timeoutMs: number;
  /** Bodies longer than this are given up (default MAX_FILE_BYTES, the file limit). */
  maxBytes: number;
  userAgent: string;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 20_000,
  maxBytes: MAX_FILE_BYTES,
  userAgent: `newsgraph/${packageJson.version} (news knowledge-graph reader; Node.js fetch)`,
};

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL answered from, after redirects. */
  url: string;
}

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<Fetched | { reason: string }> {
  const { timeoutMs, maxBytes, userAgent } = { ...DEFAULT_FETCH_OPTIONS, ...options };
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': userAgent, accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/x-ndjson, text/plain;q=0.8, */*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel();
      return { reason: tooLarge(maxBytes) };
    }
    const bytes = await readBody(response, maxBytes);
    if (!bytes) return { reason: tooLarge(maxBytes) };
    return { bytes, contentType: response.headers.get('content-type'), url: response.url || url };
  } catch (error) {
    return { reason: describeFetchError(error, timeoutMs) };
  }
}

const tooLarge = (maxBytes: number) => `response is over the ${maxBytes}-byte limit`;

/** The body's bytes, or null as soon as they pass `maxBytes` (the rest is never downloaded). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.length;
    if (length > maxBytes) {
      // Cancelling closes the connection: the rest is never downloaded.
      await reader.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks, length);
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no complete answer within ${timeoutMs / 1000} s (timed out)`;
  const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection closed by the server';
  if (cause?.message && /redirect/i.test(cause.message)) return `too many redirects (${cause.message})`;
  return `fetch failed: ${cause?.message ?? (error as Error).message}`;
}
