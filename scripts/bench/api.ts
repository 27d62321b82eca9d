// GraphQL API figures: latency p50/p99 and requests/s at 32 concurrent clients (autocannon), and database
// round trips per request, for the canonical question and an entity lookup — on the seed graph and on a
// synthetic graph of many articles. Starts its own Neo4j in a temporary folder and removes it afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { connectGraph, type Graph } from '../../src/graph/driver';
import { setupGraphSchema } from '../../src/graph/schema-setup';
import { ingestPaths } from '../../src/ingest';
import { startLocalNeo4j } from '../../src/local-neo4j/launcher';
import { findFreePort } from '../../src/local-neo4j/port';
import { createGraphQLApp, listen } from '../../src/server';
import { writeSyntheticGraph } from './synthetic-graph';

const CONNECTIONS = 32;
const DELETE_SLICE = 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n';
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_SECONDS ?? 30);

const canonical = (month: string, place: string) => ({
  query: `query Canonical($filter: EventFilter!) { commentators(filter: $filter) { speaker { name type } statements { quote date evidence { sentence article { title } } } } }`,
  variables: { filter: { period: { month }, place } },
});
const lookup = (name: string) => ({
  query: `query Lookup($name: String) { entities(first: 1, name: $name) { edges { node { id name aliases type ... on Person { statements(first: 5) { totalCount edges { node { quote date } } } } events(first: 5) { totalCount edges { node { label start } } } } } } }`,
  variables: { name },
});

/** Latency with nothing else running: one client, one request after another (what queueing adds is the rest). */
async function oneClient(url: string, payload: string, requests = 300): Promise<{ p50: string; p99: string }> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload })).text();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  return { p50: at(0.5), p99: at(0.99) };
}

async function measure(label: string, graph: Graph, requests: [string, { query: string; variables: unknown }][], cacheTtlMs = 0): Promise<string[]> {
  const server = await listen(createGraphQLApp(graph, { maxPageSize: 100, maxDepth: 12, cacheTtlMs }), '127.0.0.1', 0);
  const lines: string[] = [];
  try {
    // Round trips first, one request at a time, before any load is running.
    const trips = new Map<string, number>();
    for (const [name, body] of requests) {
      const before = graph.roundTrips;
      const answer = (await (await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { errors?: unknown[] };
      if (answer.errors) throw new Error(`${name} failed: ${JSON.stringify(answer.errors)}`);
      trips.set(name, graph.roundTrips - before);
    }
    for (const [name, body] of requests) {
      const payload = JSON.stringify(body);
      // Uncached runs start with unmeasured load: the JVM compiles Neo4j's hot paths over the first half
      // minute or so on two busy cores (cached answers never reach Neo4j).
      if (!cacheTtlMs) await autocannon({ url: server.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: payload, connections: CONNECTIONS, duration: WARMUP_S, workers: 1 });
      const result = await autocannon({ url: server.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: payload, connections: CONNECTIONS, duration: DURATION_S, workers: 1 });
      // Requests still in flight when the load stops finish before the next run (or the database closes).
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const alone = await oneClient(server.url, payload);
      lines.push(
        `api ${label}, ${name}: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${Math.round(result.requests.average)} req/s at ${CONNECTIONS} clients (${result.non2xx} non-2xx, ${result.errors} errors); one client alone: p50 ${alone.p50} ms, p99 ${alone.p99} ms; ${trips.get(name)} database round trips per request`,
      );
    }
  } finally {
    await server.close();
  }
  return lines;
}

export async function benchApi(syntheticArticles: number): Promise<string[]> {
  // As `serve` runs by default (SOURCE_MAPPED_STACKS=false).
  process.setSourceMapsEnabled(false);
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const local = await startLocalNeo4j({ port: await findFreePort(), dataDir: join(root, 'data'), heap: '1g', pagecache: '512m', startTimeoutMs: 180_000 });
  const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const lines: string[] = [];
  try {
    await setupGraphSchema(graph);
    await ingestPaths(graph, ['seeds']);
    const seedRequests: [string, { query: string; variables: unknown }][] = [['canonical question', canonical('2022-01', 'Kazakhstan')], ['entity lookup', lookup('Tokayev')]];
    lines.push(...(await measure('seed graph, no response cache', graph, seedRequests)));
    lines.push(...(await measure('seed graph, response cache on', graph, seedRequests, 60_000)));

    // Empty the database in slices (one transaction each), then build the large graph.
    while ((await graph.write<{ n: number }>(DELETE_SLICE))[0]!.n > 0);
    const started = performance.now();
    const ask = await writeSyntheticGraph(graph, syntheticArticles);
    const [counts] = await graph.read<{ nodes: number; rels: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
    lines.push(`synthetic graph: ${syntheticArticles.toLocaleString('en')} articles, ${counts!.nodes.toLocaleString('en')} nodes, ${counts!.rels.toLocaleString('en')} relationships, written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const bigRequests: [string, { query: string; variables: unknown }][] = [['canonical question', canonical(ask.month, ask.country)], ['entity lookup', lookup(ask.person)]];
    const big = `synthetic graph (${syntheticArticles.toLocaleString('en')} articles)`;
    lines.push(...(await measure(`${big}, no response cache`, graph, bigRequests)));
    lines.push(...(await measure(`${big}, response cache on`, graph, bigRequests, 60_000)));
  } finally {
    await graph.close();
    await local.stop();
    rmSync(root, { recursive: true, force: true });
  }
  return lines;
}
