// Search, timelines and paths over HTTP with typed operations, on the seed graph.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { execute } from '../support/http';
import { useSeedServer } from '../support/seed-server';

const SearchQuery = graphql(`
  query SearchQuery($query: String!) {
    search(query: $query, first: 10) {
      score
      item { __typename ... on Entity { name } ... on Statement { quote } ... on Article { title } }
    }
  }
`);

const TimelineQuery = graphql(`
  query TimelineQuery($entity: String, $query: String) {
    timeline(entity: $entity, query: $query) { month articles statements events }
  }
`);

const PathQuery = graphql(`
  query PathQuery($from: String!, $to: String!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      length
      nodes { __typename ... on Entity { name } }
      hops { relation evidence { article { title } sentence } }
    }
  }
`);

const PositionsQuery = graphql(`
  query PositionsQuery($name: String) {
    entities(first: 1, type: Person, name: $name) {
      edges { node { __typename name ... on Person { positions { title holder { name } evidence { text } } } } }
    }
  }
`);

describe('exploring the graph', () => {
  const seed = useSeedServer();

  it('finds entities, quotes and articles despite a typo', async () => {
    const { data } = await execute(seed.server.url, SearchQuery, { query: 'Pashinyen' });
    const names = data!.search.map((hit) => hit.item).filter((item) => item?.__typename === 'Person');
    expect(names).toContainEqual({ __typename: 'Person', name: 'Nikol Pashinyan' });
    const { data: quotes } = await execute(seed.server.url, SearchQuery, { query: 'multi-vector foreign policy' });
    expect(quotes!.search.some((hit) => hit.item?.__typename === 'Statement')).toBe(true);
    expect(quotes!.search.map((hit) => hit.score)).toEqual([...quotes!.search.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('counts an entity’s activity per month', async () => {
    const { data } = await execute(seed.server.url, TimelineQuery, { entity: 'Josep Borrell' });
    const months = data!.timeline.map((bucket) => bucket.month);
    expect(months).toEqual(['2022-01', '2022-11']);
    expect(data!.timeline.find((bucket) => bucket.month === '2022-01')!.statements).toBeGreaterThan(0);
    const both = await execute(seed.server.url, TimelineQuery, { entity: 'Josep Borrell', query: 'x' });
    expect(both.errors?.[0]?.message).toMatch(/either `entity` or `query`/);
  });

  it('knows the titles people hold, and where the articles say so', async () => {
    const { data } = await execute(seed.server.url, PositionsQuery, { name: 'Pashinyan' });
    const person = data!.entities.edges[0]!.node;
    expect(person.__typename).toBe('Person');
    expect('positions' in person ? person.positions : []).toContainEqual({ title: 'prime minister', holder: { name: 'Armenia' }, evidence: [{ text: 'Prime Minister of Armenia Nikol Pashinyan' }] });
  });

  it('connects two entities, every hop with its evidence', async () => {
    const { data } = await execute(seed.server.url, PathQuery, { from: 'Nikol Pashinyan', to: 'Josep Borrell' });
    const path = data!.path!;
    expect(path.nodes[0]).toEqual({ __typename: 'Person', name: 'Nikol Pashinyan' });
    expect(path.nodes[path.nodes.length - 1]).toEqual({ __typename: 'Person', name: 'Josep Borrell' });
    expect(path.length).toBe(path.hops.length);
    for (const hop of path.hops) {
      expect(hop.evidence.length).toBeGreaterThan(0);
      expect(hop.evidence[0]!.sentence.length).toBeGreaterThan(0);
    }
    const tooShort = await execute(seed.server.url, PathQuery, { from: 'Nikol Pashinyan', to: 'Josep Borrell', maxHops: 1 });
    expect(tooShort.data?.path).toBeNull();
    const unknown = await execute(seed.server.url, PathQuery, { from: 'Nobody Atall', to: 'Josep Borrell' });
    expect(unknown.errors?.[0]?.message).toMatch(/No .* is known by the name "Nobody Atall"/);
  });
});
