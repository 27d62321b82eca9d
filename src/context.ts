// The per-request GraphQL context: the graph, fresh loaders, and the limits resolvers enforce.
import { createLoaders, type Loaders } from '../loaders';
import type { Graph } from './graph/driver';
import { FULL, type Projection } from './graph/projections';
import type { LiveUpdates } from './http/live-updates';
import type { Extract } from './ingest';

export interface Limits {
  maxPageSize: number;
  /** Most words a search may have (each is a Lucene term). */
  maxSearchTerms: number;
}

export interface Context {
  graph: Graph;
  loaders: Loaders;
  limits: Limits;
  /** How `ingestArticle` extracts: in a worker pool when the server has one, else in this thread. */
  extract?: Extract;
  /** Drops cached answers after the graph changed (a no-op without a response cache). */
  forgetAnswers: () => void | Promise<void>;
  /** New articles and statements, for subscriptions (none without a server). */
  live?: LiveUpdates;
  /**
   * The properties of each kind of record this request's question asks for, set once its document is known
   * (every property until then). An object of its own, since the server copies the context.
   */
  asked: { projection: Projection };
}

export function createContext(graph: Graph, limits: Limits): Context {
  const asked = { projection: FULL };
  return { graph, loaders: createLoaders(graph, () => asked.projection), limits, forgetAnswers: () => {}, asked };
}
