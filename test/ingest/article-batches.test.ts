// How a stream of articles is cut into batches: small first, doubling up to the limit, never over the characters
// limit, errors passed on, and the same stream always cut the same way.
import { describe, expect, it } from 'vitest';
import { articleBatches, DEFAULT_BATCH_LIMITS, type BatchLimits } from '../../src/ingest/article-batches';
import type { SourceError } from '../../src/sources/read-sources';
import type { SourceArticle } from '../../src/sources/article';

const article = (i: number, text = `Article ${i} says little.`): SourceArticle => ({
  id: `a${i}`,
  title: `Article ${i}`,
  date: null,
  author: null,
  datelinePlace: null,
  source: `a${i}.txt`,
  url: null,
  text,
});

async function* stream(items: ({ article: SourceArticle } | { error: SourceError })[]) {
  yield* items;
}

async function sizes(count: number, limits: BatchLimits, text?: (i: number) => string): Promise<number[]> {
  const items = Array.from({ length: count }, (_, i) => ({ article: article(i, text?.(i)) }));
  const out: number[] = [];
  for await (const batch of articleBatches(stream(items), () => {}, limits)) out.push(batch.length);
  return out;
}

describe('articleBatches', () => {
  it('starts small and doubles each batch up to the most articles a batch holds', async () => {
    expect(await sizes(300, { articles: 64, characters: 1_000_000, first: 8 })).toEqual([8, 16, 32, 64, 64, 64, 52]);
  });

  it('cuts at the most articles from the first batch on when no first size is given, or a larger one', async () => {
    expect(await sizes(10, { articles: 4, characters: 1_000_000 })).toEqual([4, 4, 2]);
    expect(await sizes(10, { articles: 4, characters: 1_000_000, first: 8 })).toEqual([4, 4, 2]);
  });

  it('keeps a batch under the characters limit, and a longer article alone', async () => {
    const text = (i: number) => (i === 3 ? 'x'.repeat(500) : 'y'.repeat(40));
    expect(await sizes(8, { articles: 100, characters: 100, first: 100 }, text)).toEqual([2, 1, 1, 2, 2]);
  });

  it('passes errors on as they come and keeps the order of the articles', async () => {
    const errors: string[] = [];
    const items = [{ article: article(0) }, { error: { source: 'bad.pdf', reason: 'not an article' } }, { article: article(1) }, { article: article(2) }];
    const batches: string[][] = [];
    for await (const batch of articleBatches(stream(items), (error) => errors.push(error.source), { articles: 8, characters: 1_000, first: 1 })) batches.push(batch.map((item) => item.article.id));
    expect(batches).toEqual([['a0'], ['a1', 'a2']]);
    expect(errors).toEqual(['bad.pdf']);
  });

  it('by default, writes a first article soon and later ones in large batches', async () => {
    const cut = await sizes(1_000, DEFAULT_BATCH_LIMITS);
    expect(cut[0]).toBeLessThan(DEFAULT_BATCH_LIMITS.articles);
    expect(Math.max(...cut)).toBe(DEFAULT_BATCH_LIMITS.articles);
    expect(cut.reduce((sum, n) => sum + n, 0)).toBe(1_000);
  });
});
