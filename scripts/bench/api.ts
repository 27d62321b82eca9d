// GraphQL API figures: latency p50/p99 and requests/s at 32 concurrent clients (autocannon), and database
// round trips per request, for the canonical question and an entity lookup — on the seed graph and on a
// synthetic graph of many articles. Starts its own Neo4j in a temporary folder and removes it afterwards.
import autocannon from 'autocannon';
import type { Graph } from '../../src/graph/driver';
import { createGraphQLApp, listen } from '../../src/server';
import { replaceWithSyntheticGraph, withSeedGraph } from './bench-database';

const CONNECTIONS = 32;
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
  const lines: string[] = [];
  await withSeedGraph(async (graph) => {
    const seedRequests: [string, { query: string; variables: unknown }][] = [['canonical question', canonical('2022-01', 'Kazakhstan')], ['entity lookup', lookup('Tokayev')]];
    lines.push(...(await measure('seed graph, no response cache', graph, seedRequests)));
    lines.push(...(await measure('seed graph, response cache on', graph, seedRequests, 60_000)));

    const { ask, summary } = await replaceWithSyntheticGraph(graph, syntheticArticles);
    lines.push(summary);
    const bigRequests: [string, { query: string; variables: unknown }][] = [['canonical question', canonical(ask.month, ask.country)], ['entity lookup', lookup(ask.person)]];
    const big = `synthetic graph (${syntheticArticles.toLocaleString('en')} articles)`;
    lines.push(...(await measure(`${big}, no response cache`, graph, bigRequests)));
    lines.push(...(await measure(`${big}, response cache on`, graph, bigRequests, 60_000)));
  });
  return lines;
}
