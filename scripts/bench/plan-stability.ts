// Whether the ingest's queries keep one plan whatever the graph: the writer's queries are planned once
// (CYPHER replan=skip) and the resolution's reads carry index hints, which is only right if the planner would
// choose the same plan on an empty graph, the seed, a small and a larger graph, with 1 to 800 rows. Captures the
// queries of a batch, EXPLAINs each in each of those states and prints "one plan" or the plans and where each
// was chosen (plans that differ only in the order of filters are told apart too: read them).
//   npx tsx scripts/bench/plan-stability.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import { extractArticles } from '../../src/extract';
import { connectGraph, type Graph } from '../../src/graph/driver';
import { writeArticleBundles } from '../../src/graph/knowledge-writer';
import { setupGraphSchema } from '../../src/graph/schema-setup';
import { bundleArticles } from '../../src/ingest/bundles';
import { resolveAgainstGraph } from '../../src/ingest/resolve-against-graph';
import { ingestPaths } from '../../src/ingest';
import { startLocalNeo4j } from '../../src/local-neo4j/launcher';
import { findFreePort } from '../../src/local-neo4j/port';
import { benchCorpus } from './corpus';
type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };
/** A plan as indented operators with their details, generated names left out. */
const ops = (p: Plan, d = 0): string => `${'  '.repeat(d)}${p.operatorType.replace(/@.*/, '')} ${String(p.arguments.Details ?? '').replace(/anon_\d+|autolist_\d+|cache\[|\]/g, '').slice(0, 100)}\n${p.children.map((c) => ops(c, d + 1)).join('')}`;
const root = mkdtempSync(join(tmpdir(), 'plans-'));
const local = await startLocalNeo4j({ port: await findFreePort(), dataDir: join(root, 'data'), heap: '1g', pagecache: '256m', startTimeoutMs: 180000 });
const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
const articles = benchCorpus(700 * 130).slice(0, 672);
const batches = [];
for (let i = 0; i < articles.length; i += 32) batches.push({ articles: articles.slice(i, i + 32), extraction: await extractArticles(articles.slice(i, i + 32)) });
const queries = new Map<string, Record<string, unknown>>();
const capture = Object.create(graph) as Graph;
capture.writeTransaction = (work) => graph.writeTransaction((tx) => work({ run: (c: string, p: Record<string, unknown>) => (queries.set(c, p), tx.run(c, p)) } as unknown as ManagedTransaction));
capture.read = ((c: string, p: Record<string, unknown>) => (queries.set(c, p), graph.read(c, p))) as Graph['read'];
/** The parameters with each list made `n` long (its rows repeated), for each size class the plan cache tells apart. */
const resize = (p: Record<string, unknown>, n: number) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Array.isArray(v) ? Array.from({ length: n }, (_, i) => v[i % v.length]) : v]));
/** Every captured query planned afresh (a comment makes it new to the cache) at each list size. */
const explainAll = async () => {
  const out = new Map<string, string>();
  for (const [c, p] of queries) for (const n of [1, 8, 80, 800]) out.set(`${c}|${n}`, ops((await graph.driver.executeQuery(`EXPLAIN ${c}\n// ${Math.random()}`, resize(p, n), { database: 'neo4j' })).summary.plan as unknown as Plan));
  return out;
};
try {
  await setupGraphSchema(graph);
  // The queries (and parameters) of the second batch, captured on a write thrown away afterwards.
  for (const b of batches.slice(0, 2)) await writeArticleBundles(capture, bundleArticles(b.articles, await resolveAgainstGraph(capture, b.extraction)));
  await graph.write('MATCH (n) DETACH DELETE n');
  const states: [string, Map<string, string>][] = [['empty', await explainAll()]];
  await ingestPaths(graph, ['seeds']);
  states.push(['seed', await explainAll()]);
  for (const b of batches.slice(0, 3)) await writeArticleBundles(graph, bundleArticles(b.articles, await resolveAgainstGraph(graph, b.extraction)));
  states.push(['96 articles', await explainAll()]);
  for (const b of batches.slice(3)) await writeArticleBundles(graph, bundleArticles(b.articles, await resolveAgainstGraph(graph, b.extraction)));
  states.push(['672 articles', await explainAll()]);
  for (const [c] of queries) {
    const variants = new Map<string, string[]>();
    for (const [state, out] of states) for (const n of [1, 8, 80, 800]) { const plan = out.get(`${c}|${n}`)!; variants.set(plan, [...(variants.get(plan) ?? []), `${state}/${n}`]); }
    console.log(`${variants.size === 1 ? 'one plan ' : `${variants.size} plans`}  ${c.split('\n').filter(Boolean).slice(0, 3).join(' ').slice(0, 110)}`);
    if (variants.size > 1) for (const [plan, where] of variants) console.log(`  --- ${where.join(' ')}\n${plan.split('\n').map((l) => `    ${l}`).join('\n')}`);
  }
} finally { await graph.close(); await local.stop(); rmSync(root, { recursive: true, force: true }); }
