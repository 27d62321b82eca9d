// The API conventions of statement lists, over HTTP with typed operations on the seed graph: `orderBy`,
// `speakers` lists, `OR` alternatives, and counts per speaker, type or month computed in the database.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import type { StatementListQueryQueryVariables } from '../../gql/graphql';
import { execute } from '../support/http';
import { useSeedServer } from '../support/seed-server';

const StatementListQuery = graphql(`
  query StatementListQuery($filter: StatementFilter, $orderBy: StatementOrder) {
    statements(first: 100, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges { node { id date speaker { name } } }
    }
  }
`);

const StatementCountsQuery = graphql(`
  query StatementCountsQuery($filter: StatementFilter, $by: StatementGrouping!) {
    statementCounts(filter: $filter, by: $by, first: 100) { key count speaker { id name } }
  }
`);

const BORRELL = 'Josep Borrell';
const TOKAYEV = 'Kassym-Jomart Tokayev';

describe('statement lists (real Neo4j, HTTP)', () => {
  const seed = useSeedServer();
  const list = async (variables: StatementListQueryQueryVariables) => {
    const result = await execute(seed.server.url, StatementListQuery, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.statements;
  };

  it('orders by date either way', async () => {
    const newest = (await list({ orderBy: 'DATE_DESC' })).edges.map((edge) => edge.node.date).filter(Boolean) as string[];
    const oldest = (await list({ orderBy: 'DATE_ASC' })).edges.map((edge) => edge.node.date).filter(Boolean) as string[];
    expect(newest.length).toBeGreaterThan(5);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(oldest).toEqual([...oldest].sort());
  });

  it('takes a list of speakers, and OR alternatives, as the union of each', async () => {
    const borrell = await list({ filter: { speaker: BORRELL } });
    const tokayev = await list({ filter: { speaker: TOKAYEV } });
    expect(borrell.totalCount).toBeGreaterThan(0);
    expect(tokayev.totalCount).toBeGreaterThan(0);
    const both = await list({ filter: { speakers: [BORRELL, TOKAYEV] } });
    expect(both.totalCount).toBe(borrell.totalCount + tokayev.totalCount);
    const either = await list({ filter: { OR: [{ speaker: BORRELL }, { speaker: TOKAYEV }] } });
    expect(new Set(either.edges.map((edge) => edge.node.id))).toEqual(new Set(both.edges.map((edge) => edge.node.id)));
    // The filter's own fields hold as well as one alternative.
    const januaryEither = await list({ filter: { period: { month: '2022-01' }, OR: [{ speaker: BORRELL }, { speaker: TOKAYEV }] } });
    expect(januaryEither.totalCount).toBeLessThanOrEqual(either.totalCount);
    expect(januaryEither.edges.every((edge) => edge.node.date?.startsWith('2022-01'))).toBe(true);
  });

  it('counts statements per speaker, kind of speaker and month, in one query', async () => {
    const all = await list({});
    const before = seed.graph.roundTrips;
    const perSpeaker = await execute(seed.server.url, StatementCountsQuery, { by: 'SPEAKER' });
    // The counts, then the speakers' entities in one batch.
    expect(seed.graph.roundTrips - before).toBeLessThanOrEqual(2);
    const groups = perSpeaker.data!.statementCounts;
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(all.totalCount);
    const tokayev = groups.find((group) => group.speaker?.name === TOKAYEV);
    expect(tokayev?.count).toBe((await list({ filter: { speaker: TOKAYEV } })).totalCount);
    expect(tokayev?.key).toBe(tokayev?.speaker?.id);
    expect(groups.map((group) => group.count)).toEqual([...groups.map((group) => group.count)].sort((a, b) => b - a));

    const perType = (await execute(seed.server.url, StatementCountsQuery, { by: 'SPEAKER_TYPE' })).data!.statementCounts;
    expect(perType.map((group) => group.key).filter(Boolean).every((key) => ['Person', 'Institution', 'Country', 'Place'].includes(key!))).toBe(true);
    const perMonth = (await execute(seed.server.url, StatementCountsQuery, { by: 'MONTH', filter: { speaker: BORRELL } })).data!.statementCounts;
    expect(perMonth.every((group) => /^\d{4}-\d{2}$/.test(group.key ?? ''))).toBe(true);
    expect(perMonth.reduce((sum, group) => sum + group.count, 0)).toBe((await list({ filter: { speaker: BORRELL } })).totalCount);
  });

  it('refuses too many alternatives with a code', async () => {
    const result = await execute(seed.server.url, StatementListQuery, { filter: { OR: Array.from({ length: 11 }, () => ({ speaker: BORRELL })) } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
