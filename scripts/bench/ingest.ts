// Ingest figures: articles per second for generated articles extracted and written to Neo4j by the streaming
// ingest (as `newsgraph ingest` runs it: an extraction pool, batches in flight), with 1 and 2 workers, and the
// time to the first written article. Runs on the bench Neo4j (seed graph), emptied before each run.
import { availableParallelism } from 'node:os';
import type { Graph } from '../../src/graph/driver';
import { ingestSources, type IngestSource } from '../../src/ingest';
import { DEFAULT_BATCH_LIMITS } from '../../src/ingest/article-batches';
import { createExtractionPool } from '../../src/ingest/extraction-pool';
import type { SourceArticle } from '../../src/sources/article';
import { withSeedGraph } from './bench-database';
import { benchCorpus } from './corpus';

const DELETE_SLICE = 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n';
// About 128 words an article in the generated corpus.
const WORDS_PER_ARTICLE = 128;

async function* one(article: SourceArticle) {
  yield { article };
}

async function run(graph: Graph, articles: SourceArticle[], workers: number): Promise<string> {
  while ((await graph.write<{ n: number }>(DELETE_SLICE))[0]!.n > 0);
  const pool = createExtractionPool({ threads: workers, budgetMs: 60_000 });
  try {
    // Each article a source of its own, as a folder of files is.
    const sources: IngestSource[] = articles.map((article) => ({ source: article.source, items: one(article) }));
    const started = performance.now();
    let first: number | null = null;
    const summary = await ingestSources(graph, sources, {
      concurrency: workers,
      extract: (batch) => pool.extract(batch),
      onProgress: (progress) => void (first ??= progress.articles.new > 0 ? performance.now() - started : null),
    });
    const seconds = (performance.now() - started) / 1000;
    return `ingest, ${workers} worker${workers === 1 ? '' : 's'}: ${summary.articles.new.toLocaleString('en')} articles in ${seconds.toFixed(1)} s = ${(summary.articles.new / seconds).toFixed(0)} articles/s; first article written after ${((first ?? 0) / 1000).toFixed(1)} s (the worker loads the models); ${summary.statements.toLocaleString('en')} statements, ${summary.entities.toLocaleString('en')} entities`;
  } finally {
    await pool.close();
  }
}

/** The ceiling: the same articles only extracted (batches of the ingest's size, `workers` at once), nothing written. */
async function extractOnly(articles: SourceArticle[], workers: number): Promise<string> {
  const pool = createExtractionPool({ threads: workers, budgetMs: 60_000 });
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
  const articles = benchCorpus(count * WORDS_PER_ARTICLE).slice(0, count);
  return withSeedGraph(async (graph) => {
    const lines = [`ingest: ${articles.length.toLocaleString('en')} generated articles, ${availableParallelism()} cores`];
    for (const workers of [1, 2]) lines.push(await run(graph, articles, workers));
    for (const workers of [1, 2]) lines.push(await extractOnly(articles, workers));
    return lines;
  });
}
