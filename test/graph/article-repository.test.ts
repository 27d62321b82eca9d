import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countArticles, findArticlesByIds, findArticleTextsByIds, listArticles, toLuceneQuery, upsertArticle } from '../../src/graph/article-repository';
import type { Graph } from '../../src/graph/driver';
import { splitPlainText } from '../../src/sources/plain-text';
import { openEmptyGraph } from '../support/graph';
import { seedText } from '../support/seed';

const seed = splitPlainText(seedText(), 'seeds/kazakhstan-archive.txt');

describe('article repository (real Neo4j)', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openEmptyGraph();
    for (const article of seed) await upsertArticle(graph, article);
  });
  afterAll(() => graph?.close());

  it('stores each article once, however often it is written', async () => {
    for (const article of seed) await upsertArticle(graph, article);
    expect(await countArticles(graph, {})).toBe(seed.length);
    const [row] = await graph.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
    expect(row?.nodes).toBe(seed.length);
  });

  it('finds articles by id, keeping dates and nulls', async () => {
    const undated = seed.find((article) => article.date === null)!;
    const dated = seed.find((article) => article.date !== null)!;
    const found = await findArticlesByIds(graph, [undated.id, dated.id, 'missing']);
    expect(found).toHaveLength(2);
    expect(found.find((article) => article.id === undated.id)).toMatchObject({ title: undated.title, date: null });
    expect((await findArticleTextsByIds(graph, [undated.id])).get(undated.id)).toBe(undated.text);
    expect(found.find((article) => article.id === dated.id)).toMatchObject({ date: dated.date, author: dated.author });
  });

  it('lists newest first, undated last, in pages', async () => {
    const all = await listArticles(graph, {}, 0, 100);
    const dates = all.map((article) => article.date);
    const dated = dates.filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.indexOf(null)).toBe(dated.length);
    const pages = [...(await listArticles(graph, {}, 0, 4)), ...(await listArticles(graph, {}, 4, 4)), ...(await listArticles(graph, {}, 8, 4))];
    expect(pages.map((article) => article.id)).toEqual(all.map((article) => article.id));
  });

  it('filters by inclusive date range and by words', async () => {
    const inJanuary = seed.filter((article) => article.date && article.date >= '2022-01-01' && article.date <= '2022-01-31');
    expect(await countArticles(graph, { from: '2022-01-01', to: '2022-01-31' })).toBe(inJanuary.length);
    expect(await countArticles(graph, { from: '2022-11-21' })).toBe(seed.filter((article) => article.date && article.date >= '2022-11-21').length);
    const withWords = seed.filter((article) => /Samarkand/i.test(article.text + article.title) && /Norov/i.test(article.text + article.title));
    const found = await listArticles(graph, { text: 'samarkand NOROV' }, 0, 10);
    expect(found.map((article) => article.id).sort()).toEqual(withWords.map((article) => article.id).sort());
  });

  it('treats Lucene syntax in the words as plain text', async () => {
    expect(await countArticles(graph, { text: 'OR AND* "unbalanced ( [' })).toBe(0);
    expect(toLuceneQuery('a:b (c)')).toBe('+a\\:b +\\(c\\)');
    expect(toLuceneQuery('  ')).toBeNull();
  });
});
