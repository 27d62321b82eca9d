// A client that goes away takes its queries with it: reads made on behalf of its request stop, in Neo4j too.
// Real Neo4j, real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, type Params } from '../../src/graph/driver';
import { onBehalfOf, RequestAbandonedError, requestSignal } from '../../src/graph/request-signal';
import { createGraphQLApp, listen } from '../../src/server';
import { openEmptyGraph } from '../support/graph';
import { postGraphQL } from '../support/http';

// Minutes of work for Neo4j unless stopped (the read time limit is raised for it below).
const ENDLESS = 'UNWIND range(1, 2000000000) AS x RETURN count(x) AS n';
// (Not counting itself: its own text holds the same words.)
const RUNNING = "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 2000000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS running";

describe('abandoned requests', () => {
  let base: Graph;
  beforeAll(async () => {
    base = await openEmptyGraph();
  });
  afterAll(() => base?.close());

  it('stop their reads, and Neo4j runs them no longer', async () => {
    const patient = new Graph(base.driver, base.database, base.uri, { ...base.timeouts, readMs: 600_000 });
    const client = new AbortController();
    const read = onBehalfOf(client.signal, () => patient.read(ENDLESS)).catch((error: unknown) => error);
    let running = 0;
    for (let tries = 0; tries < 50 && running === 0; tries += 1) {
      running = (await base.read<{ running: number }>(RUNNING))[0]!.running;
      if (!running) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(running).toBe(1);
    client.abort();
    expect(await read).toBeInstanceOf(RequestAbandonedError);
    for (let tries = 0; tries < 50 && running > 0; tries += 1) {
      running = (await base.read<{ running: number }>(RUNNING))[0]!.running;
      if (running) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(running).toBe(0);
  }, 60_000);

  it('never start a read for a request already gone', async () => {
    const client = new AbortController();
    client.abort();
    await expect(onBehalfOf(client.signal, () => base.read('RETURN 1 AS one'))).rejects.toBeInstanceOf(RequestAbandonedError);
  });

  it('are known to every read the server makes for a request', async () => {
    // The real graph, noting the request signal each read runs on behalf of.
    const signals: (AbortSignal | undefined)[] = [];
    class NotingGraph extends Graph {
      override read<Row extends Record<string, unknown>>(cypher: string, params?: Params): Promise<Row[]> {
        signals.push(requestSignal());
        return super.read<Row>(cypher, params);
      }
    }
    const graph = new NotingGraph(base.driver, base.database, base.uri, base.timeouts);
    const server = await listen(createGraphQLApp(graph, { maxPageSize: 50, maxDepth: 12 }), '127.0.0.1', 0);
    try {
      const reply = await postGraphQL(server.url, { query: '{ articles(first: 1) { totalCount edges { node { id } } } }' });
      expect(reply.errors).toBeUndefined();
      expect(signals.length).toBeGreaterThan(0);
      for (const signal of signals) expect(signal).toBeInstanceOf(AbortSignal);
    } finally {
      await server.close();
    }
  });
});
