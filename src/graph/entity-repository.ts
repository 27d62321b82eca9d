// Entities: by ids, listed with filters, and the lists that hang off an entity (batched by parent ids).
import neo4j from 'neo4j-driver';
import type { Graph } from './driver';
import { ENTITY, EVENT, MAX_RELATED, PAGE_OF, STATEMENT } from './projections';
import { toLuceneQuery } from './article-repository';
import type { EntityRecord, EntityType, EventRecord, Page, StatementRecord } from './records';

// Entities with the given ids.
const FIND_ENTITIES_BY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${ENTITY('e')} AS entity`;

// Entities of the given types (or all), optionally matching words in their names and aliases, in one of the
// orders: most mentioned first, by name, or most statements first.
const OF_TYPES = '$types IS NULL OR e.type IN $types';
const ENTITY_SOURCE_ALL = `MATCH (e:Entity) WHERE ${OF_TYPES}`;
const ENTITY_SOURCE_WORDS = `CALL db.index.fulltext.queryNodes('entity_names', $words) YIELD node AS e WITH e WHERE ${OF_TYPES}`;
export type EntityOrder = 'MENTIONS_DESC' | 'NAME_ASC' | 'STATEMENTS_DESC';
const ENTITY_ORDERS: Record<EntityOrder, string> = {
  MENTIONS_DESC: 'WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS rank ORDER BY rank DESC, e.name, e.id',
  NAME_ASC: 'WITH e ORDER BY e.name, e.id',
  STATEMENTS_DESC: 'WITH e, COUNT { (:Statement)-[:SAID_BY]->(e) } AS rank ORDER BY rank DESC, e.name, e.id',
};
const listEntitiesQuery = (source: string, order: EntityOrder) => `${source}
${ENTITY_ORDERS[order]}
SKIP $offset LIMIT $limit
RETURN ${ENTITY('e')} AS entity`;
const countEntitiesQuery = (source: string) => `${source} RETURN count(e) AS total`;
const entityQueries = (source: string) => ({
  list: Object.fromEntries(Object.keys(ENTITY_ORDERS).map((order) => [order, listEntitiesQuery(source, order as EntityOrder)])) as Record<EntityOrder, string>,
  count: countEntitiesQuery(source),
});
const ENTITY_QUERIES = { all: entityQueries(ENTITY_SOURCE_ALL), words: entityQueries(ENTITY_SOURCE_WORDS) };

// For each entity: the statements it made, newest first.
const STATEMENTS_BY_SPEAKER_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (s:Statement)-[:SAID_BY]->(e)
WITH id, s ORDER BY s.date DESC, s.id
${PAGE_OF(STATEMENT('s'), ['s'])}`;

// For each entity: the events it took part in or that happened in it (or in places inside it), newest first.
const EVENTS_BY_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (ev:Event)-[:IN|INVOLVES]->(e) RETURN ev
  UNION
  MATCH (ev:Event)-[:IN]->(:Place)-[:IN]->(e) RETURN ev
}
WITH id, ev ORDER BY ev.start DESC, ev.id
${PAGE_OF(EVENT('ev'), ['ev'])}`;

// For each entity: the articles that mention it, with the mention spans (evidence), newest first.
const MENTIONS_BY_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[r:MENTIONED_IN]->(a:Article)
WITH id, r, a ORDER BY a.date DESC, a.id
${PAGE_OF('{ articleId: a.id, evidence: r.evidence }', ['a', 'r'])}`;

// For each entity: the entities named in the same articles, with how many articles they share.
const CO_MENTIONED_BY_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(other:Entity)
WHERE other <> e
WITH id, other, count(DISTINCT a) AS articles ORDER BY articles DESC, other.name
${PAGE_OF(`{ entity: ${ENTITY('other')}, articles: articles }`, ['other', 'articles'])}`;

// For each person: the titles they hold and where, with the spans that say so.
const POSITIONS_BY_PERSON_IDS = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[r:HOLDS_ROLE]->(h:Entity)
WITH id, r, h ORDER BY r.title
${PAGE_OF(`{ title: r.title, holder: ${ENTITY('h')}, evidence: r.evidence }`, ['h', 'r'])}`;

