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
import { articleBatches, DEFAULT_BATCH_LIMITS, type BatchLimits, type SourceItem } from './article-batches';
import { describeArticle, writeExtraction, type ArticleOutcome } from './write-extraction';

/** How articles are extracted: in this thread by default, or elsewhere (a worker pool). */
export type Extract = (articles: SourceArticle[]) => Promise<ExtractionResult>;

/** One source of an ingest (a file, a URL): its name and what reading it yields. */
export interface IngestSource {
  source: string;
  items: AsyncIterable<SourceItem>;
}

export interface IngestProgress {
  /** Sources settled (read, and every article of them written, found stored, or failed), of how many if known. */
  sources: { done: number; total: number | null };
  /** Articles written now, found stored already, and failed. */
  articles: { new: number; unchanged: number; failed: number };
  /** Of the articles written: the distinct entities and events they support, the statements they report. */
  entities: number;
  statements: number;
  events: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  /** Every problem in the order met: unreadable files, lines or items, articles that failed; with reasons. */
  errors: SourceError[];
}

export interface IngestOptions {
  extract?: Extract;
  /** Batches extracted at once (give the extraction as many threads). */
  concurrency?: number;
  batchLimits?: BatchLimits;
  /** Sources in the run, when known beforehand (a progress bar's total). */
  sourceCount?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Each problem as it happens. */
  onError?: (error: SourceError) => void;
}

/** An article with the index of the source it came from. */
interface Tagged {
  article: SourceArticle;
  sourceIndex: number;
}

/** Ingests the sources as they are read; resolves once every article is settled, with what was done. */
export async function ingestSources(graph: Graph, sources: AsyncIterable<IngestSource> | Iterable<IngestSource>, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const extract = options.extract ?? extractArticles;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const errors: SourceError[] = [];
  const articles = { new: 0, unchanged: 0, failed: 0 };
  const entities = new Set<string>();
  const events = new Set<string>();
  let statements = 0;
  const tracker = new SourceTracker();

  const progress = (): IngestProgress => ({
    sources: { done: tracker.done, total: options.sourceCount ?? null },
    articles: { ...articles },
    entities: entities.size,
    statements,
    events: events.size,
    elapsedMs: performance.now() - started,
  });
  const report = (error: SourceError) => {
    errors.push(error);
    options.onError?.(error);
  };
  const settle = (tagged: Tagged, outcome: 'unchanged' | ArticleOutcome | Error) => {
    if (outcome === 'unchanged') articles.unchanged += 1;
    else if (outcome instanceof Error || 'error' in outcome) {
      articles.failed += 1;
      report({ source: describeArticle(tagged.article), reason: (outcome instanceof Error ? outcome : outcome.error).message });
    } else {
      articles.new += 1;
      for (const entity of outcome.bundle.entities) entities.add(entity.id);
      for (const event of outcome.bundle.events) events.add(event.id);
      statements += outcome.bundle.statements.length;
    }
    tracker.settle(tagged.sourceIndex);
    options.onProgress?.(progress());
  };

  // Batches are cut the same way on every run and written in their order, each after the one before it (its
  // resolution against the graph sees what they wrote), so a rerun after a kill makes what a clean run makes:
  // a batch with articles stored already is still extracted whole, for the same context, and only its new
  // articles are written.
  const runBatch = async (batch: Tagged[], before: Promise<unknown>): Promise<void> => {
    const stored = await findStoredArticleIds(graph, batch.map(({ article }) => article.id));
    for (const tagged of batch) if (stored.has(tagged.article.id)) settle(tagged, 'unchanged');
    const fresh = batch.filter(({ article }) => !stored.has(article.id));
    if (fresh.length === 0) return;
    const byId = new Map(fresh.map((tagged) => [tagged.article.id, tagged]));
    const write = async (extraction: ExtractionResult, articlesToWrite: Tagged[]) =>
      writeExtraction(graph, articlesToWrite.map(({ article }) => article), extraction, (outcome) => settle(byId.get(outcome.article.id)!, outcome));
    const whole = await extracting(() => extract(batch.map(({ article }) => article))).catch((error: unknown) => error as Error);
    if (!(whole instanceof Error)) {
      await before;
      return write(whole, fresh);
    }
    if (fresh.length === 1) {
      await before;
      return settle(fresh[0]!, whole);
    }
    // Tried again article by article, so that one article over its budget fails alone.
    const alone = await Promise.all(fresh.map((tagged) => extracting(() => extract([tagged.article])).catch((error: unknown) => error as Error)));
    await before;
    for (const [i, extraction] of alone.entries()) {
      if (extraction instanceof Error) settle(fresh[i]!, extraction);
      else await write(extraction, [fresh[i]!]);
    }
  };

  // `concurrency` batches are extracted at once, and one more is in flight: the one being written meanwhile.
  const extracting = pLimit(concurrency);
  const inFlight = new Set<Promise<void>>();
  let lastBatch: Promise<unknown> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  for await (const batch of articleBatches(tracker.tag(sources), report, options.batchLimits ?? DEFAULT_BATCH_LIMITS)) {
    const job: Promise<void> = runBatch(batch, lastBatch)
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => inFlight.delete(job));
    lastBatch = job;
    inFlight.add(job);
    if (inFlight.size > concurrency) await Promise.race(inFlight);
    if (failure) break;
  }
  await Promise.all(inFlight);
  // The database went away (or the like): what was written stays, and the run stops with the reason.
  if (failure) throw (failure as { error: unknown }).error;
  return { ...progress(), errors };
}

/** Counts, per source, the articles read and not yet settled; a source is done once read and all settled. */
class SourceTracker {
  done = 0;
  private readonly pending: number[] = [];
  private readonly read: boolean[] = [];
  private readonly seen = new Set<string>();

  /** The sources' articles in turn, each tagged with its source; an article met before (a file named twice) is left out. */
  async *tag(sources: AsyncIterable<IngestSource> | Iterable<IngestSource>): AsyncGenerator<Tagged | { error: SourceError }> {
    let index = 0;
    for await (const { items } of sources) {
      const sourceIndex = index++;
      this.pending[sourceIndex] = 0;
      for await (const item of items) {
        if ('error' in item) yield item;
        else if (!this.seen.has(item.article.id)) {
          this.seen.add(item.article.id);
          this.pending[sourceIndex] += 1;
          yield { article: item.article, sourceIndex };
        }
      }
      this.read[sourceIndex] = true;
      this.check(sourceIndex);
    }
  }

  settle(sourceIndex: number): void {
    this.pending[sourceIndex]! -= 1;
    this.check(sourceIndex);
  }

  private check(sourceIndex: number): void {
    if (this.read[sourceIndex] && this.pending[sourceIndex] === 0) {
      this.done += 1;
      this.pending[sourceIndex] = Number.NaN;
    }
  }
}
