// Adding and deleting articles from GraphQL, over HTTP with typed operations, on the real Neo4j.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { execute, withKey } from '../support/http';
import { useSeedServer } from '../support/seed-server';

const IngestArticleMutation = graphql(`
  mutation IngestArticleMutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on Article { id title date source }
      ... on InvalidInputError { message field }
    }
  }
`);

const DeleteArticleMutation = graphql(`
  mutation DeleteArticleMutation($id: ID!) {
    deleteArticle(id: $id) {
      __typename
      ... on DeletedArticle { articleId statements events entities }
      ... on NotFoundError { message }
      ... on InvalidInputError { message field }
    }
  }
`);

const NEW_ARTICLE = {
  title: 'Kazakh minister meets Finnish envoy',
  text: 'Helsinki 03.03.2023 Finnish envoy Aino Lehtinen met officials in Kazakhstan on Thursday. “Our cooperation will grow,” Lehtinen said.',
};

describe('ingestArticle and deleteArticle', () => {
  const seed = useSeedServer();
  const snapshot = async () =>
    (await seed.graph.read<{ nodes: number; rels: number; evidence: number }>('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, sum(size(coalesce(r.evidence, []))) AS evidence'))[0];

  it('adds an article once, however often it is sent, and deleting it restores the graph', async () => {
    const before = await snapshot();
    const first = await execute(seed.server.url, IngestArticleMutation, { input: NEW_ARTICLE }, withKey());
    expect(first.data?.ingestArticle).toMatchObject({ __typename: 'Article', title: NEW_ARTICLE.title, date: '2023-03-03', source: 'api' });
    const afterOne = await snapshot();
    const second = await execute(seed.server.url, IngestArticleMutation, { input: NEW_ARTICLE }, withKey());
    expect(second.data?.ingestArticle).toEqual(first.data?.ingestArticle);
    expect(await snapshot()).toEqual(afterOne);
    const [person] = await seed.graph.read<{ id: string }>("MATCH (p:Person {name: 'Aino Lehtinen'})-[:MENTIONED_IN]->() RETURN p.id AS id");
    expect(person).toBeDefined();

    const id = (first.data!.ingestArticle as { id: string }).id;
    const deleted = await execute(seed.server.url, DeleteArticleMutation, { id }, withKey());
    expect(deleted.data?.deleteArticle).toMatchObject({ __typename: 'DeletedArticle', articleId: id, statements: 1 });
    expect((deleted.data?.deleteArticle as { entities: number }).entities).toBeGreaterThanOrEqual(2); // Aino Lehtinen, Helsinki
    expect(await snapshot()).toEqual(before);
    expect(await seed.graph.read("MATCH (c:Country {name: 'Kazakhstan'}) RETURN c.id")).toHaveLength(1);
  });

  it('refuses bad input with a typed error that names the field', async () => {
    const empty = await execute(seed.server.url, IngestArticleMutation, { input: { title: '  ', text: 'Some text here.' } }, withKey());
    expect(empty.data?.ingestArticle).toEqual({ __typename: 'InvalidInputError', message: 'The title is empty.', field: 'title' });
    const huge = await execute(seed.server.url, IngestArticleMutation, { input: { title: 'Long', text: 'word '.repeat(50_000) } }, withKey());
    expect(huge.data?.ingestArticle).toMatchObject({ __typename: 'InvalidInputError', field: 'text' });
    const badDate = await execute(seed.server.url, IngestArticleMutation, { input: { ...NEW_ARTICLE, date: '2023-02-31' } }, withKey());
    expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('takes an article with a run of letters no index could hold as a name, and names no entity by it', async () => {
    const text = `Oslo 01.02.2023 Ms Q${'q'.repeat(100_000)} met officials on Monday. “We agreed on much,” she said.`;
    const result = await execute(seed.server.url, IngestArticleMutation, { input: { title: 'A long word', text } }, withKey());
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestArticle).toMatchObject({ __typename: 'Article', title: 'A long word' });
    expect(await seed.graph.read('MATCH (e:Entity) WHERE size(e.name) > 200 RETURN e.id')).toEqual([]);
    const id = (result.data!.ingestArticle as { id: string }).id;
    expect((await execute(seed.server.url, DeleteArticleMutation, { id }, withKey())).data?.deleteArticle).toMatchObject({ __typename: 'DeletedArticle' });
  });

  it('says when there is nothing to delete', async () => {
    const missing = await execute(seed.server.url, DeleteArticleMutation, { id: Buffer.from('Article:nothing').toString('base64') }, withKey());
    expect(missing.data?.deleteArticle).toMatchObject({ __typename: 'NotFoundError' });
    const notAnArticle = await execute(seed.server.url, DeleteArticleMutation, { id: Buffer.from('Person:someone').toString('base64') }, withKey());
    expect(notAnArticle.data?.deleteArticle).toMatchObject({ __typename: 'InvalidInputError', field: 'id' });
  });
});

const ArticleCountQuery = graphql(`
  query ArticleCountQuery {
    articles(first: 1) { totalCount }
  }
`);

describe('with the response cache on', () => {
  const cached = useSeedServer({ maxPageSize: 100, maxDepth: 12, cacheTtlMs: 60_000 });

  it('answers a repeated question from memory, and a mutation makes no answer stale', async () => {
    const count = async () => (await execute(cached.server.url, ArticleCountQuery)).data!.articles.totalCount;
    const before = await count();
    const trips = cached.graph.roundTrips;
    expect(await count()).toBe(before);
    expect(cached.graph.roundTrips).toBe(trips);
    const added = await execute(cached.server.url, IngestArticleMutation, { input: NEW_ARTICLE }, withKey());
    expect(await count()).toBe(before + 1);
    await execute(cached.server.url, DeleteArticleMutation, { id: (added.data!.ingestArticle as { id: string }).id }, withKey());
    expect(await count()).toBe(before);
  });
});
