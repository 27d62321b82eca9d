// Streaming ingest: sources are read as the pipeline has room, cut into batches, extracted several batches at
// once (worker threads), and each article is written as soon as its batch is extracted. At most `concurrency`
// batches are extracted and one more written at a time, so memory stays bounded; a killed run keeps what it
// wrote, and a rerun skips what is stored (articles are keyed by a hash of their title and text).
import pLimit from 'p-limit';
import { extractArticles, type ExtractionResult } from '../extract';
import { findStoredArticleIds } from '../graph/article-repository';
import type { Graph } from '../graph/driver';
import type { SourceArticle } from '../sources/article';
import type { SourceError } from '../sources/read-sources';
import { articleBatches, DEFAULT_BATCH_LIMITS, type BatchLimits } from './article-batches';
import { ExtractionRamp } from './extraction-ramp';
import { RunLedger, runBounded, type IngestSource, type RunProgress, type RunSummary, type Tagged } from './run-sources';
import { writeExtraction, type ArticleOutcome } from './write-extraction';

/** How articles are extracted: in this thread by default, or elsewhere (a worker pool). */
export type Extract = (articles: SourceArticle[]) => Promise<ExtractionResult>;

export type { IngestSource } from './run-sources';

export interface IngestProgress extends RunProgress {
  /** Of the articles written: the distinct entities and events they support, the statements they report. */
  entities: number;
  statements: number;
  events: number;
}

export type IngestSummary = RunSummary<IngestProgress>;

export interface IngestOptions {
  extract?: Extract;
  /**
   * Batches extracted at once at most (give the extraction as many threads): one until the writer has to wait
   * for an extraction, then this many.
   */
  concurrency?: number;
  batchLimits?: BatchLimits;
  /** Sources in the run, when known beforehand (a progress bar's total). */
  sourceCount?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Each problem as it happens. */
  onError?: (error: SourceError) => void;
}

/** Ingests the sources as they are read; resolves once every article is settled, with what was done. */
export async function ingestSources(graph: Graph, sources: AsyncIterable<IngestSource> | Iterable<IngestSource>, options: IngestOptions = {}): Promise<IngestSummary> {
  const extract = options.extract ?? extractArticles;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const ledger = new RunLedger(options);
  const entities = new Set<string>();
  const events = new Set<string>();
  let statements = 0;

  const progress = (): IngestProgress => ({ ...ledger.progress(), entities: entities.size, statements, events: events.size });
  const settle = (tagged: Tagged, outcome: 'unchanged' | ArticleOutcome | Error) => {
    if (outcome === 'unchanged') ledger.settle(tagged, 'unchanged');
    else if (outcome instanceof Error || 'error' in outcome) ledger.settle(tagged, { failed: (outcome instanceof Error ? outcome : outcome.error).message });
    else {
      for (const entity of outcome.bundle.entities) entities.add(entity.id);
      for (const event of outcome.bundle.events) events.add(event.id);
      statements += outcome.bundle.statements.length;
      ledger.settle(tagged, 'new');
    }
    options.onProgress?.(progress());
  };

  // Batches are cut the same way on every run and written in their order, each after the one before it (its
  // resolution against the graph sees what they wrote), so a rerun after a kill makes what a clean run makes:
  // a batch with articles stored already is still extracted whole, for the same context, and only its new
  // articles are written.
  // Stored articles are looked up batch after batch, so that batches queue for extraction in their order, the
  // order the writer takes them in (with one extraction at a time, a later batch first would stall it).
  let lookups: Promise<unknown> = Promise.resolve();
  const runBatch = async (batch: Tagged[], before: Promise<unknown>): Promise<void> => {
    const lookup = lookups.then(() => findStoredArticleIds(graph, batch.map(({ article }) => article.id)));
    lookups = lookup.catch(() => undefined);
    const stored = await lookup;
    for (const tagged of batch) if (stored.has(tagged.article.id)) settle(tagged, 'unchanged');
    const fresh = batch.filter(({ article }) => !stored.has(article.id));
    // Nothing to write, but it still ends in its turn: the batch after it is written after the one before it.
    if (fresh.length === 0) return void (await before);
    const byId = new Map(fresh.map((tagged) => [tagged.article.id, tagged]));
    const write = async (extraction: ExtractionResult, articlesToWrite: Tagged[]) =>
      writeExtraction(graph, articlesToWrite.map(({ article }) => article), extraction, (outcome) => settle(byId.get(outcome.article.id)!, outcome));
    // The writer's turn: after the batch before this one, timed for the ramp of extractions at once.
    const inTurn = async (work: () => Promise<void>) => {
      const extractedAt = performance.now();
      await before;
      ramp.extracted(batch.length, extractedAt);
      const startedAt = performance.now();
      await work();
      ramp.wrote(batch.length, startedAt, performance.now());
    };
    const whole = await extracting(() => extract(batch.map(({ article }) => article))).catch((error: unknown) => error as Error);
    if (!(whole instanceof Error)) return inTurn(() => write(whole, fresh));
    if (fresh.length === 1) return inTurn(async () => settle(fresh[0]!, whole));
    // Tried again article by article, so that one article over its budget fails alone.
    const alone = await Promise.all(fresh.map((tagged) => extracting(() => extract([tagged.article])).catch((error: unknown) => error as Error)));
    return inTurn(async () => {
      for (const [i, extraction] of alone.entries()) {
        if (extraction instanceof Error) settle(fresh[i]!, extraction);
        else await write(extraction, [fresh[i]!]);
      }
    });
  };

  // Up to `concurrency` batches are extracted at once (one until the writer waits for them: see ExtractionRamp),
  // and one more is in flight: the one being written meanwhile.
  const extracting = pLimit(concurrency);
  const ramp = new ExtractionRamp(extracting, concurrency);
  const batches = articleBatches(ledger.tracker.tag(sources), (error) => ledger.report(error), options.batchLimits ?? DEFAULT_BATCH_LIMITS);
  // The database went away (or the like): what was written stays, and the run stops with the reason.
  await runBounded(batches, concurrency + 1, runBatch);
  return { ...progress(), errors: ledger.errors };
}
