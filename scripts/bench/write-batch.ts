// The write step of ingest alone, less noisy than the whole ingest bench: sets of generated articles are
// extracted first (batches as the ingest cuts them), then written batch by batch (resolved against the graph,
// then written in one transaction) into a fresh local Neo4j, set after set; prints the median time and the
// database's CPU time per batch, its CPU by thread, and the database hits and server time of each query.
//   npx tsx scripts/bench/write-batch.ts [articles per set=128] [measured sets=7]
//   BATCH_SIZE: articles per batch (the ingest's default); WARM: sets written first, unmeasured (3);
//   PLAN=text: print the profiled plans of the queries named so; PLANNING=1: time planning each query afresh;
//   JFR=file.jfr: a Java Flight Recording of the database over the measured sets (`jfr print --stack-depth 300
//   --events jdk.ExecutionSample file.jfr`; starting it makes the JVM compile much again, so those sets are slower).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManagedTransaction, ResultSummary } from 'neo4j-driver';
import { extractArticles, type ExtractionResult } from '../../src/extract';
import { findStoredArticleIds } from '../../src/graph/article-repository';
import { connectGraph, type Graph } from '../../src/graph/driver';
import { writeArticleBundles } from '../../src/graph/knowledge-writer';
import { setupGraphSchema } from '../../src/graph/schema-setup';
import { DEFAULT_BATCH_LIMITS } from '../../src/ingest/article-batches';
import { bundleArticles } from '../../src/ingest/bundles';
import { resolveAgainstGraph } from '../../src/ingest/resolve-against-graph';
import { startLocalNeo4j } from '../../src/local-neo4j/launcher';
import { findFreePort } from '../../src/local-neo4j/port';
import type { SourceArticle } from '../../src/sources/article';
import { benchCorpus } from './corpus';
import { cpuMs, threadCpuMs } from './process-cpu';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A short name for a query: the first relationship it merges or creates, else the first node. */
function nameOf(cypher: string): string {
  const lines = cypher.split('\n').map((line) => line.trim());
  const line = lines.find((l) => /^(MERGE|CREATE|FOREACH).*-\[/.test(l)) ?? lines.find((l) => /^(MERGE|CREATE)/.test(l)) ?? lines.find((l) => /^(OPTIONAL )?MATCH/.test(l)) ?? lines[1] ?? '';
  return line.slice(0, 80);
}

type Plan = { operatorType: string; dbHits: number; rows: number; arguments: Record<string, unknown>; children: Plan[] };
type Totals = Map<string, { dbHits: number; rows: number; ms: number }>;

/** The database hits of every operator of a PROFILE plan. */
const dbHitsOf = (plan: Plan): number => Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + dbHitsOf(child), 0);

/** A PROFILE plan as an indented tree: operator, rows, db hits, details. */
function printPlan(plan: Plan, depth = 0): void {
  console.log(`${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${String(plan.arguments.Details ?? '').slice(0, 120)}`);
  for (const child of plan.children) printPlan(child, depth + 1);
}

/** Adds a query's figures to `into`: its server time, rows out and (profiled) database hits. */
function add(into: Totals, name: string, summary: ResultSummary, rows: number): void {
  const plan = summary.profile as unknown as Plan | false;
  if (plan && process.env.PLAN && name.includes(process.env.PLAN)) printPlan(plan);
  const sum = into.get(name) ?? { dbHits: 0, rows: 0, ms: 0 };
  into.set(name, { dbHits: sum.dbHits + (plan ? dbHitsOf(plan) : 0), rows: sum.rows + rows, ms: sum.ms + Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter) });
}

