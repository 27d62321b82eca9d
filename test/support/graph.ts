// The test run's Neo4j, emptied for the calling test file.
import { inject } from 'vitest';
import { connectGraph, type Graph, type GraphTimeouts } from '../../src/graph/driver';
import { setupGraphSchema } from '../../src/graph/schema-setup';

export const testNeo4jUri = () => inject('neo4jUri');

/** Connects to the test database (with other time limits if given). */
export const connectTestGraph = (timeouts?: Partial<GraphTimeouts>): Promise<Graph> =>
  connectGraph({
    uri: testNeo4jUri(),
    user: process.env.NEO4J_TEST_USER ?? 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD ?? '',
    database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    ...(timeouts ? { timeouts } : {}),
  });

/** Connects to the test database, sets up the schema and deletes every node. */
export async function openEmptyGraph(): Promise<Graph> {
  const graph = await connectTestGraph();
  await setupGraphSchema(graph);
  await graph.write('MATCH (n) DETACH DELETE n');
  return graph;
}
