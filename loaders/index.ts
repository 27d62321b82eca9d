// DataLoaders, created anew for every request so nothing is cached across requests. Each batches all the
// parents of one query level into one parameterised Cypher query, returning the properties the request's
// projection names (read when a batch runs: the request's document is known by then).
import DataLoader from 'dataloader';
import type { Graph } from '../src/graph/driver';
import type { Projection } from '../src/graph/projections';
import {
  findCoMentionedByEntityIds,
  findCountriesByPlaceIds,
  findEntitiesByIds,
  findEventsByEntityIds,
  findMentionsByEntityIds,
  findPlacesByCountryIds,
  findPositionsByPersonIds,
  findStatementsBySpeakerIds,
} from '../src/graph/entity-repository';
import {
  findArticlesByEventIds,
  findEventsByIds,
  findFramesByEventIds,
  findParticipantsByEventIds,
  findPlacesByEventIds,
  findStatementsByEventIds,
  findSubEventsByEventIds,
} from '../src/graph/event-repository';
import { findAboutByStatementIds, findCommentatorsByEventIds, findStatementsByIds } from '../src/graph/statement-repository';
import { findArticlesByIds, findArticleTextsByIds } from '../src/graph/article-repository';
import { byKey } from './by-key';
import { mapLoader, pageLoader } from './page-loader';

/** What every loader reads with: the graph, and the request's projection (known once its document is). */
interface Source {
  graph: Graph;
  projection: () => Projection;
}

const byIds = <T extends { id: string }>(find: (graph: Graph, ids: readonly string[], projection: Projection) => Promise<T[]>) => (s: Source) =>
  new DataLoader<string, T | null>(async (ids) => byKey(ids, await find(s.graph, ids, s.projection()), (row) => row.id));
const pages = <T>(find: (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) => Promise<Map<string, { items: T[]; total: number }>>) => (s: Source) =>
  pageLoader<T>((ids, prefix) => find(s.graph, ids, prefix, s.projection()));

const MAKE = {
  articleById: byIds(findArticlesByIds),
  articleTextById: (s: Source) => mapLoader((ids) => findArticleTextsByIds(s.graph, ids)),
  entityById: byIds(findEntitiesByIds),
  eventById: byIds(findEventsByIds),
  statementById: byIds(findStatementsByIds),
  statementsBySpeakerId: pages(findStatementsBySpeakerIds),
  eventsByEntityId: pages(findEventsByEntityIds),
  mentionsByEntityId: pages(findMentionsByEntityIds),
  coMentionedByEntityId: pages(findCoMentionedByEntityIds),
  placesByCountryId: pages(findPlacesByCountryIds),
  positionsByPersonId: pages(findPositionsByPersonIds),
  countryByPlaceId: (s: Source) => mapLoader((ids) => findCountriesByPlaceIds(s.graph, ids, s.projection())),
  placesByEventId: pages(findPlacesByEventIds),
  participantsByEventId: pages(findParticipantsByEventIds),
  statementsByEventId: pages(findStatementsByEventIds),
  articlesByEventId: pages(findArticlesByEventIds),
  subEventsByEventId: pages(findSubEventsByEventIds),
  frameByEventId: (s: Source) => mapLoader((ids) => findFramesByEventIds(s.graph, ids, s.projection())),
  commentatorsByEventId: pages(findCommentatorsByEventIds),
  aboutByStatementId: pages(findAboutByStatementIds),
};

export type Loaders = { readonly [K in keyof typeof MAKE]: ReturnType<(typeof MAKE)[K]> };

// A request uses few of the loaders (most questions one or two): each is made when first asked for, by a
// getter on the prototype that then keeps it on the request's own object.
class RequestLoaders implements Source {
  constructor(
    readonly graph: Graph,
    readonly projection: () => Projection,
  ) {}
}
for (const [name, make] of Object.entries(MAKE) as [keyof Loaders, (s: Source) => unknown][]) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      const loader = make(this);
      Object.defineProperty(this, name, { value: loader });
      return loader;
    },
  });
}

export const createLoaders = (graph: Graph, projection: () => Projection): Loaders => new RequestLoaders(graph, projection) as unknown as Loaders;
