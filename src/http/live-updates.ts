// Live updates for subscriptions: new articles and their statements, read from the ingest log in Neo4j, so
// that whatever wrote them (this server's mutation, the CLI, another copy of the server) they reach every
// subscriber of every copy. The log is polled only while someone listens.
import { Repeater } from 'graphql-yoga';
import type { ArticleRecord } from '../graph/article-repository';
import type { Graph } from '../graph/driver';
import { databaseNow, findArticlesIngestedSince, findStatementsOfArticles, type LoggedStatement } from '../graph/ingest-log';

export interface LiveUpdatesOptions {
  /** How often the log is read while someone listens. */
  pollMs: number;
  /** Subscriptions open at once at most; past it a new one is refused. */
  maxSubscribers: number;
  /**
   * How far back each poll looks again: an article is stamped when its transaction starts and is seen when it
   * commits, so a poll re-reads the longest a write may take (the write time limit) and skips what it has sent.
   */
  overlapMs: number;
}

export class TooManySubscriptionsError extends Error {}

export interface LiveUpdates {
  articles(): AsyncIterable<ArticleRecord>;
  statements(): AsyncIterable<LoggedStatement>;
  close(): void;
}

type Listener = { article?: (article: ArticleRecord) => void; statement?: (statement: LoggedStatement) => void };

const PAGE = 500;

export function createLiveUpdates(graph: Graph, options: LiveUpdatesOptions): LiveUpdates {
  const listeners = new Set<Listener>();
  // Articles sent, by the time they were stamped with, so overlapping polls send each once.
  const sent = new Map<string, number>();
  let cursor: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<void> | null = null;

  const sinceCursor = () => new Date(Date.parse(cursor!) - options.overlapMs).toISOString();
  const poll = async () => {
    if (cursor === null) {
      // The log is read from now on: what was written before anyone listened is not news.
      cursor = await databaseNow(graph);
      for (const { article, ingestedAt } of await findArticlesIngestedSince(graph, sinceCursor(), PAGE)) sent.set(article.id, Date.parse(ingestedAt));
      return;
    }
    const rows = (await findArticlesIngestedSince(graph, sinceCursor(), PAGE)).filter(({ article }) => !sent.has(article.id));
    if (rows.length === 0) return;
    const statements = await findStatementsOfArticles(graph, rows.map(({ article }) => article.id));
    for (const { article, ingestedAt } of rows) {
      sent.set(article.id, Date.parse(ingestedAt));
      if (Date.parse(ingestedAt) > Date.parse(cursor)) cursor = ingestedAt;
      for (const listener of listeners) listener.article?.(article);
    }
    for (const statement of statements) for (const listener of listeners) listener.statement?.(statement);
    const oldest = Date.parse(cursor) - 2 * options.overlapMs;
    for (const [id, at] of sent) if (at < oldest) sent.delete(id);
  };
  const tick = () => {
    polling ??= poll()
      .catch((error: unknown) => console.error(`live updates: reading the ingest log failed: ${(error as Error).message}`))
      .finally(() => (polling = null));
  };
  const start = () => {
    if (timer) return;
    tick();
    timer = setInterval(tick, options.pollMs);
    timer.unref();
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    cursor = null;
    sent.clear();
  };

  function listen<T>(key: keyof Listener): AsyncIterable<T> {
    if (listeners.size >= options.maxSubscribers) throw new TooManySubscriptionsError(`${options.maxSubscribers} subscriptions are open already; try again later.`);
    return new Repeater<T>(async (push, stopped) => {
      const listener: Listener = { [key]: (value: T) => void push(value) };
      listeners.add(listener);
      start();
      await stopped;
      listeners.delete(listener);
      if (listeners.size === 0) stop();
    });
  }

  return {
    articles: () => listen<ArticleRecord>('article'),
    statements: () => listen<LoggedStatement>('statement'),
    close: () => {
      listeners.clear();
      stop();
    },
  };
}
