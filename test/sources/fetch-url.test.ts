import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_OPTIONS, fetchUrl } from '../../src/sources/fetch-url';
import { OVERSIZED_BYTES, startSourceServer, type SourceServer } from '../support/source-server';

describe('fetchUrl', () => {
  let server: SourceServer;
  beforeAll(async () => {
    server = await startSourceServer();
  });
  afterAll(() => server.close());

  it('fetches a page with its type and says who asks', async () => {
    const fetched = await fetchUrl(server.url('/news/council-vote'));
    expect(fetched).toMatchObject({ contentType: 'text/html; charset=utf-8', url: server.url('/news/council-vote') });
    expect(new TextDecoder().decode((fetched as { bytes: Uint8Array }).bytes)).toMatch(/^<!DOCTYPE html>/);
    expect(server.lastUserAgent()).toMatch(/^newsgraph\/\d+\.\d+\.\d+ /);
    expect(server.lastUserAgent()).toBe(DEFAULT_FETCH_OPTIONS.userAgent);
  });

  it('follows a redirect and gives the final URL', async () => {
    expect(await fetchUrl(server.url('/old-address'))).toMatchObject({ url: server.url('/news/council-vote') });
  });

  it.each([
    ['a missing page', '/gone', {}, 'HTTP 404 Not Found'],
    ['a server error', '/broken', {}, 'HTTP 500 Internal Server Error'],
    ['a slow answer', '/slow', { timeoutMs: 300 }, 'no complete answer within 0.3 s (timed out)'],
    ['a streamed body over the limit', '/huge', { maxBytes: OVERSIZED_BYTES / 4 }, `response is over the ${OVERSIZED_BYTES / 4}-byte limit`],
    ['a declared body over the limit', '/huge-declared', { maxBytes: OVERSIZED_BYTES / 4 }, `response is over the ${OVERSIZED_BYTES / 4}-byte limit`],
  ])('gives a reason for %s', async (_, path, options, reason) => {
    expect(await fetchUrl(server.url(path), options)).toEqual({ reason });
  }, 10_000);

  it('says so when nothing listens', async () => {
    const closed = await startSourceServer();
    const url = closed.url('/feed');
    await closed.close();
    expect(await fetchUrl(url)).toEqual({ reason: 'connection refused' });
  });
});
