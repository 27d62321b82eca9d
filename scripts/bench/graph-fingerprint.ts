// What a change to the ingest writer must leave alone: the graph it makes. Ingests the seed, then (emptied) the
// ingest bench's generated articles into a fresh local Neo4j, and prints for each the nodes by labels, the
// relationships by type and a hash of every node's and relationship's properties (sorted; `ingestedAt`, a clock
// time, left out); then makes the same graph batch by batch, writes every batch again over itself and ingests
// everything again, which must change nothing. Run it before and after a change and compare the output.
//   npx tsx scripts/bench/graph-fingerprint.ts [articles=1000]
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticles } from '../../src/extract';
import { connectGraph, type Graph } from '../../src/graph/driver';
import { setupGraphSchema } from '../../src/graph/schema-setup';
import { ingestPaths, ingestSources } from '../../src/ingest';
import { writeArticleBundles } from '../../src/graph/knowledge-writer';
import { DEFAULT_BATCH_LIMITS } from '../../src/ingest/article-batches';
import { bundleArticles, type ArticleBundle } from '../../src/ingest/bundles';
import { resolveAgainstGraph } from '../../src/ingest/resolve-against-graph';
import { startLocalNeo4j } from '../../src/local-neo4j/launcher';
import { findFreePort } from '../../src/local-neo4j/port';
import type { SourceArticle } from '../../src/sources/article';
import { benchCorpus } from './corpus';

const DELETE_SLICE = 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n';
const NODE_COUNTS = 'MATCH (n) WITH labels(n) AS labels, count(*) AS n RETURN labels, n';
const RELATIONSHIP_COUNTS = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type';
const NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties';
const RELATIONSHIPS = 'MATCH (s)-[r]->(t) RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS properties';

/** A property map as stable text: keys sorted, temporal values as ISO strings, `ingestedAt` left out. */
const stable = (properties: Record<string, unknown>) =>
  JSON.stringify(Object.keys(properties).filter((key) => key !== 'ingestedAt').sort().map((key) => [key, String(properties[key] === null ? null : typeof properties[key] === 'object' && !Array.isArray(properties[key]) ? properties[key]!.toString() : JSON.stringify(properties[key]))]));

async function fingerprint(graph: Graph): Promise<string> {
  const nodes = await graph.read<{ labels: string[]; n: number }>(NODE_COUNTS, {}, 600_000);
  const relationships = await graph.read<{ type: string; n: number }>(RELATIONSHIP_COUNTS, {}, 600_000);
  const hash = createHash('sha256');
  const nodeLines = (await graph.read<{ labels: string[]; properties: Record<string, unknown> }>(NODES, {}, 600_000)).map((row) => `${[...row.labels].sort().join(':')} ${stable(row.properties)}`).sort();
  const relationshipLines = (await graph.read<{ type: string; source: string; target: string; properties: Record<string, unknown> }>(RELATIONSHIPS, {}, 600_000))
    .map((row) => `${row.source} ${row.type} ${row.target} ${stable(row.properties)}`)
    .sort();
  for (const line of [...nodeLines, ...relationshipLines]) hash.update(`${line}\n`);
  return [
    `  nodes: ${nodes.map(({ labels, n }) => `${[...labels].sort().join(':')} ${n}`).sort().join(', ')}`,
    `  relationships: ${relationships.map(({ type, n }) => `${type} ${n}`).join(', ')}`,
    `  hash of properties: ${hash.digest('hex').slice(0, 16)}`,
  ].join('\n');
}

async function* one(article: SourceArticle) {
  yield { article };
}

const count = Number(process.argv[2] ?? 1000);
const root = mkdtempSync(join(tmpdir(), 'newsgraph-fingerprint-'));
const local = await startLocalNeo4j({ port: await findFreePort(), dataDir: join(root, 'data'), heap: '1g', pagecache: '512m', startTimeoutMs: 180_000 });
const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
try {
  await setupGraphSchema(graph);
  await ingestPaths(graph, ['seeds']);
  console.log(`seed:\n${await fingerprint(graph)}`);
  while ((await graph.write<{ n: number }>(DELETE_SLICE))[0]!.n > 0);
  const articles = benchCorpus(count * 128).slice(0, count);
  const ingest = () => ingestSources(graph, articles.map((article) => ({ source: article.source, items: one(article) })), { concurrency: 2 });
  const first = await ingest();
  const written = await fingerprint(graph);
  console.log(`${count} generated articles (${first.articles.new} new):\n${written}`);
  // Again batch by batch as the ingest cuts them, keeping what each batch wrote; then all of that written again
  // over itself, and the whole ingest run again.
  while ((await graph.write<{ n: number }>(DELETE_SLICE))[0]!.n > 0);
  const bundles: ArticleBundle[][] = [];
  for (let i = 0; i < articles.length; i += DEFAULT_BATCH_LIMITS.articles) {
    const batch = articles.slice(i, i + DEFAULT_BATCH_LIMITS.articles);
    bundles.push(bundleArticles(batch, await resolveAgainstGraph(graph, await extractArticles(batch))));
    await writeArticleBundles(graph, bundles.at(-1)!);
  }
  const same = async (what: string) => {
    const now = await fingerprint(graph);
    console.log(`${what}: ${now === written ? 'the same graph' : `CHANGED:\n${now}`}`);
  };
  await same('batch by batch');
  for (const batch of bundles) await writeArticleBundles(graph, batch);
  await same('every batch written again over itself');
  const again = await ingest();
  await same(`ingested again (${again.articles.unchanged} unchanged, ${again.articles.new} new)`);
} finally {
  await graph.close();
  await local.stop();
  rmSync(root, { recursive: true, force: true });
}
