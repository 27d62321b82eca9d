// The HTTP server: graphql-yoga over the Pothos schema, with GraphiQL, limits and masked errors.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga } from 'graphql-yoga';
import { useCheckedVariables } from './checked-variables';
import { createContext, type Limits } from './context';
import type { Graph } from './graph/driver';
import { schema } from './schema';

export interface ServerLimits extends Limits {
  maxDepth: number;
  /** Largest query cost accepted (GraphQL Armor’s estimate, which grows fast with nesting); default 250,000. */
  maxCost?: number;
  /** How long identical queries are answered from memory; 0 turns the response cache off. */
  cacheTtlMs?: number;
}

const EXAMPLE_QUERY = `# Articles of January 2022, newest first
query JanuaryArticles {
  articles(first: 10, period: { month: "2022-01" }) {
    totalCount
    edges { node { id title date author } }
  }
}
`;

/**
 * The response cache, with a generation in every key: a change to the graph (a new article can change any
 * list or count) moves to the next generation, so no earlier answer is found again; old entries age out.
 */
function generationalCache(): { cache: Cache; forget: () => void } {
  const inner = createInMemoryCache();
  let generation = 0;
  const cache: Cache = {
    get: (key) => inner.get(`${generation}:${key}`),
    set: (key, ...rest) => inner.set(`${generation}:${key}`, ...rest),
    invalidate: (entities) => inner.invalidate(entities),
  };
  return { cache, forget: () => void (generation += 1) };
}

export function createGraphQLApp(graph: Graph, limits: ServerLimits) {
  const { cache, forget: forgetAnswers } = generationalCache();
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    context: () => ({ ...createContext(graph, { maxPageSize: limits.maxPageSize }), forgetAnswers }),
    graphiql: { title: 'newsgraph', defaultQuery: EXAMPLE_QUERY },
    // Internal errors (driver messages, stack traces) never reach clients; GraphQLErrors do.
    maskedErrors: true,
    landingPage: false,
    plugins: [
      maxDepthPlugin({ n: limits.maxDepth, exposeLimits: true }),
      maxAliasesPlugin({ n: 30, exposeLimits: true }),
      costLimitPlugin({ maxCost: limits.maxCost ?? 250_000, exposeLimits: true }),
      useCheckedVariables(),
      useGraphQlJit(),
      // Analysts repeat questions; answers are shared by all clients (no per-user data) for a short time, and
      // mutations drop every answer. Articles ingested from files (another process) show once the TTL has passed.
      ...(limits.cacheTtlMs ? [useResponseCache({ session: () => null, ttl: limits.cacheTtlMs, cache, invalidateViaMutation: false })] : []),
    ],
  });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the app on host:port (port 0 picks a free one) and resolves once it listens. */
export function listen(app: ReturnType<typeof createGraphQLApp>, host: string, port: number): Promise<RunningServer> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}/graphql`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
