// A test file's own graph with the seed ingested, served over real HTTP; torn down after the file.
import { afterAll, beforeAll } from 'vitest';
import type { Graph } from '../../src/graph/driver';
import { ingestPaths } from '../../src/ingest';
import { createGraphQLApp, listen, type RunningServer, type ServerOptions } from '../../src/server';
import { openEmptyGraph } from './graph';
import { TEST_WRITE_KEY } from './http';
import { SEED_FILE } from './seed';

export interface SeedServer {
  graph: Graph;
  server: RunningServer;
}

/** Registers the hooks; read `.graph` and `.server` inside tests. Mutations take TEST_WRITE_KEY. */
export function useSeedServer(options: ServerOptions = { maxPageSize: 100, maxDepth: 12 }): SeedServer {
  const handle = {} as SeedServer;
  beforeAll(async () => {
    handle.graph = await openEmptyGraph();
    await ingestPaths(handle.graph, [SEED_FILE]);
    handle.server = await listen(createGraphQLApp(handle.graph, { access: { writeKeys: [TEST_WRITE_KEY], readKeys: [] }, ...options }), '127.0.0.1', 0);
  });
  afterAll(async () => {
    await handle.server?.close();
    await handle.graph?.close();
  });
  return handle;
}
