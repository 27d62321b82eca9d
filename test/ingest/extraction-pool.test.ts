// The extraction pool: real worker threads, the same extraction as in this thread, and a budget that stops one.
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract';
import { createExtractionPool, ExtractionBudgetError } from '../../src/ingest/extraction-pool';
import type { SourceArticle } from '../../src/sources/article';

const article = (id: string, text: string): SourceArticle => ({ id, title: `Article ${id}`, date: '2024-03-04', author: null, source: 'test', url: null, datelinePlace: null, text });
const SHORT = article('short', 'OSLO, March 4 (Reuters) - Norway’s foreign minister Ana Berg met officials of the Nordic Council on Monday. “We will meet again,” Berg said.');
const LONG = article('long', 'Officials in Oslo said on Monday that the talks would go on. “We will meet again,” Ana Berg said. '.repeat(1900));

describe('the extraction pool', () => {
  const pool = createExtractionPool({ threads: 1, budgetMs: 120_000 });
  afterAll(() => pool.close());

  it('extracts in a worker thread exactly what this thread extracts', async () => {
    expect(await pool.extract([SHORT])).toEqual(await extractArticles([SHORT]));
  }, 120_000);

  it('stops an extraction over its budget with an error that says so, and goes on working', async () => {
    const error = await pool.extract([LONG], 300).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractionBudgetError);
    expect((error as Error).message).toMatch(/longer than 300 ms .*nothing was written/);
    // The stopped thread is replaced: the next article goes through.
    expect((await pool.extract([SHORT])).articles).toHaveLength(1);
  }, 120_000);
});
