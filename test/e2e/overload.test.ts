// Overload degrades instead of piling up: identical questions asked together cost one query, and reads past
// the database's queue are refused at once with SERVICE_BUSY. Real HTTP, real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseBusyError, Graph } from '../../src/graph/driver';
import { ingestPaths } from '../../src/ingest';
import { createGraphQLApp, listen, type RunningServer } from '../../src/server';
import { openEmptyGraph } from '../support/graph';
import { postGraphQL } from '../support/http';
import { SEED_FILE } from '../support/seed';

const SLOW_READ = 'UNWIND range(1, 3000000) AS x RETURN count(x) AS n';
const QUESTION = {
  query: 'query Who($month: String) { commentators(filter: { period: { month: $month }, place: "Kazakhstan" }) { speaker { name } statements { quote evidence { sentence } } } }',
  variables: { month: '2022-01' },
};

describe('under load', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = await openEmptyGraph();
    await ingestPaths(graph, [SEED_FILE]);
    // The response cache off: what is shared is the question in flight, not an answer kept.
    server = await listen(createGraphQLApp(graph, { maxPageSize: 50, maxDepth: 12, cacheTtlMs: 0 }), '127.0.0.1', 0);
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('answers identical questions asked together with one query, each client getting the answer', async () => {
    const before = graph.roundTrips;
    const alone = await postGraphQL(server.url, QUESTION);
    const perQuestion = graph.roundTrips - before;
    expect(alone.errors).toBeUndefined();
    expect(perQuestion).toBeGreaterThan(0);

    const start = graph.roundTrips;
    const together = await Promise.all(Array.from({ length: 20 }, () => postGraphQL(server.url, QUESTION)));
    for (const reply of together) expect(reply.data).toEqual(alone.data);
    // Twenty clients at once cost about one question's queries (a straggler may come after the first answered).
    expect(graph.roundTrips - start).toBeLessThanOrEqual(3 * perQuestion);
  });

  it('refuses reads past the queue at once, with SERVICE_BUSY over HTTP', async () => {
    const narrow = new Graph(graph.driver, graph.database, graph.uri, graph.timeouts, { concurrent: 1, queued: 1 });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => narrow.read(SLOW_READ)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2); // one running, one waiting
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused).toHaveLength(3);
    for (const { reason } of refused) expect(reason).toBeInstanceOf(DatabaseBusyError);

    const busyServer = await listen(createGraphQLApp(narrow, { maxPageSize: 50, maxDepth: 12, cacheTtlMs: 0 }), '127.0.0.1', 0);
    try {
      const hog = Promise.all([narrow.read(SLOW_READ), narrow.read(SLOW_READ)]);
      const reply = await postGraphQL(busyServer.url, { query: '{ articles(first: 1) { totalCount } }' });
      expect(reply.status).toBe(503);
      expect(reply.errors?.[0]?.extensions?.code).toBe('SERVICE_BUSY');
      await hog;
    } finally {
      await busyServer.close();
    }
  });
});
