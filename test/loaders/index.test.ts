// A request's loaders are made when first asked for: one loader per kind for the whole request (so that the
// parents of a query level share one batch), and nothing shared between requests. Real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoaders } from '../../loaders';
import type { Graph } from '../../src/graph/driver';
import { FULL } from '../../src/graph/projections';
import { openEmptyGraph } from '../support/graph';

describe('the loaders of a request', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openEmptyGraph();
    await graph.write("CREATE (:Entity:Person {id: 'person:a', name: 'A', type: 'Person'}), (:Entity:Person {id: 'person:b', name: 'B', type: 'Person'})");
  });
  afterAll(() => graph.close());

  it('give the same loader each time within a request, and another one to the next request', () => {
    const first = createLoaders(graph, () => FULL);
    expect(first.entityById).toBe(first.entityById);
    expect(first.statementsBySpeakerId).toBe(first.statementsBySpeakerId);
    expect(first.entityById).not.toBe(first.eventById);
    expect(createLoaders(graph, () => FULL).entityById).not.toBe(first.entityById);
  });

  it('batch what one request asks for at once into one query, and cache nothing for the next', async () => {
    const loaders = createLoaders(graph, () => FULL);
    const before = graph.roundTrips;
    const [a, b, missing] = await Promise.all([loaders.entityById.load('person:a'), loaders.entityById.load('person:b'), loaders.entityById.load('person:none')]);
    expect([a?.name, b?.name, missing]).toEqual(['A', 'B', null]);
    expect(graph.roundTrips - before).toBe(1);
    await createLoaders(graph, () => FULL).entityById.load('person:a');
    expect(graph.roundTrips - before).toBe(2);
  });
});
