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
});
