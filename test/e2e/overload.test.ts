// Overload degrades instead of piling up: identical questions asked together cost one query, and reads past
// the database's queue are refused at once with SERVICE_BUSY. Real HTTP, real Neo4j.
import { describe, expect, it } from 'vitest';
import { DatabaseBusyError, Graph } from '../../src/graph/driver';
import { createGraphQLApp, listen } from '../../src/server';
import { postGraphQL } from '../support/http';
import { useSeedServer } from '../support/seed-server';

const SLOW_READ = 'UNWIND range(1, 3000000) AS x RETURN count(x) AS n';
const QUESTION = {
  query: 'query Who($month: String) { commentators(filter: { period: { month: $month }, place: "Kazakhstan" }) { speaker { name } statements { quote evidence { sentence } } } }',
  variables: { month: '2022-01' },
};

describe('under load', () => {
  // The response cache off: what is shared is the question in flight, not an answer kept.
  const seed = useSeedServer({ maxPageSize: 50, maxDepth: 12, cacheTtlMs: 0 });

  it('answers identical questions asked together with one query, each client getting the answer', async () => {
    const before = seed.graph.roundTrips;
    const alone = await postGraphQL(seed.server.url, QUESTION);
    const perQuestion = seed.graph.roundTrips - before;
    expect(alone.errors).toBeUndefined();
    expect(perQuestion).toBeGreaterThan(0);

    const start = seed.graph.roundTrips;
    const together = await Promise.all(Array.from({ length: 20 }, () => postGraphQL(seed.server.url, QUESTION)));
    for (const reply of together) expect(reply.data).toEqual(alone.data);
    // Twenty clients at once cost a few questions' queries, not twenty: those arriving while one is in flight
    // share its answer (on a busy machine some arrive after it answered and start anew).
    expect(seed.graph.roundTrips - start).toBeLessThanOrEqual(10 * perQuestion);
  });

  it('shares answers as clients get them also with the response cache on', async () => {
    const cached = await listen(createGraphQLApp(seed.graph, { maxPageSize: 50, maxDepth: 12, cacheTtlMs: 60_000 }), '127.0.0.1', 0);
    try {
      const other = { ...QUESTION, variables: { month: '2022-02' } };
      const alone = await postGraphQL(seed.server.url, other);
      const together = await Promise.all(Array.from({ length: 20 }, () => postGraphQL(cached.url, other)));
      for (const reply of together) expect(reply).toEqual(alone);
    } finally {
      await cached.close();
    }
  });

  it('refuses reads past the queue at once, with SERVICE_BUSY over HTTP', async () => {
    const narrow = new Graph(seed.graph.driver, seed.graph.database, seed.graph.uri, seed.graph.timeouts, { concurrent: 1, queued: 1 });
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
