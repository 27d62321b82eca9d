// A test file's own empty graph, and servers over it with the options each test needs; all torn down after.
import { afterAll, beforeAll } from 'vitest';
import type { Graph } from '../../src/graph/driver';
import { createGraphQLApp, listen, type RunningServer, type ServerOptions } from '../../src/server';
import { openEmptyGraph } from './graph';

export interface Servers {
  graph: Graph;
  /** A server over the graph (page size 50, depth 12 unless `options` say otherwise); resolves with its URL. */
  serve(options?: Partial<ServerOptions>): Promise<string>;
  /** How many articles the graph holds. */
  articles(): Promise<number>;
}

/** Registers the hooks; use `.graph`, `.serve()` and `.articles()` inside tests. */
export function useServers(): Servers {
  const running: RunningServer[] = [];
  const handle: Servers = {
    graph: undefined as unknown as Graph,
    async serve(options = {}) {
      const server = await listen(createGraphQLApp(handle.graph, { maxPageSize: 50, maxDepth: 12, ...options }), '127.0.0.1', 0);
      running.push(server);
      return server.url;
    },
    articles: async () => (await handle.graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n,
  };
  beforeAll(async () => {
    handle.graph = await openEmptyGraph();
  });
  afterAll(async () => {
    for (const server of running) await server.close();
    await handle.graph?.close();
  });
  return handle;
}
