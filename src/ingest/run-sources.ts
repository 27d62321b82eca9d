// The sources of an ingest run, whichever way its articles go (written to the graph, or sent to a server):
// listed before any is read, so progress can show a total, and tracked until every article of each is settled.
// Kept free of the extractor and the database, so that `ingest --server` loads neither.
import { describeArticle, type SourceArticle } from '../sources/article';
import { documentsOf, type ReadOptions, type SourceError, type SourceItem } from '../sources/read-sources';

/** One source of an ingest (a file, a URL): its name and what reading it yields. */
export interface IngestSource {
  source: string;
  items: AsyncIterable<SourceItem>;
}

/** What every ingest run counts as it goes. */
export interface RunProgress {
  /** Sources settled (read, and every article of them written, found stored, or failed), of how many if known. */
  sources: { done: number; total: number | null };
  /** Articles written now, found stored already (or met before in this run), and failed. */
  articles: { new: number; unchanged: number; failed: number };
  elapsedMs: number;
}

/** A run's end: its counts and every problem in the order met (unreadable files, lines or items, failed articles). */
export type RunSummary<P extends RunProgress = RunProgress> = P & { errors: SourceError[] };

/** Files, folders (every supported file in them) and URLs as sources; only their names are read here. */
export async function listSources(inputs: string[], read?: ReadOptions): Promise<IngestSource[]> {
  const sources: IngestSource[] = [];
  for await (const document of documentsOf(inputs, read)) sources.push({ source: document.source, items: document.read() });
  return sources;
}

/** Exit code of an ingest: 1 when nothing could be read at all, 0 otherwise (problems are printed). */
export const ingestExitCode = ({ articles, errors }: RunSummary) => (articles.new + articles.unchanged === 0 && errors.length > 0 ? 1 : 0);

/** An article with the index of the source it came from. */
export interface Tagged {
  article: SourceArticle;
  sourceIndex: number;
}

/** Counts, per source, the articles read and not yet settled; a source is done once read and all settled. */
export class SourceTracker {
  done = 0;
  /** Articles left out because met before in this run. */
  repeats = 0;
  private readonly pending: number[] = [];
  private readonly read: boolean[] = [];
  private readonly seen = new Set<string>();

  /** The sources' articles in turn, each tagged with its source; an article met before (a file named twice, a record repeated) is counted and left out. */
  async *tag(sources: AsyncIterable<IngestSource> | Iterable<IngestSource>): AsyncGenerator<Tagged | { error: SourceError }> {
    let index = 0;
    for await (const { items } of sources) {
      const sourceIndex = index++;
      this.pending[sourceIndex] = 0;
      for await (const item of items) {
        if ('error' in item) yield item;
        else if (this.seen.has(item.article.id)) this.repeats += 1;
        else {
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

/** What happened to an article: written (or sent) now, found stored, or failed with this reason. */
export type Settled = 'new' | 'unchanged' | { failed: string };

/** The counting every run does: articles by outcome, problems in the order met, sources done, time. */
export class RunLedger {
  readonly tracker = new SourceTracker();
  readonly errors: SourceError[] = [];
  private readonly articles = { new: 0, unchanged: 0, failed: 0 };
  private readonly started = performance.now();

  constructor(private readonly options: { sourceCount?: number; onError?: (error: SourceError) => void }) {}

  /** A problem, kept for the summary and told at once. */
  report(error: SourceError): void {
    this.errors.push(error);
    this.options.onError?.(error);
  }

  /** Counts an article's outcome (a failure is reported with its reason) and settles it in its source. */
  settle(tagged: Tagged, outcome: Settled): void {
    if (typeof outcome === 'string') this.articles[outcome] += 1;
    else {
      this.articles.failed += 1;
      this.report({ source: describeArticle(tagged.article), reason: outcome.failed });
    }
    this.tracker.settle(tagged.sourceIndex);
  }

  progress(): RunProgress {
    // An article met again is stored once, by the first of its copies: the others change nothing.
    const articles = { ...this.articles, unchanged: this.articles.unchanged + this.tracker.repeats };
    return { sources: { done: this.tracker.done, total: this.options.sourceCount ?? null }, articles, elapsedMs: performance.now() - this.started };
  }
}

/**
 * Runs `job` on each item as the items come, at most `limit` at once (more items are not taken meanwhile, so
 * memory stays bounded); each job gets the one before it, to wait for if it must keep order. The first job
 * that fails stops the run: those running finish, and its error is thrown.
 */
export async function runBounded<T>(items: AsyncIterable<T>, limit: number, job: (item: T, before: Promise<unknown>) => Promise<void>): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let last: Promise<unknown> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  for await (const item of items) {
    const running: Promise<void> = job(item, last)
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => inFlight.delete(running));
    last = running;
    inFlight.add(running);
    if (inFlight.size >= limit) await Promise.race(inFlight);
    if (failure) break;
  }
  await Promise.all(inFlight);
  if (failure) throw (failure as { error: unknown }).error;
}