// For each country: the places that lie in it.
const PLACES_BY_COUNTRY_IDS = `
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (p:Place)-[:IN]->(c)
WITH id, p ORDER BY p.name
${PAGE_OF(ENTITY('p'), ['p'])}`;

// For each place: the country it lies in.
const COUNTRY_BY_PLACE_IDS = `
UNWIND $ids AS id
MATCH (p:Place {id: id})-[:IN]->(c:Country)
RETURN id, ${ENTITY('c')} AS entity`;

export interface EntityFilter {
  type?: EntityType | null;
  /** One of these types (with `type`, either). */
  types?: readonly EntityType[] | null;
  text?: string | null;
}

export async function findEntitiesByIds(graph: Graph, ids: readonly string[]): Promise<EntityRecord[]> {
  return (await graph.read<{ entity: EntityRecord }>(FIND_ENTITIES_BY_IDS, { ids })).map((row) => row.entity);
}

const entityParams = (filter: EntityFilter) => {
  const words = toLuceneQuery(filter.text);
  const types = [...(filter.type ? [filter.type] : []), ...(filter.types ?? [])];
  return { queries: ENTITY_QUERIES[words ? 'words' : 'all'], params: { types: types.length ? types : null, words } };
};

export async function listEntities(graph: Graph, filter: EntityFilter, offset: number, limit: number, order: EntityOrder = 'MENTIONS_DESC'): Promise<EntityRecord[]> {
  const { queries, params } = entityParams(filter);
  const rows = await graph.read<{ entity: EntityRecord }>(queries.list[order], { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) });
  return rows.map((row) => row.entity);
}

export async function countEntities(graph: Graph, filter: EntityFilter): Promise<number> {
  const { queries, params } = entityParams(filter);
  const [row] = await graph.read<{ total: number }>(queries.count, params);
  return row?.total ?? 0;
}

/** Each parent's list: its total, and its first `max` items (a page's worth, or none for a count). */
export async function pagesByIds<T>(graph: Graph, cypher: string, ids: readonly string[], max = MAX_RELATED): Promise<Map<string, Page<T>>> {
  const rows = await graph.read<{ id: string; total: number; items: T[] }>(cypher, { ids, max: neo4j.int(Math.min(max, MAX_RELATED)) });
  return new Map(rows.map((row) => [row.id, { items: row.items, total: row.total }]));
}

export const findStatementsBySpeakerIds = (graph: Graph, ids: readonly string[], max?: number) => pagesByIds<StatementRecord>(graph, STATEMENTS_BY_SPEAKER_IDS, ids, max);
export const findEventsByEntityIds = (graph: Graph, ids: readonly string[], max?: number) => pagesByIds<EventRecord>(graph, EVENTS_BY_ENTITY_IDS, ids, max);
export const findMentionsByEntityIds = (graph: Graph, ids: readonly string[], max?: number) => pagesByIds<{ articleId: string; evidence: string[] }>(graph, MENTIONS_BY_ENTITY_IDS, ids, max);
export const findCoMentionedByEntityIds = (graph: Graph, ids: readonly string[], max?: number) => pagesByIds<{ entity: EntityRecord; articles: number }>(graph, CO_MENTIONED_BY_ENTITY_IDS, ids, max);
export const findPositionsByPersonIds = (graph: Graph, ids: readonly string[], max?: number) => pagesByIds<{ title: string; holder: EntityRecord; evidence: string[] }>(graph, POSITIONS_BY_PERSON_IDS, ids, max);
export const findPlacesByCountryIds = (graph: Graph, ids: readonly string[], max?: number) => pagesByIds<EntityRecord>(graph, PLACES_BY_COUNTRY_IDS, ids, max);

export async function findCountriesByPlaceIds(graph: Graph, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await graph.read<{ id: string; entity: EntityRecord }>(COUNTRY_BY_PLACE_IDS, { ids });
  return new Map(rows.map((row) => [row.id, row.entity]));
}
