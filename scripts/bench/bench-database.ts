// The Neo4j the benchmarks run on: started in a temporary folder, with the graph schema set up (and the seed
// articles ingested, for the API), and removed afterwards; and how to swap its graph for a larger one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectGraph, type Graph } from '../../src/graph/driver';
import { setupGraphSchema } from '../../src/graph/schema-setup';
import { ingestPaths } from '../../src/ingest';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j/launcher';
import { findFreePort } from '../../src/local-neo4j/port';
import { writeSyntheticGraph } from './synthetic-graph';

const DELETE_SLICE = 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n';
const COUNT_GRAPH = 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels';

/**
 * Runs `work` on a fresh local Neo4j with the graph schema and nothing else (given its process), started for a
 * short life as `newsgraph ingest` starts it when `shortLived`; stops and removes it whatever happens.
 */
export async function withEmptyGraph<T>(work: (graph: Graph, local: LocalNeo4j) => Promise<T>, { shortLived = false } = {}): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const local = await startLocalNeo4j({ port: await findFreePort(), dataDir: join(root, 'data'), heap: '1g', pagecache: '512m', startTimeoutMs: 180_000, shortLived });
    try {
      const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
      try {
        await setupGraphSchema(graph);
        return await work(graph, local);
      } finally {
        await graph.close();
      }
    } finally {
      await local.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Runs `work` as withEmptyGraph does, on the seed graph. */
export const withSeedGraph = <T>(work: (graph: Graph, local: LocalNeo4j) => Promise<T>, options: { shortLived?: boolean } = {}): Promise<T> =>
  withEmptyGraph(async (graph, local) => {
    await ingestPaths(graph, ['seeds']);
    return work(graph, local);
  }, options);

/**
 * Replaces the graph with a synthetic one of `articles` articles; returns what is worth asking about it and a
 * line saying how large it is and how long it took to write.
 */
export async function replaceWithSyntheticGraph(graph: Graph, articles: number): Promise<{ ask: Awaited<ReturnType<typeof writeSyntheticGraph>>; summary: string }> {
  // In slices of one transaction each: deleting a large graph in one would not fit the heap.
  while ((await graph.write<{ n: number }>(DELETE_SLICE))[0]!.n > 0);
  const started = performance.now();
  const ask = await writeSyntheticGraph(graph, articles);
  const [counts] = await graph.read<{ nodes: number; rels: number }>(COUNT_GRAPH);
  const summary = `synthetic graph: ${articles.toLocaleString('en')} articles, ${counts!.nodes.toLocaleString('en')} nodes, ${counts!.rels.toLocaleString('en')} relationships, written in ${((performance.now() - started) / 1000).toFixed(0)} s`;
  return { ask, summary };
}
