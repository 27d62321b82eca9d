// Entities: by ids, listed with filters, and the lists that hang off an entity (batched by parent ids).
import neo4j from 'neo4j-driver';
import type { Graph } from './driver';
import { ENTITY, ENTITY_FIELDS, EVENT, MAX_RELATED, PAGE_OF, projected, projectedShapes, readCollected, STATEMENT, type CollectedQuery, type Projection } from './projections';
import { toLuceneQuery } from './article-repository';
import type { EntityRecord, EntityType, EventRecord, Page, StatementRecord } from './records';

// Entities with the given ids.
const FIND_ENTITIES_BY_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${ENTITY('e', p)} AS entity`,
);

// Entities of the given types (or all), optionally matching words in their names and aliases, in one of the
// orders: most mentioned first, by name, or most statements first.
const OF_TYPES = '$types IS NULL OR e.type IN $types';
const ENTITY_SOURCE_ALL = `MATCH (e:Entity) WHERE ${OF_TYPES}`;
const ENTITY_SOURCE_WORDS = `CALL db.index.fulltext.queryNodes('entity_names', $words) YIELD node AS e WITH e WHERE ${OF_TYPES}`;
export type EntityOrder = 'MENTIONS_DESC' | 'NAME_ASC' | 'STATEMENTS_DESC';
const ENTITY_ORDERS: Record<EntityOrder, string> = {
  MENTIONS_DESC: 'WITH e, COUNT { (e)-[:MENTIONED_IN]->() } AS rank ORDER BY rank DESC, e.name, e.id',
  NAME_ASC: 'WITH e ORDER BY e.name, e.id',
  STATEMENTS_DESC: 'WITH e, COUNT { (e)<-[:SAID_BY]-() } AS rank ORDER BY rank DESC, e.name, e.id',
};
const COUNT_ENTITIES = { all: `${ENTITY_SOURCE_ALL} RETURN count(e) AS total`, words: `${ENTITY_SOURCE_WORDS} RETURN count(e) AS total` };

// Two lists of an entity `e`, each a subquery body that returns it as one map `as` of its total and its first
// `max` items (a parameter), so that the list's own query and the entity's query with its lists share one text.
type EntityList = (max: string, as: string, p: Projection) => string;
// The statements it made, newest first. Only statements are SAID_BY something, so the total is the entity's
// degree, which Neo4j keeps without reading a relationship; the page sorts only the top items, and a count
// alone (max 0) reads no statement: the planner tests the parameter before it expands (a third of Neo4j's CPU
// for 20 speakers' counts, which LIMIT 0 alone did not save).
const STATEMENTS_OF_SPEAKER: EntityList = (max, as, p) => `
RETURN {
  total: COUNT { (e)<-[:SAID_BY]-() },
  items: COLLECT { MATCH (s:Statement)-[:SAID_BY]->(e) WHERE ${max} > 0 WITH s ORDER BY s.date DESC, s.id LIMIT ${max} RETURN ${STATEMENT('s', p)} }
} AS ${as}`;
// The events it took part in or that happened in it (or in places inside it), newest first; a count alone sorts none.
const EVENTS_OF_ENTITY: EntityList = (max, as, p) => `
OPTIONAL CALL (e) {
  MATCH (ev:Event)-[:IN|INVOLVES]->(e) RETURN ev
  UNION
  MATCH (ev:Event)-[:IN]->(:Place)-[:IN]->(e) RETURN ev
}
WITH e, collect(ev) AS events
RETURN { total: size(events), items: COLLECT { UNWIND CASE WHEN ${max} > 0 THEN events ELSE [] END AS ev WITH ev ORDER BY ev.start DESC, ev.id LIMIT ${max} RETURN ${EVENT('ev', p)} } } AS ${as}`;

/** One list for each of the entities `$ids`: its total and first `$max` items. */
const listByEntityIds = (list: EntityList) =>
  projected(
    (p) => `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {${list('$max', 'page', p)}
}
RETURN id, page.total AS total, page.items AS items`,
  );
const STATEMENTS_BY_SPEAKER_IDS = listByEntityIds(STATEMENTS_OF_SPEAKER);
const EVENTS_BY_ENTITY_IDS = listByEntityIds(EVENTS_OF_ENTITY);

// An entity `e` with its statements and events as their own queries above give them, each only when asked
// for: a question about a person and what they said and did is one round trip. A list not asked for is null
// and costs nothing, and a statement count alone is the entity's degree: one query text per such shape (Neo4j
// plans fewer operators: 20 speakers' counts cost it 0.39-0.48 ms instead of 0.47-0.64, over two runs).
type StatementsShape = 'none' | 'count' | 'page';
interface ListsShape {
  statements: StatementsShape;
  events: boolean;
}
// What each shape adds before the RETURN (a subquery), and the statements' value in it.
const STATEMENTS_ALONG: Record<StatementsShape, (p: Projection) => { before: string; value: string }> = {
  none: () => ({ before: '', value: 'null' }),
  // The count alone, made a page again by WITH_LISTS' reader.
  count: () => ({ before: '', value: 'COUNT { (e)<-[:SAID_BY]-() }' }),
  page: (p) => ({ before: `\nCALL (e) {${STATEMENTS_OF_SPEAKER('$maxStatements', 'statements', p)}\n}`, value: 'statements' }),
};

/**
 * The entities `e` with their lists, all in one row: for each entity a list of its values, then its statements
 * and events, in the order of the variable `ordered` if one is given. One row instead of one per entity saves
 * Neo4j and the driver a Bolt record each (20 speakers' counts: about a fifth less of Neo4j's CPU, a third less
 * of the driver's). Read with readCollected.
 */
const WITH_LISTS = (shape: ListsShape, p: Projection, ordered?: string): CollectedQuery<EntityWithLists> => {
  const entity = ENTITY_FIELDS('e', p);
  const statements = STATEMENTS_ALONG[shape.statements](p);
  const events = shape.events ? `\nCALL (e) {${EVENTS_OF_ENTITY('$maxEvents', 'events', p)}\n}` : '';
  const count = shape.statements === 'count';
  return {
    cypher: `${statements.before}${events}