/** The graph with every query (the resolution's reads, the writer's transaction) timed, and run under PROFILE if `profile`, its figures added to `into`. */
function profiled(graph: Graph, into: Totals, profile: boolean): Graph {
  const proxy = Object.create(graph) as Graph;
  const text = (cypher: string) => (profile ? `PROFILE ${cypher}` : cypher);
  proxy.read = (async (cypher: string, params: Record<string, unknown> = {}) => {
    const result = await graph.driver.executeQuery(text(cypher), params, { database: graph.database, routing: 'READ' });
    add(into, `read: ${nameOf(cypher)}`, result.summary, result.records.length);
    return result.records.map((record) => record.toObject());
  }) as Graph['read'];
  proxy.writeTransaction = async (work) => {
    let queried = 0;
    const result = await graph.writeTransaction(async (tx) => {
      const run = (cypher: string, params: Record<string, unknown>) => {
        const answer = tx.run(text(cypher), params);
        answer.then((rows) => add(into, nameOf(cypher), rows.summary, rows.records.length), () => {});
        return answer;
      };
      const done = await work({ run } as unknown as ManagedTransaction);
      queried = performance.now();
      return done;
    });
    // From the last answer to the end of the commit, as the client sees it.
    const sum = into.get('(commit)') ?? { dbHits: 0, rows: 0, ms: 0 };
    into.set('(commit)', { ...sum, ms: sum.ms + performance.now() - queried });
    return result;
  };
  return proxy;
}

type Times = { resolve: number[]; write: number[]; cpu: number[] };
type Batch = { articles: SourceArticle[]; extraction: ExtractionResult };

/** Resolves and writes each batch in turn, as the ingest does; times each step. */
async function writeAll(graph: Graph, batches: Batch[], pid: number): Promise<Times> {
  const times: Times = { resolve: [], write: [], cpu: [] };
  for (const { articles, extraction } of batches) {
    const started = performance.now();
    const bundles = bundleArticles(articles, await resolveAgainstGraph(graph, extraction));
    const resolved = performance.now();
    const cpu = cpuMs(pid);
    await writeArticleBundles(graph, bundles);
    times.cpu.push(cpuMs(pid) - cpu);
    times.resolve.push(resolved - started);
    times.write.push(performance.now() - resolved);
  }
  return times;
}

const count = Number(process.argv[2] ?? 128);
const repetitions = Number(process.argv[3] ?? 7);
const WARM_UP = Number(process.env.WARM ?? 3);
const size = Number(process.env.BATCH_SIZE ?? DEFAULT_BATCH_LIMITS.articles);
// One set of articles for each warm-up and measured repetition and two for the per-query figures: the graph
// grows as in the ingest bench, and nothing is deleted (deletes would weigh on the measured commits).
const TIMED = 3;
const sets = WARM_UP + repetitions + TIMED + 1;
const corpus = benchCorpus(sets * count * 130).slice(0, sets * count);
const batchSets: Batch[][] = [];
for (let set = 0; set < sets; set += 1) {
  const batches: Batch[] = [];
  for (let i = set * count; i < (set + 1) * count; i += size) {
    const slice = corpus.slice(i, Math.min(i + size, (set + 1) * count));
    batches.push({ articles: slice, extraction: await extractArticles(slice) });
  }
  batchSets.push(batches);
}
const batchCount = batchSets[0]!.length;

