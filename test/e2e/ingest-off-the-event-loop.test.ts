// `ingestArticle` extracts in a worker thread: while a long article is read, other requests are answered;
// an article over its budget fails alone with a code, and nothing is written. Real HTTP, real Neo4j.
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractionPool, type ExtractionPool } from '../../src/ingest/extraction-pool';
import { postGraphQL, TEST_WRITE_KEY, withKey } from '../support/http';
import { useServers } from '../support/servers';

const INGEST = 'mutation Add($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on Article { id } } }';
const longArticle = (title: string) => ({ title, text: 'Officials in Oslo said on Monday that the talks would go on. “We will meet again,” Ana Berg said. '.repeat(1900) });

describe('ingestArticle in a worker thread', () => {
  const servers = useServers();
  const { articles } = servers;
  const pools: ExtractionPool[] = [];
  const serve = (budgetMs: number) => {
    const extraction = createExtractionPool({ threads: 1, budgetMs });
    pools.push(extraction);
    return servers.serve({ access: { writeKeys: [TEST_WRITE_KEY], readKeys: [] }, extraction });
  };
  afterAll(async () => {
    for (const pool of pools) await pool.close();
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
