// `ingestArticle` extracts in a worker thread: while a long article is read, other requests are answered;
// an article over its budget fails alone with a code, and nothing is written. Real HTTP, real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver';
import { createExtractionPool, type ExtractionPool } from '../../src/ingest/extraction-pool';
import { createGraphQLApp, listen, type RunningServer } from '../../src/server';
import { openEmptyGraph } from '../support/graph';
import { postGraphQL, TEST_WRITE_KEY, withKey } from '../support/http';

const INGEST = 'mutation Add($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on Article { id } } }';
const longArticle = (title: string) => ({ title, text: 'Officials in Oslo said on Monday that the talks would go on. “We will meet again,” Ana Berg said. '.repeat(1900) });

describe('ingestArticle in a worker thread', () => {
  let graph: Graph;
  const pools: ExtractionPool[] = [];
  const servers: RunningServer[] = [];
  const serve = async (budgetMs: number) => {
    const extraction = createExtractionPool({ threads: 1, budgetMs });
    pools.push(extraction);
    const server = await listen(createGraphQLApp(graph, { maxPageSize: 50, maxDepth: 12, access: { writeKeys: [TEST_WRITE_KEY], readKeys: [] }, extraction }), '127.0.0.1', 0);
    servers.push(server);
    return server.url;
  };
  const articles = async () => (await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n;
  beforeAll(async () => {
    graph = await openEmptyGraph();
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const pool of pools) await pool.close();
    await graph?.close();
  });

  it('answers other requests while a long article is read', async () => {
    const url = await serve(120_000);
    const order: string[] = [];
    const ingest = postGraphQL<{ ingestArticle: { __typename: string } }>(url, { query: INGEST, variables: { input: longArticle('A long report') } }, withKey()).then((reply) => {
      order.push('ingest');
      return reply;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const quick = await postGraphQL<{ __typename: string }>(url, { query: '{ __typename }' });
    order.push('typename');
    expect(quick.data?.__typename).toBe('Query');
    const done = await ingest;
    expect(done.errors).toBeUndefined();
    expect(done.data?.ingestArticle.__typename).toBe('Article');
    expect(order).toEqual(['typename', 'ingest']);
  }, 120_000);

  it('fails an article over its budget alone, writing nothing', async () => {
    const url = await serve(200);
    const before = await articles();
    const reply = await postGraphQL(url, { query: INGEST, variables: { input: longArticle('Another long report') } }, withKey());
    expect(reply.errors?.[0]?.extensions?.code).toBe('EXTRACTION_BUDGET_EXCEEDED');
    expect(reply.errors?.[0]?.message).toMatch(/longer than 200 ms/);
    expect(await articles()).toBe(before);
  }, 120_000);
});