WITH ${ordered ? `${ordered}, ` : ''}[${entity.values}, ${statements.value}, ${shape.events ? 'events' : 'null'}] AS row${ordered ? `\nORDER BY ${ordered}` : ''}
RETURN collect(row) AS rows`,
    rows: (values: unknown[][]): EntityWithLists[] =>
      values.map((row) => {
        const statementsValue = row[entity.size] as Page<StatementRecord> | number | null;
        return {
          entity: entity.read(row, 0),
          statements: count ? { total: statementsValue as number, items: [] } : (statementsValue as Page<StatementRecord> | null),
          events: row[entity.size + 1] as Page<EventRecord> | null,
        };
      }),
  };
};

const shapeKey = (shape: ListsShape) => `${shape.statements}|${shape.events}`;

// Entities with the given ids, with the lists asked for.
const FIND_ENTITIES_WITH_LISTS = projectedShapes(shapeKey, (shape: ListsShape, p) => {
  const lists = WITH_LISTS(shape, p);
  return { ...lists, cypher: `
UNWIND $ids AS id
MATCH (e:Entity {id: id})${lists.cypher}` };
});

// A page of the filter's entities in one of the orders, each with the lists the question asks for, in the
// page's order.
const ENTITY_SOURCES = { all: ENTITY_SOURCE_ALL, words: ENTITY_SOURCE_WORDS };
interface EntityPageShape {
  source: keyof typeof ENTITY_SOURCES;
  order: EntityOrder;
  lists: ListsShape;
}
const LIST_ENTITIES = projectedShapes(
  ({ source, order, lists }: EntityPageShape) => `${source}|${order}|${shapeKey(lists)}`,
  ({ source, order, lists }, p) => {
    const withLists = WITH_LISTS(lists, p, 'position');
    return { ...withLists, cypher: `${ENTITY_SOURCES[source]}
${ENTITY_ORDERS[order]}
SKIP $offset LIMIT $limit
WITH collect(e) AS page
UNWIND range(0, size(page) - 1) AS position
WITH position, page[position] AS e${withLists.cypher}` };
  },
);

// For each entity: the articles that mention it, with the mention spans (evidence), newest first.
const MENTIONS_BY_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[r:MENTIONED_IN]->(a:Article)
WITH id, r, a ORDER BY a.date DESC, a.id
${PAGE_OF('{ articleId: a.id, evidence: r.evidence }', ['a', 'r'])}`;

// For each entity: the entities named in the same articles, with how many articles they share.
const CO_MENTIONED_BY_ENTITY_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(other:Entity)
WHERE other <> e
WITH id, other, count(DISTINCT a) AS articles ORDER BY articles DESC, other.name
${PAGE_OF(`{ entity: ${ENTITY('other', p)}, articles: articles }`, ['other', 'articles'])}`,
);

// For each person: the titles they hold and where, with the spans that say so.
const POSITIONS_BY_PERSON_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[r:HOLDS_ROLE]->(h:Entity)
WITH id, r, h ORDER BY r.title
${PAGE_OF(`{ title: r.title, holder: ${ENTITY('h', p)}, evidence: r.evidence }`, ['h', 'r'])}`,
);

// For each country: the places that lie in it.
const PLACES_BY_COUNTRY_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (c:Country {id: id})
OPTIONAL MATCH (p:Place)-[:IN]->(c)
WITH id, p ORDER BY p.name
${PAGE_OF(ENTITY('p', p), ['p'])}`,
);

// For each place: the country it lies in.
const COUNTRY_BY_PLACE_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (p:Place {id: id})-[:IN]->(c:Country)
RETURN id, ${ENTITY('c', p)} AS entity`,
);

