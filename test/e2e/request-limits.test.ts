// No single request may hurt the database or the server: each limit answers with a code that names it, and
// the database's own limits and outages say so. Real HTTP, real Neo4j.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/driver';
import { databaseErrorMasker } from '../../src/http/database-errors';
import { createGraphQLApp, listen } from '../../src/server';
import { openEmptyGraph } from '../support/graph';
import { postGraphQL } from '../support/http';
import { useSeedServer } from '../support/seed-server';

const codeOf = (reply: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => reply.errors?.[0]?.extensions?.code;

describe('limits on one request', () => {
  const seed = useSeedServer({ maxPageSize: 50, maxDepth: 12, maxBodyBytes: 20_000, maxArgumentLength: 200, maxSearchTerms: 5 });

  it('refuse a body over the size limit before reading it', async () => {
    const reply = await fetch(seed.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }', padding: 'x'.repeat(30_000) }) });
    expect(reply.status).toBe(413);
    expect(codeOf((await reply.json()) as never)).toBe('BODY_TOO_LARGE');
  });

  it('refuse a body streamed without a Content-Length, which only counting its bytes could bound', async () => {
    const chunk = new TextEncoder().encode(JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const reply = await fetch(seed.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(reply.status).toBe(411);
    expect(codeOf((await reply.json()) as never)).toBe('LENGTH_REQUIRED');
  });

  it('refuse a long argument, written in the query or sent as a variable', async () => {
    const long = 'Tokayev '.repeat(40);
    const inlineQuery = { query: `{ articles(first: 1, text: ${JSON.stringify(long)}) { totalCount } }` };
    expect(codeOf(await postGraphQL(seed.server.url, inlineQuery))).toBe('ARGUMENT_TOO_LONG');
    // Asked again, the parsed document comes from yoga's cache, and its longest literal from the plugin's.
    expect(codeOf(await postGraphQL(seed.server.url, inlineQuery))).toBe('ARGUMENT_TOO_LONG');
    const variable = await postGraphQL(seed.server.url, { query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: long } });
    expect(codeOf(variable)).toBe('ARGUMENT_TOO_LONG');
    expect(variable.errors?.[0]?.message).toMatch(/GRAPHQL_MAX_ARGUMENT_LENGTH/);
  });

  it('refuse a search of more words than the limit, in every argument that searches', async () => {
    const words = 'one two three four five six';
    for (const query of [
      `{ search(query: "${words}") { score } }`,
      `{ articles(first: 1, text: "${words}") { totalCount } }`,
      `{ entities(first: 1, name: "${words}") { totalCount } }`,
      `{ statements(first: 1, filter: { text: "${words}" }) { totalCount } }`,
      `{ timeline(query: "${words}") { articles } }`,
    ]) {
      const reply = await postGraphQL(seed.server.url, { query });
      expect(codeOf(reply), query).toBe('TOO_MANY_SEARCH_WORDS');
    }
    const fine = await postGraphQL<{ search: unknown[] }>(seed.server.url, { query: '{ search(query: "Tokayev said") { score } }' });
    expect(fine.errors).toBeUndefined();
    expect(fine.data?.search.length).toBeGreaterThan(0);
  });

  it('count aliases of __typename toward the alias limit', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect((await postGraphQL(seed.server.url, { query: aliased(30) })).errors).toBeUndefined();
    expect((await postGraphQL(seed.server.url, { query: aliased(31) })).errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded/);
  });

  it('refuse a document of too many tokens before parsing it, however deeply it nests', async () => {
    const reply = await postGraphQL(seed.server.url, { query: '{ articles '.repeat(1_500) }); // 3,000 tokens, within the body limit
    expect(reply.status).not.toBe(500);
    expect(codeOf(reply)).toBe('GRAPHQL_PARSE_FAILED');
    expect(reply.errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);
  });

  it('refuse a subscription to what is no subscription with a validation error, not an internal one', async () => {
    const reply = await postGraphQL(seed.server.url, { query: 'subscription { articles { totalCount } }' });
    expect(codeOf(reply)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(reply.errors?.[0]?.message).toMatch(/Cannot query field "articles" on type "Subscription"/);
  });

  it('say the process lives at /health and the database answers at /ready', async () => {
    const origin = new URL(seed.server.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    const ready = await fetch(`${origin}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('the database’s limits and outages', () => {
  it('a read over its time limit is ended by Neo4j and reported as QUERY_TIMEOUT', async () => {
    const base = await openEmptyGraph();
    const strict = new Graph(base.driver, base.database, base.uri, { ...base.timeouts, readMs: 200 });
    const error = await strict.read('UNWIND range(1, 500000000) AS x RETURN count(x) AS n').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    const shown = databaseErrorMasker(strict.timeouts)(error, 'Unexpected error.');
    expect(shown.extensions.code).toBe('QUERY_TIMEOUT');
    expect(shown.message).toMatch(/NEO4J_READ_TIMEOUT_MS/);
    await base.close();
  }, 30_000);

  it('with Neo4j gone, answers say SERVICE_UNAVAILABLE and /ready says 503', async () => {
    // A driver towards a port where nothing listens: what the server sees when its database has died.
    const driver = neo4j.driver('bolt://127.0.0.1:9', undefined, { connectionTimeout: 1_000, maxConnectionLifetime: 1_000 });
    const gone = new Graph(driver, 'neo4j', 'bolt://127.0.0.1:9');
    const server = await listen(createGraphQLApp(gone, { maxPageSize: 50, maxDepth: 12 }), '127.0.0.1', 0);
    try {
      const reply = await postGraphQL(server.url, { query: '{ articles(first: 1) { totalCount } }' });
      expect(reply.status).toBe(503);
      expect(codeOf(reply)).toBe('SERVICE_UNAVAILABLE');
      const ready = await fetch(`${new URL(server.url).origin}/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { status: string }).status).toBe('unavailable');
    } finally {
      await server.close();
      await driver.close();
    }
  }, 30_000);
});
