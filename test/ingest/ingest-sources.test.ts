// Streaming ingest on the real Neo4j: articles are written as their batch is extracted, batches are extracted
// several at once and written in order, a failing article fails alone, a rerun skips what is stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract';
import type { Graph } from '../../src/graph/driver';
import { ingestSources, type IngestSource } from '../../src/ingest';
import type { SourceItem } from '../../src/ingest/article-batches';
import type { SourceArticle } from '../../src/sources/article';
import { connectTestGraph, openEmptyGraph } from '../support/graph';
import { peopleCorpus } from '../support/people-corpus';

const ONE_PER_BATCH = { articles: 1, characters: 1_000_000 };

async function* itemsOf(...items: SourceItem[]): AsyncGenerator<SourceItem> {
  for (const item of items) yield item;
}

/** One source per article of the people corpus. */
const sources = (articles: SourceArticle[] = peopleCorpus()): IngestSource[] => articles.map((article) => ({ source: article.source, items: itemsOf({ article }) }));

const storedTitles = async (graph: Graph) => (await graph.read<{ title: string }>('MATCH (a:Article) RETURN a.title AS title ORDER BY title')).map((row) => row.title);

describe('ingestSources (real Neo4j)', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openEmptyGraph();
  });
  beforeEach(() => graph.write('MATCH (n) DETACH DELETE n'));
  afterAll(() => graph?.close());

  it('writes the first batch while a later one is still being extracted', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let titlesWhileHeld: string[] = [];
    const extract = async (articles: SourceArticle[]) => {
      if (articles[0]!.title === 'Opposition') {
        // Wait until the first batch is in the graph, then look.
        for (let i = 0; i < 200 && (await storedTitles(graph)).length === 0; i += 1) await new Promise((r) => setTimeout(r, 25));
        titlesWhileHeld = await storedTitles(graph);
        release();
      }
      return extractArticles(articles);
    };
    const summary = await ingestSources(graph, sources().slice(0, 2), { extract, concurrency: 2, batchLimits: ONE_PER_BATCH });
    await held;
    expect(titlesWhileHeld).toEqual(['Energy plan']);
    expect(summary.articles).toEqual({ new: 2, unchanged: 0, failed: 0 });
  });

  it('extracts one batch at a time until the writer waits for one, then up to `concurrency` at once, written in their order', async () => {
    // The corpus twice (the second time under other titles): sixteen batches of one article.
    const articles = [...peopleCorpus(), ...peopleCorpus().map((article) => ({ ...article, id: `${article.id}-2`, title: `${article.title} 2` }))];
    const order = new Map(articles.map((article, i) => [article.title, i]));
    const SLOW = 10;
    let running = 0;
    let mostOfFirstTwo = 0;
    let most = 0;
    let slowRunning = false;
    let extractedWhileSlowRan = 0;
    let storedWhenSlowEnded: string[] = [];
    const extract = async (batch: SourceArticle[]) => {
      const i = order.get(batch[0]!.title)!;
      running += 1;
      most = Math.max(most, running);
      // The writer waits for the second at the earliest, so the first two are extracted one after the other.
      if (i < 2) mostOfFirstTwo = Math.max(mostOfFirstTwo, running);
      if (i === SLOW) slowRunning = true;
      // Slower than a write of one article (the first aside), so the writer waits; the slow one slower still.
      await new Promise((r) => setTimeout(r, i === SLOW ? 2_000 : 500));
      if (i === SLOW) {
        storedWhenSlowEnded = await storedTitles(graph);
        slowRunning = false;
      } else if (slowRunning) extractedWhileSlowRan += 1;
      running -= 1;
      return extractArticles(batch);
    };
    const summary = await ingestSources(graph, sources(articles), { extract, concurrency: 3, batchLimits: ONE_PER_BATCH, sourceCount: 16 });
    expect(mostOfFirstTwo).toBe(1);
    expect(most).toBe(3);
    // Batches after the slow one were extracted meanwhile, but none was written before it.
    expect(extractedWhileSlowRan).toBeGreaterThan(0);
    expect(storedWhenSlowEnded).toEqual(articles.slice(0, SLOW).map((article) => article.title).sort());
    expect(summary.articles.new).toBe(16);
    expect(summary.sources).toEqual({ done: 16, total: 16 });
  });

  it("looks up what it joins within the write's time limit, not an API read's", async () => {
    // Reads of a millisecond at most: a look-up for the ingest under that limit would end it.
    const hurried = await connectTestGraph({ readMs: 1 });
    try {
      const summary = await ingestSources(hurried, sources(), { concurrency: 2 });
      expect(summary.articles).toEqual({ new: 8, unchanged: 0, failed: 0 });
    } finally {
      await hurried.close();
    }
  });

  it('tries a batch whose extraction fails article by article: the bad one fails alone, with its reason', async () => {
    const extract = async (articles: SourceArticle[]) => {
      if (articles.some((article) => article.title === 'Reaction')) throw new Error('over its budget');
      return extractArticles(articles);
    };
    const errors: string[] = [];
    const summary = await ingestSources(graph, sources(), { extract, onError: (error) => errors.push(`${error.source}: ${error.reason}`) });
    expect(summary.articles).toEqual({ new: 7, unchanged: 0, failed: 1 });
    expect(errors).toEqual([expect.stringMatching(/people-2\.txt \(“Reaction”\): over its budget/)]);
    expect(await storedTitles(graph)).not.toContain('Reaction');
    expect(summary.errors).toHaveLength(1);
  });

  it('writes a batch in one transaction, and when that fails, article by article: the bad one fails alone', async () => {
    // An entity id too large for Neo4j's index makes the write of its article fail, whichever transaction it is in.
    const extract = async (articles: SourceArticle[]) => {
      const result = await extractArticles(articles);
      const reaction = articles.find((article) => article.title === 'Reaction');
      const mention = result.mentions.find((m) => m.articleId === reaction?.id);
      if (!mention) return result;
      const huge = `person:${'q'.repeat(40_000)}`;
      const entity = result.entities.find((e) => e.id === mention.entityId)!;
      return { ...result, entities: [...result.entities, { ...entity, id: huge }], mentions: result.mentions.map((m) => (m === mention ? { ...m, entityId: huge } : m)) };
    };
    const summary = await ingestSources(graph, sources(), { extract });
    expect(summary.articles).toEqual({ new: 7, unchanged: 0, failed: 1 });
    expect(summary.errors).toEqual([{ source: expect.stringContaining('“Reaction”'), reason: expect.stringMatching(/too large/i) }]);
    expect(await storedTitles(graph)).toHaveLength(7);
  });

  it('reports reading errors as they come, counts an article met twice once as new and once as unchanged, and a rerun skips what is stored', async () => {
    const [energy, opposition] = peopleCorpus();
    const withError: IngestSource[] = [
      { source: 'a.txt', items: itemsOf({ article: energy! }, { error: { source: 'a.txt:2', reason: 'not JSON' } }) },
      { source: 'b.txt', items: itemsOf({ article: energy! }, { article: opposition! }) },
    ];
    const first = await ingestSources(graph, withError, { sourceCount: 2 });
    expect(first.articles).toEqual({ new: 2, unchanged: 1, failed: 0 });
    expect(first.errors).toEqual([{ source: 'a.txt:2', reason: 'not JSON' }]);
    expect(first.sources).toEqual({ done: 2, total: 2 });
    expect(first.entities).toBeGreaterThanOrEqual(2);
    expect(first.statements).toBe(2);

    let extracted = 0;
    const counting = async (articles: SourceArticle[]) => {
      extracted += articles.length;
      return extractArticles(articles);
    };
    const again = await ingestSources(graph, sources(), { extract: counting });
    expect(again.articles).toEqual({ new: 6, unchanged: 2, failed: 0 });
    // One batch: the stored two are extracted again with the rest, for the same context, but not written.
    expect(extracted).toBe(8);
    const third = await ingestSources(graph, sources(), { extract: counting });
    expect(third.articles).toEqual({ new: 0, unchanged: 8, failed: 0 });
    expect(extracted).toBe(8);
  });
});
