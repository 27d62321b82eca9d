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

export function createLoaders(graph: Graph, projection: () => Projection) {
  const byIds = <T extends { id: string }>(find: (graph: Graph, ids: readonly string[], projection: Projection) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => byKey(ids, await find(graph, ids, projection()), (row) => row.id));
  const pages = <T>(find: (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) => Promise<Map<string, { items: T[]; total: number }>>) =>
    pageLoader<T>((ids, prefix) => find(graph, ids, prefix, projection()));
  return {
    articleById: byIds(findArticlesByIds),
    articleTextById: mapLoader((ids) => findArticleTextsByIds(graph, ids)),
    entityById: byIds(findEntitiesByIds),
    eventById: byIds(findEventsByIds),
    statementById: byIds(findStatementsByIds),
    statementsBySpeakerId: pages(findStatementsBySpeakerIds),
    eventsByEntityId: pages(findEventsByEntityIds),
    mentionsByEntityId: pages(findMentionsByEntityIds),
    coMentionedByEntityId: pages(findCoMentionedByEntityIds),
    placesByCountryId: pages(findPlacesByCountryIds),
    positionsByPersonId: pages(findPositionsByPersonIds),
    countryByPlaceId: mapLoader((ids) => findCountriesByPlaceIds(graph, ids, projection())),
    placesByEventId: pages(findPlacesByEventIds),
    participantsByEventId: pages(findParticipantsByEventIds),
    statementsByEventId: pages(findStatementsByEventIds),
    articlesByEventId: pages(findArticlesByEventIds),
    subEventsByEventId: pages(findSubEventsByEventIds),
    frameByEventId: mapLoader((ids) => findFramesByEventIds(graph, ids, projection())),
    commentatorsByEventId: pages(findCommentatorsByEventIds),
    aboutByStatementId: pages(findAboutByStatementIds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
