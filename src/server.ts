// The HTTP server: graphql-yoga over the Pothos schema, with GraphiQL, limits and masked errors.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { createYoga } from 'graphql-yoga';
import { createContext, type Limits } from './context';
import type { Graph } from './graph/driver';
import { schema } from './schema';

export interface ServerLimits extends Limits {
  maxDepth: number;
}

const EXAMPLE_QUERY = `# Articles of January 2022, newest first
query JanuaryArticles {
  articles(first: 10, period: { month: "2022-01" }) {
    totalCount
    edges { node { id title date author } }
  }
}
`;

export function createGraphQLApp(graph: Graph, limits: ServerLimits) {
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    context: () => createContext(graph, { maxPageSize: limits.maxPageSize }),
    graphiql: { title: 'newsgraph', defaultQuery: EXAMPLE_QUERY },
    // Internal errors (driver messages, stack traces) never reach clients; GraphQLErrors do.
    maskedErrors: true,
    landingPage: false,
    plugins: [maxDepthPlugin({ n: limits.maxDepth, exposeLimits: true }), maxAliasesPlugin({ n: 30, exposeLimits: true })],
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
