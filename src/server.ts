// The HTTP server: graphql-yoga over the Pothos schema, with GraphiQL, access control, limits and masked errors.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga } from 'graphql-yoga';
import { useCheckedVariables } from './checked-variables';
import { createContext, type Limits } from './context';
import type { Graph } from './graph/driver';
import type { ExtractionPool } from './ingest/extraction-pool';
import type { SourceArticle } from './sources/article';
import { useStopAbandonedRequests } from './http/abandoned-requests';
import { createAccessControl, type AccessSettings } from './http/access';
import { useAccessControl } from './http/access-plugin';
import { useArgumentLimits } from './http/argument-limits';
import { useCoalescedQueries } from './http/coalesced-queries';
import { serverLogger } from './http/server-log';
import { databaseErrorMasker } from './http/database-errors';
import { graphiqlRenderer } from './http/graphiql-page';
import { useOnlyKnownOperationKinds } from './http/operation-kinds';
import { useQuestionProjection } from './http/question-projection';
import { useExportRoute } from './http/export-route';
import { useExplorePage } from './http/explore-page';
import { createLiveUpdates } from './http/live-updates';
import { useReadiness } from './http/readiness';
import { DEFAULT_REQUEST_LIMITS } from './http/request-limits';
import { useRequestGuard } from './http/request-guard';
import { schema } from './schema';

export interface ServerLimits extends Omit<Limits, 'maxSearchTerms'> {
  maxDepth: number;
  /** Largest query cost accepted (GraphQL Armor’s estimate, which grows fast with nesting); default 250,000. */
  maxCost?: number;
  /** How long identical queries are answered from memory; 0 turns the response cache off. */
  cacheTtlMs?: number;
  /** Identical questions in flight at the same moment answered once (default); false runs each on its own. */
  coalesceQueries?: boolean;
  /** Most words a search may have (defaults: DEFAULT_REQUEST_LIMITS). */
  maxSearchTerms?: number;
  /** Largest request body. */
  maxBodyBytes?: number;
  /** Longest string a question may send. */
  maxArgumentLength?: number;
  /** Most tokens a document may have. */
  maxTokens?: number;
}

export interface ServerOptions extends ServerLimits {
  /** Who may read and write; by default reads are open and mutations are off. */
  access?: AccessSettings;
  /** Web origins allowed to call the API from a browser; none by default. */
  corsOrigins?: readonly string[];
  /** Where `ingestArticle` extracts: a worker pool, so that no article holds up other requests; else in-process. */
  extraction?: ExtractionPool;
  /** Subscriptions: how often the ingest log is read while someone listens (default 1 s), and how many may listen (200). */
  live?: { pollMs?: number; maxSubscribers?: number };
}

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

export function createGraphQLApp(graph: Graph, options: ServerOptions) {
  const { cache, forget: forgetAnswers } = generationalCache();
  const access = createAccessControl(options.access ?? { writeKeys: [], readKeys: [] });
  const limits: Limits = { maxPageSize: options.maxPageSize, maxSearchTerms: options.maxSearchTerms ?? DEFAULT_REQUEST_LIMITS.maxSearchTerms };
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const { extraction } = options;
  // Writes may take up to their time limit between stamping an article and committing it: polls look back that far.
  const live = createLiveUpdates(graph, { pollMs: options.live?.pollMs ?? 1_000, maxSubscribers: options.live?.maxSubscribers ?? 200, overlapMs: graph.timeouts.writeMs });
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    context: () => ({ ...createContext(graph, limits), forgetAnswers, live, ...(extraction ? { extract: (articles: SourceArticle[]) => extraction.extract(articles) } : {}) }),
    graphiql: { title: 'newsgraph GraphiQL' },
    renderGraphiQL: graphiqlRenderer(),
    // Internal errors (driver messages, stack traces) never reach clients; GraphQLErrors and the database's
    // time limits and outages (with their codes) do.
    maskedErrors: { maskError: databaseErrorMasker(graph.timeouts) },
    logging: serverLogger(),
    landingPage: false,
    // No other web page may call the API unless its origin is allowed, and then without cookies.
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin && corsOrigins.has(origin)
        ? { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'x-graphql-yoga-csrf'], maxAge: 600 }
        : false;
    },
    // Forms and file uploads are no way to send a question: a page could send them without asking.
    multipart: false,
    // The request guard below bounds every POST body by its stated Content-Length (Node's parser reads no
    // further) and refuses a body without one, so yoga's own limit, which pipes every body through a stream
    // transform to count its bytes, is left off: it cost about 0.15 ms of a request's CPU.
    maxRequestBodySize: false,
    plugins: [
      useStopAbandonedRequests(),
      useReadiness(graph),
      useExportRoute(graph, access),
      useExplorePage(),
      useRequestGuard({ maxBodyBytes: options.maxBodyBytes ?? DEFAULT_REQUEST_LIMITS.maxBodyBytes }),
      // A GET (queries only; yoga refuses mutations over GET) must carry a header no plain link or form sends.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization'] }),
      useAccessControl(access),
      useOnlyKnownOperationKinds(),
      // Before depth is counted: a document of tens of thousands of nested fields would overflow the parser's stack.
      maxTokensPlugin({ n: options.maxTokens ?? DEFAULT_REQUEST_LIMITS.maxTokens, exposeLimits: true }),
      maxDepthPlugin({ n: options.maxDepth, exposeLimits: true }),
      // Aliases of __typename count too (the plugin lets them through by default: a way round the limit).
      maxAliasesPlugin({ n: 30, allowList: [], exposeLimits: true }),
      costLimitPlugin({ maxCost: options.maxCost ?? 250_000, exposeLimits: true }),
      useCheckedVariables(),
      useArgumentLimits({ maxLength: options.maxArgumentLength ?? DEFAULT_REQUEST_LIMITS.maxArgumentLength }),
      useGraphQlJit(),
      useQuestionProjection(),
      // Before the cache, so that a question waiting for another's answer never reaches it.
      ...(options.coalesceQueries === false ? [] : [useCoalescedQueries()]),
      // Analysts repeat questions; answers are shared by all clients (no per-user data) for a short time, and
      // mutations drop every answer. Articles ingested from files (another process) show once the TTL has passed.
      ...(options.cacheTtlMs ? [useResponseCache({ session: () => null, ttl: options.cacheTtlMs, cache, invalidateViaMutation: false })] : []),
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