export interface EntityFilter {
  type?: EntityType | null;
  /** One of these types (with `type`, either). */
  types?: readonly EntityType[] | null;
  text?: string | null;
}

export async function findEntitiesByIds(graph: Graph, ids: readonly string[], projection?: Projection): Promise<EntityRecord[]> {
  return (await graph.read<{ entity: EntityRecord }>(FIND_ENTITIES_BY_IDS(projection), { ids })).map((row) => row.entity);
}

/** How many of each list's first items to bring along with the entities; null: not that list. */
export interface EntityListsWanted {
  statements: number | null;
  events: number | null;
}

/** An entity and the first items of the lists asked for (null: not asked). */
export interface EntityWithLists {
  entity: EntityRecord;
  statements: Page<StatementRecord> | null;
  events: Page<EventRecord> | null;
}

const NO_LISTS: EntityListsWanted = { statements: null, events: null };
const listParams = (wanted: EntityListsWanted) => {
  const max = (n: number | null) => (n === null ? null : neo4j.int(Math.min(n, MAX_RELATED)));
  return { maxStatements: max(wanted.statements), maxEvents: max(wanted.events) };
};
const shapeOf = (wanted: EntityListsWanted): ListsShape => ({
  statements: wanted.statements === null ? 'none' : wanted.statements === 0 ? 'count' : 'page',
  events: wanted.events !== null,
});

export async function findEntitiesWithLists(graph: Graph, ids: readonly string[], wanted: EntityListsWanted, projection?: Projection): Promise<EntityWithLists[]> {
  return readCollected(graph, FIND_ENTITIES_WITH_LISTS(projection, shapeOf(wanted)), { ids, ...listParams(wanted) });
}

const entityParams = (filter: EntityFilter) => {
  const words = toLuceneQuery(filter.text);
  const types = [...(filter.type ? [filter.type] : []), ...(filter.types ?? [])];
  return { source: words ? ('words' as const) : ('all' as const), params: { types: types.length ? types : null, words } };
};

/** A page of the filter's entities, each with the lists `wanted` asks for. */
export async function listEntities(
  graph: Graph,
  filter: EntityFilter,
  offset: number,
  limit: number,
  order: EntityOrder = 'MENTIONS_DESC',
  wanted: EntityListsWanted = NO_LISTS,
  projection?: Projection,
): Promise<EntityWithLists[]> {
  const { source, params } = entityParams(filter);
  return readCollected(graph, LIST_ENTITIES(projection, { source, order, lists: shapeOf(wanted) }), { ...params, ...listParams(wanted), offset: neo4j.int(offset), limit: neo4j.int(limit) });
}

export async function countEntities(graph: Graph, filter: EntityFilter): Promise<number> {
  const { source, params } = entityParams(filter);
  const [row] = await graph.read<{ total: number }>(COUNT_ENTITIES[source], params);
  return row?.total ?? 0;
}

/** Each parent's list: its total, and its first `max` items (a page's worth, or none for a count). */
export async function pagesByIds<T>(graph: Graph, cypher: string, ids: readonly string[], max = MAX_RELATED): Promise<Map<string, Page<T>>> {
  const rows = await graph.read<{ id: string; total: number; items: T[] }>(cypher, { ids, max: neo4j.int(Math.min(max, MAX_RELATED)) });
  return new Map(rows.map((row) => [row.id, { items: row.items, total: row.total }]));
}

export const findStatementsBySpeakerIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) => pagesByIds<StatementRecord>(graph, STATEMENTS_BY_SPEAKER_IDS(projection), ids, max);
export const findEventsByEntityIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) => pagesByIds<EventRecord>(graph, EVENTS_BY_ENTITY_IDS(projection), ids, max);
export const findMentionsByEntityIds = (graph: Graph, ids: readonly string[], max?: number) => pagesByIds<{ articleId: string; evidence: string[] }>(graph, MENTIONS_BY_ENTITY_IDS, ids, max);
export const findCoMentionedByEntityIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) =>
  pagesByIds<{ entity: EntityRecord; articles: number }>(graph, CO_MENTIONED_BY_ENTITY_IDS(projection), ids, max);
export const findPositionsByPersonIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) =>
  pagesByIds<{ title: string; holder: EntityRecord; evidence: string[] }>(graph, POSITIONS_BY_PERSON_IDS(projection), ids, max);
export const findPlacesByCountryIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) => pagesByIds<EntityRecord>(graph, PLACES_BY_COUNTRY_IDS(projection), ids, max);

export async function findCountriesByPlaceIds(graph: Graph, ids: readonly string[], projection?: Projection): Promise<Map<string, EntityRecord>> {
  const rows = await graph.read<{ id: string; entity: EntityRecord }>(COUNTRY_BY_PLACE_IDS(projection), { ids });
  return new Map(rows.map((row) => [row.id, row.entity]));
}
