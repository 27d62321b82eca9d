// The GraphQL API over real HTTP, with operations typed by codegen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import type { ArticlesQueryQuery } from '../../gql/graphql';
import type { Graph } from '../../src/graph/driver';
import { ingestPaths } from '../../src/ingest';
import { createGraphQLApp, listen, type RunningServer } from '../../src/server';
import { openEmptyGraph } from '../support/graph';
import { execute, postGraphQL } from '../support/http';
import { SEED_FILE, goldArticles } from '../support/seed';

const ArticlesQuery = graphql(`
  query ArticlesQuery($first: Int, $after: String, $period: PeriodInput, $text: String) {
    articles(first: $first, after: $after, period: $period, text: $text) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title date author } }
    }
  }
`);

const ArticleNodeQuery = graphql(`
  query ArticleNodeQuery($id: ID!) {
    node(id: $id) { id ... on Article { title date text source } }
  }
`);

describe('GraphQL over HTTP (real Neo4j)', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = await openEmptyGraph();
    await ingestPaths(graph, [SEED_FILE]);
    server = await listen(createGraphQLApp(graph, { maxPageSize: 50, maxDepth: 6 }), '127.0.0.1', 0);
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('returns the seed articles with the dates of the gold file', async () => {
    const { data, errors } = await execute(server.url, ArticlesQuery, { first: 20 });
    expect(errors).toBeUndefined();
    expect(data?.articles.totalCount).toBe(goldArticles().length);
    const got = data!.articles.edges.map(({ node }) => ({ title: node.title, date: node.date }));
    expect(got).toEqual(expect.arrayContaining(goldArticles().map(({ title, date }) => ({ title, date }))));
    expect(got).toHaveLength(goldArticles().length);
  });

  it('pages with cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 10; page += 1) {
      const result = await execute(server.url, ArticlesQuery, { first: 3, after });
      const articles: ArticlesQueryQuery['articles'] = result.data!.articles;
      seen.push(...articles.edges.map((edge) => edge.node.id));
      if (!articles.pageInfo.hasNextPage) break;
      after = articles.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(goldArticles().length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by month and by words', async () => {
    const january = await execute(server.url, ArticlesQuery, { first: 20, period: { month: '2022-01' } });
    const expected = goldArticles().filter((article) => article.date?.startsWith('2022-01'));
    expect(january.data?.articles.totalCount).toBe(expected.length);
    expect(january.data?.articles.edges.every(({ node }) => node.date?.startsWith('2022-01'))).toBe(true);

    const words = await execute(server.url, ArticlesQuery, { first: 20, text: 'Samarkand' });
    expect(words.data?.articles.edges.map(({ node }) => node.title)).toEqual(['EU: Borrell travels to Central Asia']);
  });

  it('fetches an article by its global id, and null for an unknown one', async () => {
    const list = await execute(server.url, ArticlesQuery, { first: 1 });
    const id = list.data!.articles.edges[0]!.node.id;
    const found = await execute(server.url, ArticleNodeQuery, { id });
    expect(found.data?.node).toMatchObject({ id, title: list.data!.articles.edges[0]!.node.title, source: expect.stringContaining('kazakhstan-archive.txt') });
    const missing = await execute(server.url, ArticleNodeQuery, { id: Buffer.from('Article:nope').toString('base64') });
    expect(missing.data?.node).toBeNull();
  });

  it('answers bad requests with GraphQL errors, never a crash', async () => {
    const syntax = await postGraphQL(server.url, { query: '{ articles(first: 2 ' });
    expect(syntax.errors?.[0]?.message).toMatch(/Syntax Error/);
    const unknownField = await postGraphQL(server.url, { query: '{ articles { nope } }' });
    expect(unknownField.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
    const badMonth = await execute(server.url, ArticlesQuery, { first: 2, period: { month: '2022-13' } });
    expect(badMonth.errors?.[0]?.message).toMatch(/month must be YYYY-MM/);
    const badDate = await postGraphQL(server.url, { query: 'query($p: PeriodInput) { articles(period: $p) { totalCount } }', variables: { p: { from: '2022-02-30' } } });
    expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const tooBig = await execute(server.url, ArticlesQuery, { first: 5000 });
    expect(tooBig.errors?.[0]?.message).toMatch(/`first` must be between 0 and 50/);
    const notJson = await postGraphQL(server.url, '{"query": ');
    expect(notJson.errors?.length).toBeGreaterThan(0);
    const badId = await execute(server.url, ArticleNodeQuery, { id: '%%%' });
    expect(badId.errors?.length).toBeGreaterThan(0);
    // The server still answers.
    expect((await execute(server.url, ArticlesQuery, { first: 1 })).data?.articles.totalCount).toBe(goldArticles().length);
  });

  it('refuses queries costlier than the limit', async () => {
    const cheap = await listen(createGraphQLApp(graph, { maxPageSize: 50, maxDepth: 12, maxCost: 20 }), '127.0.0.1', 0);
    try {
      expect((await postGraphQL(cheap.url, { query: '{ articles { totalCount } }' })).errors).toBeUndefined();
      const costly = await postGraphQL(cheap.url, { query: '{ articles { edges { node { title date author source url text } } } }' });
      expect(costly.errors?.[0]?.message).toMatch(/cost/i);
    } finally {
      await cheap.close();
    }
  });

  it('refuses queries deeper than the limit', async () => {
    const shallow = await listen(createGraphQLApp(graph, { maxPageSize: 50, maxDepth: 3 }), '127.0.0.1', 0);
    try {
      const within = await postGraphQL(shallow.url, { query: '{ articles { pageInfo { hasNextPage } } }' });
      expect(within.errors).toBeUndefined();
      const beyond = await postGraphQL(shallow.url, { query: '{ articles { edges { node { title } } } }' });
      expect(beyond.errors?.[0]?.message).toMatch(/depth/i);
    } finally {
      await shallow.close();
    }
  });
});
