// Ingest figures: articles per second for generated articles extracted and written to Neo4j by the streaming
// ingest as `newsgraph ingest` runs it (the compiled extraction worker in a pool, batches in flight), with 1 and
// 2 workers, and the time to the first written article. Runs on the bench Neo4j (seed graph), started as
// `newsgraph ingest` starts its local one (for a short life), emptied before each pass. A fresh database
// spends much of its first thousands of articles compiling its hot paths (the CPU line of each pass says how
// much): later passes show the rate of a database that has run for a while, with 2 workers and then 1.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../../src/graph/driver';
import { ingestSources, type IngestSource } from '../../src/ingest';
import { DEFAULT_BATCH_LIMITS } from '../../src/ingest/article-batches';
import { createExtractionPool } from '../../src/ingest/extraction-pool';
import type { SourceArticle } from '../../src/sources/article';
import { withSeedGraph } from './bench-database';
import { benchCorpus } from './corpus';
import { cpuMs, threadCpuMs } from './process-cpu';

const DELETE_SLICE = 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n';
// About 128 words an article in the generated corpus.
const WORDS_PER_ARTICLE = 128;
// The worker `npm run build` writes: the CLI's; from source each thread would compile TypeScript first.
const COMPILED_WORKER = new URL('../../dist/extraction-worker.js', import.meta.url);
// Passes of 2 workers after the first two, on the database they warmed.
const WARM_PASSES = 3;

async function* one(article: SourceArticle) {
  yield { article };
}

// The JIT compiler threads of the database's JVM ("C2 CompilerThreN", "C1 CompilerThreN").
const isCompilerThread = (name: string) => name.includes(' CompilerThre');
const compilerCpuMs = (pid: number) => [...threadCpuMs(pid)].filter(([name]) => isCompilerThread(name)).reduce((sum, [, ms]) => sum + ms, 0);

/**
 * CPU an article over `work`: this process (the extraction threads included) and the database, and of that its
 * JIT compilers. Steadier than a rate on a machine shared with others, and it says where the time goes.
 */
async function cpuPerArticle<T>(databasePid: number, work: () => Promise<T>, articles: (result: T) => number): Promise<{ result: T; line: string }> {
  const node = process.cpuUsage();
  const [database, compilers] = [cpuMs(databasePid), compilerCpuMs(databasePid)];
  const result = await work();
  const n = Math.max(1, articles(result));
  const used = process.cpuUsage(node);
  const ms = (total: number) => (total / n).toFixed(1);
  const line = `CPU an article: Node ${ms((used.user + used.system) / 1000)} ms, Neo4j ${ms(cpuMs(databasePid) - database)} ms (its JIT compilers ${ms(compilerCpuMs(databasePid) - compilers)})`;
  return { result, line };
}

async function run(graph: Graph, databasePid: number, articles: SourceArticle[], workers: number, label: string): Promise<string> {
  while ((await graph.write<{ n: number }>(DELETE_SLICE))[0]!.n > 0);
  const pool = createExtractionPool({ threads: workers, budgetMs: 60_000, worker: COMPILED_WORKER });
  try {
    // Each article a source of its own, as a folder of files is.
    const sources: IngestSource[] = articles.map((article) => ({ source: article.source, items: one(article) }));
    const started = performance.now();
    // When the first articles were written, and how many (none yet: 0).
    const first = { ms: 0, articles: 0 };
    const { result: summary, line: cpu } = await cpuPerArticle(
      databasePid,
      () =>
        ingestSources(graph, sources, {
          concurrency: workers,
          extract: (batch) => pool.extract(batch),
          onProgress: (progress) => {
            if (first.articles === 0 && progress.articles.new > 0) Object.assign(first, { ms: performance.now() - started, articles: progress.articles.new });
          },
        }),
      (result) => result.articles.new,
    );
    const ms = performance.now() - started;
    const written = summary.articles.new;
    const rate = (n: number, elapsedMs: number) => (n / (elapsedMs / 1000)).toFixed(0);
    // After the first write the models are loaded: what a long ingest runs at.
    const after = first.articles > 0 && written > first.articles ? `, ${rate(written - first.articles, ms - first.ms)}/s after it` : '';
    // Threads start as the ingest needs them: a second only once the writes wait for extraction.
    const threads = workers > 1 ? ` (extraction threads started: ${pool.threadsStarted()})` : '';
    return `ingest, ${label}${threads}: ${written.toLocaleString('en')} articles in ${(ms / 1000).toFixed(1)} s = ${rate(written, ms)} articles/s; first article written after ${(first.ms / 1000).toFixed(1)} s (the threads load the models)${after}; ${summary.statements.toLocaleString('en')} statements, ${summary.entities.toLocaleString('en')} entities; ${cpu}`;
  } finally {
    await pool.close();
  }
}

/** The ceiling: the same articles only extracted (batches of the ingest's size, `workers` at once), nothing written. */
async function extractOnly(articles: SourceArticle[], workers: number): Promise<string> {
  const pool = createExtractionPool({ threads: workers, budgetMs: 60_000, worker: COMPILED_WORKER });
  try {
    const batches: SourceArticle[][] = [];
    for (let i = 0; i < articles.length; i += DEFAULT_BATCH_LIMITS.articles) batches.push(articles.slice(i, i + DEFAULT_BATCH_LIMITS.articles));
    await pool.extract(batches[0]!.slice(0, 1)); // the models loaded, as the ingest's first-article figure counts apart
    const started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: workers }, async () => {
      while (next < batches.length) await pool.extract(batches[next++]!);
    }));
    const seconds = (performance.now() - started) / 1000;
    return `extraction only, ${workers} worker${workers === 1 ? '' : 's'} (no database; the ceiling): ${(articles.length / seconds).toFixed(0)} articles/s`;
  } finally {
    await pool.close();
  }
}

export async function benchIngest(count: number): Promise<string[]> {
  if (!existsSync(COMPILED_WORKER)) throw new Error(`${fileURLToPath(COMPILED_WORKER)} is missing: run \`npm run build\` first.`);
  const articles = benchCorpus(count * WORDS_PER_ARTICLE).slice(0, count);
  return withSeedGraph(async (graph, local) => {
    const lines = [`ingest: ${articles.length.toLocaleString('en')} generated articles a pass, ${availableParallelism()} cores`];
    lines.push(await run(graph, local.pid, articles, 1, '1 worker, fresh database'));
    lines.push(await run(graph, local.pid, articles, 2, '2 workers, second pass'));
    for (let pass = 3; pass <= 2 + WARM_PASSES; pass += 1) lines.push(await run(graph, local.pid, articles, 2, `2 workers, pass ${pass}`));
    // 1 worker again, on the database the passes before warmed: the two compare on the same footing.
    lines.push(await run(graph, local.pid, articles, 1, `1 worker, pass ${3 + WARM_PASSES}`));
    for (const workers of [1, 2]) lines.push(await extractOnly(articles, workers));
    return lines;
  }, { shortLived: true });
}
