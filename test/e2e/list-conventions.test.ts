// The API conventions of lists, over HTTP with typed operations on the seed graph: `orderBy`, lists of
// speakers and types, `OR` alternatives, and counts per speaker, type or month computed in the database.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import type { EventListQueryQueryVariables, StatementListQueryQueryVariables } from '../../gql/graphql';
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
    statementCounts(filter: $filter, by: $by, first: 100) { key count speaker { id name type } }
  }
`);

const EventListQuery = graphql(`
  query EventListQuery($filter: EventFilter, $orderBy: EventOrder) {
    events(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { type start } } }
  }
`);

const EventCountsQuery = graphql(`
  query EventCountsQuery($filter: EventFilter, $by: EventGrouping!) {
    eventCounts(filter: $filter, by: $by, first: 100) { key count }
  }
`);

const EntityListQuery = graphql(`
  query EntityListQuery($types: [EntityType!], $orderBy: EntityOrder) {
    entities(first: 100, types: $types, orderBy: $orderBy) { totalCount edges { node { name type } } }
  }
`);

const SpeakerPageQuery = graphql(`
  query SpeakerPageQuery($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) {
      ... on Person {
        statements(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
          edges { cursor node { id } }
        }
        counted: statements { totalCount }
      }
    }
  }
`);

const BORRELL = 'Josep Borrell';
const TOKAYEV = 'Kassym-Jomart Tokayev';

describe('lists (real Neo4j, HTTP)', () => {
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

  it('pages a relationship list in the database the same as in full: forward by cursors, backward, and a count alone', async () => {
    // The person with the most statements.
    const counts = (await execute(seed.server.url, StatementCountsQuery, { by: 'SPEAKER', filter: {} })).data!.statementCounts;
    const { id } = counts.find((group) => group.speaker?.type === 'Person')!.speaker!;
    const page = async (variables: { first?: number; after?: string | null; last?: number; before?: string | null }) => {
      const result = await execute(seed.server.url, SpeakerPageQuery, { id, ...variables });
      expect(result.errors).toBeUndefined();
      return (result.data!.node as { statements: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null; startCursor?: string | null }; edges: { cursor: string; node: { id: string } }[] }; counted: { totalCount: number } });
    };
    const whole = (await page({ first: 100 })).statements;
    expect(whole.totalCount).toBeGreaterThanOrEqual(5); // several pages of two
    expect(whole.edges).toHaveLength(whole.totalCount);
    const walked: string[] = [];
    let after: string | null | undefined = null;
    for (let pages = 0; pages < 50; pages++) {
      const { statements, counted } = await page({ first: 2, after });
      expect(statements.totalCount).toBe(whole.totalCount);
      expect(counted.totalCount).toBe(whole.totalCount);
      walked.push(...statements.edges.map((edge) => edge.node.id));
      expect(statements.pageInfo.hasPreviousPage).toBe(pages > 0);
      if (!statements.pageInfo.hasNextPage) break;
      after = statements.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole.edges.map((edge) => edge.node.id));
    const tail = (await page({ last: 2 })).statements;
    expect(tail.edges.map((edge) => edge.node.id)).toEqual(walked.slice(-2));
    const beforeThird = (await page({ last: 2, before: whole.edges[2]!.cursor })).statements;
    expect(beforeThird.edges.map((edge) => edge.node.id)).toEqual(walked.slice(0, 2));
  });

  it('refuses too many alternatives with a code', async () => {
    const result = await execute(seed.server.url, StatementListQuery, { filter: { OR: Array.from({ length: 11 }, () => ({ speaker: BORRELL })) } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('orders events by start either way, and counts them per type and month', async () => {
    const latest = (await execute(seed.server.url, EventListQuery, { orderBy: 'START_DESC' })).data!.events;
    const earliest = (await execute(seed.server.url, EventListQuery, { orderBy: 'START_ASC' })).data!.events;
    const starts = (list: typeof latest) => list.edges.map((edge) => edge.node.start).filter(Boolean) as string[];
    expect(starts(latest).length).toBeGreaterThan(3);
    expect(starts(latest)).toEqual([...starts(latest)].sort().reverse());
    expect(starts(earliest)).toEqual([...starts(earliest)].sort());
    const perType = (await execute(seed.server.url, EventCountsQuery, { by: 'TYPE' })).data!.eventCounts;
    expect(perType.reduce((sum, group) => sum + group.count, 0)).toBe(latest.totalCount);
    const protests = perType.find((group) => group.key === 'protest');
    const listed = (await execute(seed.server.url, EventListQuery, { filter: { type: 'protest' } })).data!.events.totalCount;
    expect(protests?.count ?? 0).toBe(listed);
    const january = (await execute(seed.server.url, EventCountsQuery, { by: 'MONTH', filter: { place: 'Kazakhstan', period: { month: '2022-01' } } })).data!.eventCounts;
    expect(january.length).toBeGreaterThan(0);
    expect(january.every((group) => group.key === null || group.key <= '2022-01')).toBe(true);
  });

  it('takes lists of event types, places and participants as "one of these"', async () => {
    const total = async (filter: EventListQueryQueryVariables['filter']) => {
      const result = await execute(seed.server.url, EventListQuery, { filter });
      expect(result.errors).toBeUndefined();
      return result.data!.events.totalCount;
    };
    const perType = (await execute(seed.server.url, EventCountsQuery, { by: 'TYPE' })).data!.eventCounts.filter((group) => group.key);
    expect(perType.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [perType[0]!, perType[1]!];
    expect(await total({ types: [a.key!, b.key!] })).toBe(a.count + b.count);
    // The single value joins its list: one of them.
    expect(await total({ type: a.key!, types: [b.key!] })).toBe(a.count + b.count);
    expect(await total({ types: [] })).toBe(0);
    const [almaty, aktau, both] = [await total({ place: 'Almaty' }), await total({ place: 'Aktau' }), await total({ places: ['Almaty', 'Aktau'] })];
    expect(almaty).toBeGreaterThan(0);
    expect(both).toBeGreaterThanOrEqual(Math.max(almaty, aktau));
    expect(both).toBeLessThanOrEqual(almaty + aktau);
    expect(await total({ participants: [TOKAYEV, BORRELL] })).toBeGreaterThanOrEqual(await total({ participant: TOKAYEV }));
    const tooMany = await execute(seed.server.url, EventListQuery, { filter: { types: Array.from({ length: 51 }, (_, i) => `type${i}`) } });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists entities of several types, by name or by statements', async () => {
    const people = (await execute(seed.server.url, EntityListQuery, { types: ['Person'] })).data!.entities;
    const bodies = (await execute(seed.server.url, EntityListQuery, { types: ['Institution'] })).data!.entities;
    const both = (await execute(seed.server.url, EntityListQuery, { types: ['Person', 'Institution'], orderBy: 'NAME_ASC' })).data!.entities;
    expect(both.totalCount).toBe(people.totalCount + bodies.totalCount);
    expect(new Set(both.edges.map((edge) => edge.node.type))).toEqual(new Set(['Person', 'Institution']));
    const names = both.edges.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const talkers = (await execute(seed.server.url, EntityListQuery, { orderBy: 'STATEMENTS_DESC' })).data!.entities.edges.map((edge) => edge.node.name);
    const counts = (await execute(seed.server.url, StatementCountsQuery, { by: 'SPEAKER' })).data!.statementCounts;
    // Ties may fall either way: the first named has the most statements.
    expect(counts.find((group) => group.speaker?.name === talkers[0])?.count).toBe(counts[0]!.count);
  });
});
