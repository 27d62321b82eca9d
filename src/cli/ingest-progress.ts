// How an ingest shows itself: a progress bar with rate and ETA on a terminal (cli-progress), plain lines every
// few seconds otherwise (a log, CI); problems as they happen; a summary at the end, or JSON with `--json`.
import cliProgress from 'cli-progress';
import type { IngestSummary } from '../ingest';
import type { RunProgress } from '../ingest/run-sources';
import type { SendSummary } from '../ingest/send-to-server';
import type { SourceError } from '../sources/read-sources';

export type ProgressMode = 'bar' | 'lines' | 'quiet';

export interface IngestDisplay {
  onProgress(progress: RunProgress): void;
  onError(error: SourceError): void;
  /** Ends the bar; prints the summary (or, with `--json`, writes it to stdout). */
  finish(summary: IngestSummary | SendSummary): void;
  /** Ends the bar of a run that stops, so that the reason is printed on a line of its own. */
  stop(): void;
}

const LINE_INTERVAL_MS = 10_000;

const plural = (count: number, word: string, words = `${word}s`) => `${count.toLocaleString('en')} ${count === 1 ? word : words}`;

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const describeArticles = ({ new: fresh, unchanged, failed }: RunProgress['articles']) =>
  `${plural(fresh, 'article')} new, ${unchanged.toLocaleString('en')} unchanged, ${failed.toLocaleString('en')} failed`;

const settled = ({ articles }: RunProgress) => articles.new + articles.unchanged + articles.failed;
const rate = (progress: RunProgress) => settled(progress) / Math.max(progress.elapsedMs / 1000, 0.001);

/** "12 of 300 sources, 340 articles new, 2 unchanged, 1 failed, 3.1 articles/s, about 1 min 20 s left". */
export function describeProgress(progress: RunProgress): string {
  const { sources, articles } = progress;
  const parts = [
    sources.total === null ? plural(sources.done, 'source') : `${sources.done.toLocaleString('en')} of ${plural(sources.total, 'source')}`,
    describeArticles(articles),
    `${rate(progress).toFixed(1)} articles/s`,
  ];
  const left = eta(progress);
  if (left !== null) parts.push(`about ${formatDuration(left)} left`);
  return parts.join(', ');
}

/** Time left, from the sources settled so far; null until one is, or when the total is not known. */
function eta({ sources, elapsedMs }: RunProgress): number | null {
  if (sources.total === null || sources.done === 0) return null;
  return (elapsedMs / sources.done) * (sources.total - sources.done);
}

/** The end of a run; a run sent to a server names it, and says nothing of entities: the server does not tell. */
export function describeSummary(summary: IngestSummary | SendSummary): string {
  const sources = plural(summary.sources.done, 'source');
  return (
    `${'server' in summary ? `sent ${sources} to ${summary.server}` : `ingested ${sources}`} in ${formatDuration(summary.elapsedMs)}: ` +
    describeArticles(summary.articles) +
    ('entities' in summary ? `; ${plural(summary.entities, 'entity', 'entities')}, ${plural(summary.statements, 'statement')}, ${plural(summary.events, 'event')}` : '') +
    (summary.errors.length ? `; ${plural(summary.errors.length, 'problem')} reported above` : '')
  );
}

/** The display the flags ask for: a bar on a terminal, lines in a log, only problems with `--quiet` or `--json`. */
export function displayFor(flags: { json?: boolean; quiet?: boolean }, log: (line: string) => void): IngestDisplay {
  const mode: ProgressMode = flags.quiet || flags.json ? 'quiet' : process.stderr.isTTY ? 'bar' : 'lines';
  return createIngestDisplay({ mode, json: flags.json ?? false, log });
}

/** The display for a run: `mode` from the flags and whether stderr is a terminal. */
export function createIngestDisplay(options: { mode: ProgressMode; json: boolean; log: (line: string) => void }): IngestDisplay {
  const { mode, json, log } = options;
  let bar: cliProgress.SingleBar | null = null;
  let lastLine = performance.now();
  const barValues = (progress: RunProgress) => ({ details: `${describeArticles(progress.articles)} | ${rate(progress).toFixed(1)} articles/s` });

  const clearBar = () => {
    if (bar) process.stderr.write('\r\x1b[2K');
  };
  return {
    onProgress(progress) {
      if (mode === 'bar') {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} sources | {details} | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5 },
            cliProgress.Presets.shades_classic,
          );
          bar.start(progress.sources.total ?? 0, 0, barValues(progress));
        }
        bar.update(progress.sources.done, barValues(progress));
      } else if (mode === 'lines' && performance.now() - lastLine >= LINE_INTERVAL_MS) {
        lastLine = performance.now();
        log(describeProgress(progress));
      }
    },
    onError(error) {
      // Problems are printed in every mode, --quiet included; on a terminal above the bar.
      clearBar();
      log(`skipped ${error.source}: ${error.reason}`);
      bar?.render();
    },
    stop() {
      bar?.stop();
    },
    finish(summary) {
      bar?.stop();
      if (json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else if (mode !== 'quiet') log(describeSummary(summary));
    },
  };
}
