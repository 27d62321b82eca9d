// Relationship fields resolve through DataLoaders: a query over 1 parent and over 50 parents makes the same
// number of database round trips (one per key kind per level), never one per parent row.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { execute } from '../support/http';
import { useSeedServer } from '../support/seed-server';

const DeepEntitiesQuery = graphql(`
  query DeepEntitiesQuery($first: Int!) {
    entities(first: $first) {
      edges {
        node {
          name
          mentions(first: 2) { totalCount edges { node { article { title } evidence { sentence } } } }
          events(first: 2) { edges { node { label places { name } partOf { event { label } } participantsWithEvidence { participant { name } } statements(first: 2) { edges { node { quote speaker { name } about { __typename } } } } } } }
          coMentioned(first: 2) { edges { node { articles entity { name } } } }
        }
      }
    }
  }
`);

const EventsOfMonthQuery = graphql(`
  query EventsOfMonthQuery {
    events(first: 20, filter: { period: { month: "2022-01" } }) {
      edges { node { id label start places { name } participants { name } reports { article { title } } } }
    }
  }
`);

// The same lists through each event's own loaders (nodes by id), to check what the page brought along.
const EventsByIdQuery = graphql(`
  query EventsByIdQuery($ids: [ID!]!) {
    nodes(ids: $ids) { ... on Event { id label start places { name } participants { name } reports { article { title } } } }
  }
`);

const EventsWithFragmentQuery = graphql(`
  query EventsWithFragmentQuery {
    events(first: 20) { edges { ...EventWhereWho } }
  }
  fragment EventWhereWho on EventEdge { node { ... on Event { placesWithEvidence { place { name } } participantsWithEvidence { participant { name } } } } }
`);

// People and institutions with the lists of their card: through `entities` (the lists come with the page), and
// as the speakers of statements (each list through its own loader).
const SpeakersQuery = graphql(`
  query SpeakersQuery {
    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {
      edges { node { id ...SpeakerCard } }
    }
  }
  fragment SpeakerCard on Entity {
    name
    ... on Person { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }
    ... on Institution { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }
    events(first: 2) { totalCount edges { node { label start } } }
  }
`);
// A page of speakers with their statement counts alone (no events).
const SpeakerStatementCountsQuery = graphql(`
  query SpeakerStatementCountsQuery {
    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {
      edges { node { id name ... on Person { statements { totalCount } } ... on Institution { statements { totalCount } } } }
    }
  }
`);
const SpeakersOfStatementsQuery = graphql(`
  query SpeakersOfStatementsQuery {
    statements(first: 40) { edges { node { speaker { id ...SpeakerCard } } } }
  }
`);

// The same cards by global id: entities and their lists in one read.
const SpeakerCardsByIdQuery = graphql(`
  query SpeakerCardsByIdQuery($ids: [ID!]!) {
    nodes(ids: $ids) { ...SpeakerCard }
  }
`);

// One person, one list asked twice with different pages, and a count alone.
const PersonPagesQuery = graphql(`
  query PersonPagesQuery($id: ID!) {
    node(id: $id) {
      ... on Person {
        few: statements(first: 1) { pageInfo { hasNextPage } edges { node { quote } } }
        more: statements(first: 4) { edges { node { quote } } }
        events { totalCount }
      }
    }
  }
`);

// Counts alone, as a client showing speakers' statement counts asks them.
const SpeakerCountsQuery = graphql(`
  query SpeakerCountsQuery($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Person { statements { totalCount } events { totalCount } }
      ... on Institution { statements { totalCount } events { totalCount } }
    }
  }
`);

const CommentatorsByNameQuery = graphql(`
  query CommentatorsByNameQuery($place: String!) {
    commentators(filter: { period: { month: "2022-01" }, place: $place }) { speaker { name } statements { quote evidence { sentence article { title } } } }
  }
`);

