// Groups a stream of articles into batches for extraction: entities are resolved across the articles of one
// batch (a surname in one article joins the full name in another), and each batch is written in one
// transaction, so batches are large (up to what a worker's share of memory allows); the first ones smaller, so
// the first articles are written while later ones are still read.
import type { SourceArticle } from '../sources/article';
import { DEFAULT_BATCH_ARTICLES, FIRST_BATCH_ARTICLES } from './batch-size';
import type { SourceError } from '../sources/read-sources';

export type { SourceItem } from '../sources/read-sources';

export interface BatchLimits {
  /** Articles in a batch at most. */
  articles: number;
  /** Characters of text in a batch at most (a batch holds at least one article, however long). */
  characters: number;
  /**
   * Articles in the first batch, when fewer than `articles`: each batch after it may hold twice as many as the
   * one before, up to `articles`. So the first articles are written soon (a small batch is extracted and
   * written quickly while the threads are still cold), and the later batches are large (fewer commits).
   */
  first?: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { articles: DEFAULT_BATCH_ARTICLES, characters: 400_000, first: FIRST_BATCH_ARTICLES };

/**
 * Batches of the stream's articles, in stream order, each item kept as it came (with whatever rides along);
 * errors go to `onError` as they are read. The same stream is always cut the same way.
 */
export async function* articleBatches<T extends { article: SourceArticle }>(
  items: AsyncIterable<T | { error: SourceError }>,
  onError: (error: SourceError) => void,
  limits: BatchLimits = DEFAULT_BATCH_LIMITS,
): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let characters = 0;
  let most = Math.max(1, Math.min(limits.first ?? limits.articles, limits.articles));
  for await (const item of items) {
    if ('error' in item) {
      onError(item.error);
      continue;
    }
    const { text } = item.article;
    if (batch.length > 0 && (batch.length >= most || characters + text.length > limits.characters)) {
      yield batch;
      batch = [];
      characters = 0;
      most = Math.min(most * 2, limits.articles);
    }
    batch.push(item);
    characters += text.length;
  }
  if (batch.length > 0) yield batch;
}
