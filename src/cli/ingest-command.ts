// `newsgraph ingest` (and `serve --ingest`): files, folders and URLs streamed into the graph, extracted on
// worker threads, with a progress display and a summary.
import { availableParallelism } from 'node:os';
import type { Settings } from '../config';
import type { Graph } from '../graph/driver';
import { ingestPaths, type IngestSummary } from '../ingest';
import { DEFAULT_BATCH_LIMITS } from '../ingest/article-batches';
import { createExtractionPool } from '../ingest/extraction-pool';
import { displayFor } from './ingest-progress';

export interface IngestFlags {
  concurrency?: number;
  batchSize?: number;
  /** JSON Lines: record keys of article fields (`--field text=body`). */
  field?: Record<string, string>;
  json?: boolean;
  quiet?: boolean;
}

export const DEFAULT_CONCURRENCY = availableParallelism();

export async function runIngest(graph: Graph, paths: string[], flags: IngestFlags, settings: Settings, log: (line: string) => void): Promise<IngestSummary> {
  const concurrency = flags.concurrency ?? DEFAULT_CONCURRENCY;
  const display = displayFor(flags, log);
  // One thread per batch in flight; each article has the server's extraction budget.
  const pool = createExtractionPool({ threads: concurrency, budgetMs: settings.NEWSGRAPH_EXTRACTION_BUDGET_MS });
  try {
    const summary = await ingestPaths(graph, paths, {
      read: { fieldMap: flags.field ?? {} },
      concurrency,
      ...(flags.batchSize ? { batchLimits: { ...DEFAULT_BATCH_LIMITS, articles: flags.batchSize } } : {}),
      extract: (articles) => pool.extract(articles),
      onProgress: (progress) => display.onProgress(progress),
      onError: (error) => display.onError(error),
    });
    display.finish(summary);
    return summary;
  } finally {
    await pool.close();
  }
}