describe('database round trips per request', () => {
  const seed = useSeedServer();

  async function roundTrips(first: number): Promise<{ trips: number; parents: number }> {
    const before = seed.graph.roundTrips;
    const { data, errors } = await execute(seed.server.url, DeepEntitiesQuery, { first });
    expect(errors).toBeUndefined();
    return { trips: seed.graph.roundTrips - before, parents: data!.entities.edges.length };
  }

  it('is the same for 1 parent and for 50', async () => {
    const one = await roundTrips(1);
    const fifty = await roundTrips(50);
    expect(one.parents).toBe(1);
    expect(fifty.parents).toBe(50);
    expect(fifty.trips).toBe(one.trips);
    // One per key kind per level (the fields asked are the same for every kind of entity): far below one per row.
    expect(fifty.trips).toBeLessThan(20);
  });

  it('brings the places, participants and reports (with their articles) of a page of events along with it: one round trip', async () => {
    const before = seed.graph.roundTrips;
    const { data, errors } = await execute(seed.server.url, EventsOfMonthQuery);
    expect(errors).toBeUndefined();
    expect(seed.graph.roundTrips - before).toBe(1);
    const events = data!.events.edges.map((edge) => edge.node);
    expect(events.length).toBeGreaterThan(3);
    expect(events.some((event) => event.places.length > 0)).toBe(true);
    expect(events.some((event) => event.participants.length > 0)).toBe(true);
    expect(events.every((event) => event.reports.length > 0)).toBe(true);
    const byId = await execute(seed.server.url, EventsByIdQuery, { ids: events.map((event) => event.id) });
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.nodes).toEqual(events);
  });

  it('sees the places and participants asked for through fragments too (one round trip)', async () => {
    const before = seed.graph.roundTrips;
    const { data, errors } = await execute(seed.server.url, EventsWithFragmentQuery);
    expect(errors).toBeUndefined();
    expect(seed.graph.roundTrips - before).toBe(1);
    expect(data!.events.edges.some((edge) => edge.node.placesWithEvidence.length > 0)).toBe(true);
  });

  it('reads entities with their statements and events in one round trip, by id or a page of them, as their own loaders give them', async () => {
    let before = seed.graph.roundTrips;
    const listed = await execute(seed.server.url, SpeakersQuery);
    expect(listed.errors).toBeUndefined();
    expect(seed.graph.roundTrips - before).toBe(1);
    const cards = listed.data!.entities.edges.map(({ node: { id, ...card } }) => ({ id, card }));
    expect(cards.some(({ card }) => 'statements' in card && card.statements!.totalCount > 3)).toBe(true);
    before = seed.graph.roundTrips;
    const byId = await execute(seed.server.url, SpeakerCardsByIdQuery, { ids: cards.map(({ id }) => id) });
    expect(byId.errors).toBeUndefined();
    expect(seed.graph.roundTrips - before).toBe(1);
    expect(byId.data!.nodes).toEqual(cards.map(({ card }) => card));
    // The same cards with each list read by its loader (speakers of statements: not read along with a page).
    const speakers = await execute(seed.server.url, SpeakersOfStatementsQuery);
    expect(speakers.errors).toBeUndefined();
    const viaLoaders = new Map<string, unknown>();
    for (const { node } of speakers.data!.statements.edges) {
      if (!node.speaker) continue;
      const { id, ...card } = node.speaker;
      viaLoaders.set(id, card);
    }
    expect(viaLoaders.size).toBeGreaterThan(3);
    for (const { id, card } of cards) if (viaLoaders.has(id)) expect(viaLoaders.get(id)).toEqual(card);
  });

  it('reads statement counts alone with a page of entities, in its order, agreeing with the cards', async () => {
    const cards = (await execute(seed.server.url, SpeakersQuery)).data!.entities.edges.map(({ node }) => node);
    const before = seed.graph.roundTrips;
    const counted = await execute(seed.server.url, SpeakerStatementCountsQuery);
    expect(counted.errors).toBeUndefined();
    expect(seed.graph.roundTrips - before).toBe(1);
    const statementCount = (node: object) => ('statements' in node ? (node.statements as { totalCount: number }).totalCount : null);
    const rows = counted.data!.entities.edges.map(({ node }) => ({ id: node.id, name: node.name, statements: statementCount(node) }));
    expect(rows).toEqual(cards.map((card) => ({ id: card.id, name: card.name, statements: statementCount(card) })));
    expect(rows.some((row) => (row.statements ?? 0) > 3)).toBe(true);
  });

  it('serves a list asked twice with different pages, and a count alone, from the one read', async () => {
    const listed = await execute(seed.server.url, SpeakersQuery);
    const top = listed.data!.entities.edges.find(({ node }) => 'statements' in node && node.statements!.totalCount >= 4)!.node;
    const before = seed.graph.roundTrips;
    const { data, errors } = await execute(seed.server.url, PersonPagesQuery, { id: top.id });
    expect(errors).toBeUndefined();
    expect(seed.graph.roundTrips - before).toBe(1);
    const person = data!.node as { few: { pageInfo: { hasNextPage: boolean }; edges: { node: { quote: string } }[] }; more: { edges: { node: { quote: string } }[] }; events: { totalCount: number } };
    const quotes = 'statements' in top ? top.statements!.edges.map((edge) => edge.node.quote) : [];
    expect(person.few.edges.map((edge) => edge.node.quote)).toEqual(quotes.slice(0, 1));
    expect(person.few.pageInfo.hasNextPage).toBe(true);
    expect(person.more.edges.map((edge) => edge.node.quote).slice(0, 3)).toEqual(quotes);
    expect(person.more.edges).toHaveLength(4);
    expect(person.events.totalCount).toBe(top.events.totalCount);
  });

  it('counts statements and events alone in one round trip, the same totals as the pages give', async () => {
    const listed = await execute(seed.server.url, SpeakersQuery);
    const speakers = listed.data!.entities.edges.map(({ node }) => node).filter((node) => 'statements' in node);
    expect(speakers.some((node) => node.statements!.totalCount > 3)).toBe(true);
    const before = seed.graph.roundTrips;
    const { data, errors } = await execute(seed.server.url, SpeakerCountsQuery, { ids: speakers.map((node) => node.id) });
    expect(errors).toBeUndefined();
    expect(seed.graph.roundTrips - before).toBe(1);
    const counts = data!.nodes.map((node) => node && 'statements' in node ? { statements: node.statements.totalCount, events: node.events.totalCount } : null);
    expect(counts).toEqual(speakers.map((node) => ({ statements: node.statements!.totalCount, events: node.events.totalCount })));
  });

  it('asks the canonical question, its place given by name, in one round trip; an unknown name is still named in the error', async () => {
    const before = seed.graph.roundTrips;
    const { data, errors } = await execute(seed.server.url, CommentatorsByNameQuery, { place: 'Kazakhstan' });
    expect(errors).toBeUndefined();
    expect(seed.graph.roundTrips - before).toBe(1);
    expect(data!.commentators.length).toBeGreaterThan(3);
    expect(data!.commentators.every((c) => c.statements.every((s) => s.evidence.article?.title))).toBe(true);
    const unknown = await execute(seed.server.url, CommentatorsByNameQuery, { place: 'Atlantis Nowhere' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toMatch(/"Atlantis Nowhere"/);
  });
});
