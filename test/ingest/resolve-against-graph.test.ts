// People and bodies joined across articles through the graph (real Neo4j): never on a surname alone, nor on
// shared initials or a short form, and the same people whatever the order articles arrive in, one at a time or
// all at once.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract';
import type { Graph } from '../../src/graph/driver';
import type { SourceArticle } from '../../src/sources/article';
import { ingestArticles } from '../../src/ingest';
import { splitPlainText } from '../../src/sources/plain-text';
import { openEmptyGraph } from '../support/graph';
import { peopleCorpus } from '../support/people-corpus';

/** Each person as the set of places it is mentioned ("articleId:start:end"), sorted: who is who, whatever the ids. */
async function storedPeople(graph: Graph): Promise<string[]> {
  const rows = await graph.read<{ evidence: string[] }>('MATCH (p:Person)-[r:MENTIONED_IN]->(:Article) WITH p, collect(r.evidence) AS lists RETURN reduce(acc = [], l IN lists | acc + l) AS evidence');
  return rows.map((row) => [...row.evidence].sort().join(' ')).sort();
}

async function extractedPeople(articles: SourceArticle[]): Promise<string[]> {
  const result = await extractArticles(articles);
  const people = new Set(result.entities.filter((e) => e.type === 'Person').map((e) => e.id));
  const spans = new Map<string, string[]>();
  for (const m of result.mentions) if (people.has(m.entityId)) spans.set(m.entityId, [...(spans.get(m.entityId) ?? []), `${m.articleId}:${m.start}:${m.end}`]);
  return [...spans.values()].map((list) => list.sort().join(' ')).sort();
}

describe('joining people through the graph (real Neo4j)', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openEmptyGraph();
  });
  afterAll(() => graph?.close());

  /** Empties the graph; returns the articles of these titles and texts, a file each. */
  const freshGraphAnd = async (texts: [string, string][]): Promise<SourceArticle[]> => {
    await graph.write('MATCH (n) DETACH DELETE n');
    return texts.flatMap(([title, body], i) => splitPlainText(`${title}\n\n${body}\n`, `article-${i}.txt`));
  };

  it('keeps two people of one surname apart when they arrive in separate runs', async () => {
    const [lurleen, venus, lone] = peopleCorpus();
    for (const article of [lurleen!, venus!, lone!]) await ingestArticles(graph, [article]);
    const people = await graph.read<{ name: string; said: number }>('MATCH (p:Person) OPTIONAL MATCH (s:Statement)-[:SAID_BY]->(p) RETURN p.name AS name, count(s) AS said ORDER BY name');
    expect(people.map((p) => p.name)).toEqual(['Lurleen Qwertzova', 'Qwertzova', 'Venus Qwertzova']);
    expect(people.filter((p) => p.name !== 'Qwertzova').map((p) => Number(p.said))).toEqual([1, 1]);
  });

  it('joins a full name spelled with another first letter (Q for K, Kh for H) across runs, as one batch does', async () => {
    const articles = await freshGraphAnd([
      ['Talks', 'Oslo 09.02.2023 Foreign Minister Qadir Tolqunov arrived for talks. “We expect progress,” Tolqunov said.'],
      ['Talks again', 'Oslo 10.02.2023 Kadir Tolkunov left after the talks, officials said. Khalida Rakhmanova, his deputy, stayed.'],
      ['Talks ended', 'Oslo 11.02.2023 Halida Rahmanova signed the agreement, officials said.'],
    ]);
    const expected = await extractedPeople(articles);
    expect(expected).toHaveLength(2);
    for (const article of articles) await ingestArticles(graph, [article]);
    expect(await storedPeople(graph)).toEqual(expected);
  });

  it('keeps bodies apart across runs that share only their initials or a short form of their names', async () => {
    const articles = await freshGraphAnd([
      ['Stake', 'Oslo 09.02.2023 Castle Partners, the investment firm, said it had sold its stake.'],
      ['Film', 'Oslo 10.02.2023 Castle Pictures bought the rights to the novel, the studio said.'],
      ['Paper', 'Oslo 11.02.2023 The Oslo Morning Times reported the vote first. “We checked every figure,” the Times said in a statement.'],
      ['Other paper', 'Oslo 12.02.2023 The Bergen Evening Times disputed the figures. Its editor said the Times would publish its own count.'],
    ]);
    // The body each article names, as it names it alone: four bodies, none the same.
    const alone = await Promise.all(articles.map(async (article) => (await extractArticles([article])).entities.filter((e) => e.type === 'Institution').map((e) => e.name)));
    expect(alone.map((names) => names.length)).toEqual([1, 1, 1, 1]);
    for (const article of articles) await ingestArticles(graph, [article]);
    const bodies = await graph.read<{ name: string }>('MATCH (b:Institution) RETURN b.name AS name ORDER BY name');
    expect(bodies.map((b) => b.name)).toEqual(alone.flat().sort());
  });

  it('gives names in another script nodes of their own', async () => {
    await graph.write('MATCH (n) DETACH DELETE n');
    const moscow = peopleCorpus().find((a) => a.title === 'Moscow')!;
    await ingestArticles(graph, [moscow]);
    await ingestArticles(graph, [moscow]);
    const names = await graph.read<{ name: string }>('MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    expect(names.map((n) => n.name)).toEqual(['Иван Петров', 'Мария Сидорова']);
  });

  it('finds the same people article by article, in any order, as extracting all at once (property)', async () => {
    const corpus = peopleCorpus();
    const expected = await extractedPeople(corpus);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(corpus, { minLength: corpus.length }), async (order) => {
        await graph.write('MATCH (n) DETACH DELETE n');
        for (const article of order) await ingestArticles(graph, [article]);
        expect(await storedPeople(graph)).toEqual(expected);
      }),
      { numRuns: 6 },
    );
  }, 240_000);
});