const root = mkdtempSync(join(tmpdir(), 'newsgraph-write-batch-'));
const local = await startLocalNeo4j({ port: await findFreePort(), dataDir: join(root, 'data'), heap: '1g', pagecache: '512m', startTimeoutMs: 180_000 });
const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
try {
  await setupGraphSchema(graph);
  // Warm-up: query plans cached, the JVM's JIT warm (the first runs are several times slower).
  for (let r = 0; r < WARM_UP; r += 1) await writeAll(graph, batchSets[r]!, local.pid);
  if (process.env.JFR) execFileSync('jcmd', [String(local.pid), 'JFR.start', 'settings=profile', `filename=${process.env.JFR}`], { stdio: 'ignore' });
  const runs: Times[] = [];
  const threadsBefore = threadCpuMs(local.pid);
  for (let r = 0; r < repetitions; r += 1) runs.push(await writeAll(graph, batchSets[WARM_UP + r]!, local.pid));
  const threadsAfter = threadCpuMs(local.pid);
  if (process.env.JFR) execFileSync('jcmd', [String(local.pid), 'JFR.stop'], { stdio: 'ignore' });
  const perBatch = (pick: (run: Times) => number[]) => median(runs.map((run) => pick(run).reduce((a, b) => a + b, 0) / batchCount));
  console.log(`${repetitions} sets of ${count} articles in ${batchCount} batches of ${size}, after ${WARM_UP} sets of warm-up, into one growing graph`);
  console.log(`median per batch: write ${perBatch((run) => run.write).toFixed(1)} ms (Neo4j CPU ${perBatch((run) => run.cpu).toFixed(0)} ms), resolve ${perBatch((run) => run.resolve).toFixed(1)} ms; write (Neo4j CPU) per set: ${runs.map((run) => `${run.write.reduce((a, b) => a + b, 0).toFixed(0)} (${run.cpu.reduce((a, b) => a + b, 0).toFixed(0)})`).join(', ')} ms`);
  const threads = [...threadsAfter].map(([name, ms]) => [name, (ms - (threadsBefore.get(name) ?? 0)) / repetitions / batchCount] as const).filter(([, ms]) => ms >= 1);
  console.log(`Neo4j CPU per batch by thread (with the resolution reads): ${threads.sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')} ms`);
  // The last set written again: what writing what is there already costs.
  const last = batchSets[WARM_UP + repetitions - 1]!;
  const again = await Promise.all(last.map(async ({ articles, extraction }) => bundleArticles(articles, await resolveAgainstGraph(graph, extraction))));
  const rerun = performance.now();
  for (const bundles of again) await writeArticleBundles(graph, bundles);
  console.log(`the last set written again over itself: ${((performance.now() - rerun) / batchCount).toFixed(1)} ms per batch`);

  // Server time per query from timed sets, db hits from a profiled one (PROFILE itself takes time).
  const timed: Totals = new Map();
  const totals: Totals = new Map();
  const phases = [...Array.from({ length: TIMED }, () => [timed, false] as const), [totals, true] as const];
  for (const [i, [into, profile]] of phases.entries()) {
    const wrapped = profiled(graph, into, profile);
    for (const { articles, extraction } of batchSets[WARM_UP + repetitions + i]!) {
      await findStoredArticleIds(wrapped, articles.map(({ id }) => id));
      await writeArticleBundles(wrapped, bundleArticles(articles, await resolveAgainstGraph(wrapped, extraction)));
    }
  }
  await new Promise((done) => setTimeout(done, 100));
  let hits = 0;
  let ms = 0;
  console.log('per batch: db hits, rows out, server ms (unprofiled), query');
  for (const [name, { dbHits, rows }] of [...totals].sort(([a], [b]) => Number(a === '(commit)') - Number(b === '(commit)'))) {
    hits += dbHits;
    ms += timed.get(name)?.ms ?? 0;
    console.log(`  ${String(Math.round(dbHits / batchCount)).padStart(8)} ${String(Math.round(rows / batchCount)).padStart(7)} ${((timed.get(name)?.ms ?? 0) / batchCount / TIMED).toFixed(1).padStart(6)}  ${name}`);
  }
  console.log(`  ${String(Math.round(hits / batchCount)).padStart(8)} ${''.padStart(7)} ${(ms / batchCount / TIMED).toFixed(1).padStart(6)}  in all`);
  if (process.env.PLANNING) {
    // What planning each query costs: planned afresh (a comment makes it a query the cache has not seen).
    const queries = new Map<string, Record<string, unknown>>();
    const capture = Object.create(graph) as Graph;
    capture.writeTransaction = (work) => graph.writeTransaction((tx) => work({ run: (cypher: string, params: Record<string, unknown>) => (queries.set(cypher, params), tx.run(cypher, params)) } as unknown as ManagedTransaction));
    const { articles, extraction } = batchSets.at(-1)![0]!;
    await writeArticleBundles(capture, bundleArticles(articles, await resolveAgainstGraph(graph, extraction)));
    let all = 0;
    for (const [cypher, params] of queries) {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const started = performance.now();
        await graph.driver.executeQuery(`EXPLAIN ${cypher}\n// ${Math.random()}`, params, { database: graph.database });
        times.push(performance.now() - started);
      }
      all += median(times);
      console.log(`  planning ${median(times).toFixed(1).padStart(6)} ms  ${nameOf(cypher)}`);
    }
    console.log(`  planning ${all.toFixed(1).padStart(6)} ms  in all`);
  }
  const log = readFileSync(join(root, 'data', 'logs', 'debug.log'), 'utf8');
  console.log(`queries planned again on changed statistics, the whole run: ${log.match(/Discarded stale query/g)?.length ?? 0}`);
} finally {
  await graph.close();
  await local.stop();
  rmSync(root, { recursive: true, force: true });
}
