// Events: by ids, listed by period, type, place (a country includes the places in it) and participant,
// and the lists that hang off an event (batched by event ids).
import neo4j from 'neo4j-driver';
import type { Graph } from './driver';
import { pagesByIds } from './entity-repository';
import {
  ARTICLE_FIELDS,
  ENTITY,
  ENTITY_FIELDS,
  EVENT,
  EVENT_FIELDS,
  MAX_RELATED,
  PAGE_OF,
  projected,
  projectedShapes,
  readCollected,
  RELATION,
  RELATION_FIELDS,
  STATEMENT,
  valuesList,
  type CollectedQuery,
  type Fields,
  type Projection,
} from './projections';
import type { ArticleRecord } from './article-repository';
import type { EntityRecord, EventRecord, StatementRecord } from './records';

/** An entity a filter names: by id, or by the name keys it may be stored under (looked up by the query itself). */
export interface EntityReference {
  id: string | null;
  keys: readonly string[] | null;
}

/** Which events; a list means "one of these" (an empty list matches nothing), null no condition. */
export interface EventFilter {
  from?: string | null;
  to?: string | null;
  types?: readonly string[] | null;
  placeIds?: readonly string[] | null;
  participantIds?: readonly string[] | null;
}

// Events with the given ids.
const FIND_EVENTS_BY_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN ${EVENT('ev', p)} AS event`,
);

// Four ways to find the events `ev` of a filter (type, period, place; a country includes the places in it);
// chooseEventSource picks the cheapest for the filter. Shared with the commentators question. The places and
// participants are the variables `placeIds` and `participantIds` (null: any), which a prelude sets from
// parameters, or from names it looks up itself; each source keeps `participantIds` in scope.
const TYPE_IN = 'ev.type IN $types';
const IN_PLACES = `EXISTS {
    MATCH (ev)-[:IN]->(p:Entity) WHERE p.id IN placeIds OR EXISTS { MATCH (p)-[:IN]->(c:Entity) WHERE c.id IN placeIds }
  }`;
const INVOLVES_PARTICIPANTS = 'EXISTS { MATCH (ev)-[:INVOLVES]->(who:Entity) WHERE who.id IN participantIds }';
const OF_TYPE = `($types IS NULL OR ${TYPE_IN})`;
const OVERLAPS_PERIOD = `($from IS NULL OR coalesce(ev.end, ev.start) >= date($from))
  AND ($to IS NULL OR ev.start <= date($to))`;
const IN_PLACE = `(placeIds IS NULL OR ${IN_PLACES})`;
// The longest event's length in days, `slack`: how much earlier than a period an event overlapping it may start.
const LONGEST_EVENT = 'CALL () { MATCH (x:Event) WHERE x.days IS NOT NULL RETURN x.days AS slack ORDER BY x.days DESC LIMIT 1 }';
export const EVENT_SOURCES = {
  // No period, place or type: every event.
  anywhere: `
MATCH (ev:Event)`,
  // Only types: by the type index (one seek per type).
  type: `
MATCH (ev:Event) WHERE ev.type IN $types`,
  // By the start-date index. An event overlaps the period if it starts before its end and ends after its
  // start, so the index range begins earlier by the longest event's length in days (`days`, itself indexed).
  period: `
${LONGEST_EVENT}
MATCH (ev:Event)
WHERE ev.start >= date($from) - duration({days: slack}) AND ev.start <= date($to)
  AND coalesce(ev.end, ev.start) >= date($from)
  AND ${OF_TYPE}
  AND ${IN_PLACE}`,
  // From the places, walking to the events in them and in the places inside them.
  place: `
MATCH (target:Entity) WHERE target.id IN placeIds
CALL (target) {
  MATCH (ev:Event)-[:IN]->(target) RETURN ev
  UNION
  MATCH (ev:Event)-[:IN]->(:Place)-[:IN]->(target) RETURN ev
}
WITH DISTINCT ev, participantIds
WHERE ${OF_TYPE}
  AND ${OVERLAPS_PERIOD}`,
};
export type EventSource = keyof typeof EVENT_SOURCES;

/** An event filter whose places and participants are references, looked up by the query that uses them. */
export interface NamedEventFilter extends Omit<EventFilter, 'placeIds' | 'participantIds'> {
  places?: readonly EntityReference[] | null;
  participants?: readonly EntityReference[] | null;
}

/** Sets an event's length in days (0 for one day), which the period source's index range depends on. */
export const EVENT_DAYS = 'ev.days = CASE WHEN ev.start IS NULL THEN null ELSE duration.inDays(ev.start, coalesce(ev.end, ev.start)).days END';

/** Periods up to this long are read from the date index even with a place; longer ones start from the place. */
const PERIOD_FIRST_MAX_DAYS = 400;
const DAY_MS = 86_400_000;

/**
 * The cheapest way to the filter's events. A year or less of news holds few events, so reading them by date
 * and checking their place beats walking every event a country ever had; over longer or open periods the
 * place's own events are the smaller set.
 */
export function chooseEventSource(filter: Pick<EventFilter, 'from' | 'to' | 'types'>, places: readonly unknown[] | null | undefined): EventSource {
  const period = Boolean(filter.from || filter.to);
  if (!places) return period ? 'period' : filter.types ? 'type' : 'anywhere';
  if (!filter.from || !filter.to) return 'place';
  return (Date.parse(filter.to) - Date.parse(filter.from)) / DAY_MS <= PERIOD_FIRST_MAX_DAYS ? 'period' : 'place';
}

/** Query parameters of an event filter; the period source needs both bounds, so open ends become the far past or future. */
export function eventFilterParams(filter: EventFilter, source: EventSource) {
  return { ...periodAndTypes(filter, source), placeIds: filter.placeIds ?? null, participantIds: filter.participantIds ?? null };
}

/** Query parameters of a filter that names its places and participants (queries of perNamedEventSource). */
export function namedEventFilterParams(filter: NamedEventFilter, source: EventSource) {
  return { ...periodAndTypes(filter, source), placeRefs: filter.places ?? null, participantRefs: filter.participants ?? null };
}

function periodAndTypes(filter: Pick<EventFilter, 'from' | 'to' | 'types'>, source: EventSource) {
  const open = source === 'period';
  return { from: filter.from ?? (open ? FAR_PAST : null), to: filter.to ?? (open ? FAR_FUTURE : null), types: filter.types ?? null };
}
const FAR_PAST = '0001-01-01';
const FAR_FUTURE = '9999-12-31';

// Events matching the whole filter, participant included.
const PARTICIPANT_CONDITION = `
WITH ev WHERE participantIds IS NULL OR ${INVOLVES_PARTICIPANTS}`;

/** The places and participants of a filter as given, by id. */
const IDS_GIVEN = `
WITH $placeIds AS placeIds, $participantIds AS participantIds`;

// Each reference's matches: its id, or the entities its name keys name.
const MATCHES = (references: string) =>
  `[ref IN ${references} | CASE WHEN ref.id IS NOT NULL THEN [ref.id] ELSE COLLECT { UNWIND ref.keys AS key MATCH (:NameKey {id: key})-[:NAMES]->(e:Entity) RETURN DISTINCT e.id } END]`;

/**
 * The places and participants of a filter looked up from their references (`$placeRefs`, `$participantRefs`):
 * no row unless each names exactly one entity, so a query that finds nothing leaves its caller to tell an
 * empty answer from a name that is unknown or ambiguous.
 */
const IDS_NAMED = `
WITH ${MATCHES('$placeRefs')} AS placeMatches, ${MATCHES('$participantRefs')} AS participantMatches
WITH [m IN placeMatches | m[0]] AS placeIds, [m IN participantMatches | m[0]] AS participantIds
WHERE all(m IN coalesce(placeMatches, []) + coalesce(participantMatches, []) WHERE size(m) = 1)`;

/**
 * One query per event source: `query` builds it around the Cypher that selects the filter's events as `ev`,
 * after a prelude that sets `placeIds` and `participantIds` (by default from the parameters of those names).
 */
export const perEventSource = (query: (events: string) => string, prelude = IDS_GIVEN) =>
  Object.fromEntries(Object.entries(EVENT_SOURCES).map(([name, source]) => [name, query(`${prelude}${source}${PARTICIPANT_CONDITION}`)])) as Record<EventSource, string>;

/** perEventSource for a filter that names its places and participants (see IDS_NAMED). */
export const perNamedEventSource = (query: (events: string) => string) => perEventSource(query, IDS_NAMED);

export type EventOrder = 'START_DESC' | 'START_ASC';
export type EventGrouping = 'TYPE' | 'MONTH';

// An event's places, participants and reporting articles (one-to-few), in the same order as their own queries
// below: returned with the events of a page when the question asks for them, which saves a round trip each
// (two for the reports' articles). Each item is a list of values (see Fields), read back by the page query's reader.
const INLINE_PLACES = (values: string) => `COLLECT {
  MATCH (ev)-[r:IN]->(p:Entity) WITH r, p ORDER BY p.type, p.name LIMIT $max RETURN ${values}
}`;
const INLINE_PARTICIPANTS = (values: string) => `COLLECT {
  MATCH (ev)-[r:INVOLVES]->(p:Entity) WITH r, p ORDER BY p.name LIMIT $max RETURN ${values}
}`;
const INLINE_REPORTS = (values: string) => `COLLECT {
  MATCH (ev)-[r:REPORTED_IN]->(a:Article) WITH r, a ORDER BY a.date, a.id LIMIT $max RETURN ${values}
}`;

/** Which conditions beyond the period a filter has. */
interface FilterShape {
  types: boolean;
  places: boolean;
  participants: boolean;
}
const filterShape = (filter: EventFilter): FilterShape => ({ types: filter.types != null, places: filter.placeIds != null, participants: filter.participantIds != null });

/**
 * The events of a page by period. Those that start within it are read in the start index's order, no more than
 * the page needs (about 27 events for 21 of a month of 174); those that began earlier and still run into it
 * (within the longest event's length) are read apart, and both merged. Together they are the period source's
 * events (EVENT_SOURCES.period), split at the period's start. Only the filter's own conditions are in the text.
 */
const PERIOD_PAGE = (order: string, filter: FilterShape) => {
  const conditions = [filter.types ? TYPE_IN : '', filter.places ? IN_PLACES : '', filter.participants ? INVOLVES_PARTICIPANTS : '']
    .filter(Boolean)
    .map((condition) => `\n    AND ${condition}`)
    .join('');
  return `
CALL (placeIds, participantIds) {
  MATCH (ev:Event)
  WHERE ev.start >= date($from) AND ev.start <= date($to)
    AND coalesce(ev.end, ev.start) >= date($from)${conditions}
  WITH ev ORDER BY ${order} LIMIT $offset + $limit
  RETURN ev
  UNION ALL
  ${LONGEST_EVENT}
  MATCH (ev:Event)
  WHERE ev.start >= date($from) - duration({days: slack}) AND ev.start < date($from)
    AND coalesce(ev.end, ev.start) >= date($from)${conditions}
  WITH ev ORDER BY ${order} LIMIT $offset + $limit
  RETURN ev
}`;
};

const ORDERS: Record<EventOrder, string> = { START_DESC: 'ev.start DESC, ev.id', START_ASC: 'ev.start, ev.id' };

/** A page of events asked for: its order, the source of its events, the filter's conditions, and the lists that come with each. */
interface PageShape {
  order: EventOrder;
  source: EventSource;
  filter: FilterShape;
  include: EventIncludes;
}

/** A list that comes with each event of a page: its subquery, how to read an item, and its name in EventWith. */
interface InlineList {
  name: 'places' | 'participants' | 'reports';
  cypher: string;
  read(values: unknown[]): unknown;
}

// A page of the filter's events, with the lists asked for (a list not asked for is not in the text), as one row
// (a Bolt record per event costs Neo4j and the driver): for each event a list of its values, then those of each
// item of each list asked for (a CollectedQuery).
const LIST_EVENTS = projectedShapes(
  ({ order, source, filter, include }: PageShape) => [order, source, ...Object.values(filter), ...Object.values(include)].join('|'),
  ({ order, source, filter, include }, p): CollectedQuery<EventWith> => {
    const event = EVENT_FIELDS('ev', p);
    const entity = ENTITY_FIELDS('p', p);
    const place = RELATION_FIELDS('eventPlace', 'r', p);
    const participant = RELATION_FIELDS('eventParticipant', 'r', p);
    const report = RELATION_FIELDS('eventReport', 'r', p);
    const article = include.reportArticles ? ARTICLE_FIELDS('a', p) : null;
    const events = source === 'period' ? `${IDS_GIVEN}${PERIOD_PAGE(ORDERS[order], filter)}` : `${IDS_GIVEN}${EVENT_SOURCES[source]}${PARTICIPANT_CONDITION}`;
    // An entity item is the entity's values, then its relationship's.
    const related = <T>(relation: Fields<object>) => (values: unknown[]) => ({ entity: entity.read(values, 0), ...relation.read(values, entity.size) }) as T;
    // The lists asked for, each after the event's values, in this order.
    const lists = ([
      include.places && { cypher: INLINE_PLACES(valuesList(entity.values, place.values)), read: related<EventPlace>(place), name: 'places' as const },
      include.participants && { cypher: INLINE_PARTICIPANTS(valuesList(entity.values, participant.values)), read: related<EventParticipant>(participant), name: 'participants' as const },
      include.reports && {
        // The relationship's values, then the article's (which begin with its id) or its id alone.
        cypher: INLINE_REPORTS(valuesList(report.values, article?.values ?? 'a.id')),
        read: (values: unknown[]) => ({ ...report.read(values, 0), articleId: values[report.size], article: article ? article.read(values, report.size) : null }) as EventReport,
        name: 'reports' as const,
      },
    ] as (InlineList | false)[]).filter((list): list is InlineList => list !== false);
    return {
      cypher: `${events}
WITH ev ORDER BY ${ORDERS[order]}
SKIP $offset LIMIT $limit
WITH ev, [${[event.values, ...lists.map((list) => list.cypher)].join(', ')}] AS row
ORDER BY ${ORDERS[order]}
RETURN collect(row) AS rows`,
      rows: (rows: unknown[][]): EventWith[] =>
        rows.map((values) => {
          const withLists: Record<string, unknown> = { event: event.read(values, 0), places: null, participants: null, reports: null };
          lists.forEach((list, i) => (withLists[list.name] = (values[event.size + i] as unknown[][]).map(list.read)));
          return withLists as unknown as EventWith;
        }),
    };
  },
);

const groupEventsQuery = (key: string) =>
  perEventSource((events) => `${events}
WITH ${key} AS key, count(ev) AS count
RETURN key, count ORDER BY count DESC, key LIMIT $limit`);
const GROUP_EVENTS: Record<EventGrouping, Record<EventSource, string>> = { TYPE: groupEventsQuery('ev.type'), MONTH: groupEventsQuery('substring(toString(ev.start), 0, 7)') };
const COUNT_EVENTS = perEventSource((events) => `${events}
RETURN count(ev) AS total`);

// For each event: its places, with the sentences that place it there (evidence).
const PLACES_BY_EVENT_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (ev)-[r:IN]->(p:Entity)
WITH id, r, p ORDER BY p.type, p.name
${PAGE_OF(`{ entity: ${ENTITY('p', p)}${RELATION('eventPlace', 'r', p)} }`, ['p', 'r'])}`,
);

// For each event: who took part in it, in what role, with the sentences that say so.
const PARTICIPANTS_BY_EVENT_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (ev)-[r:INVOLVES]->(p:Entity)
WITH id, r, p ORDER BY p.name
${PAGE_OF(`{ entity: ${ENTITY('p', p)}${RELATION('eventParticipant', 'r', p)} }`, ['p', 'r'])}`,
);

// For each event: the larger event it is part of (the best-attested one, if articles differ), with the evidence.
const FRAME_BY_EVENT_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (ev:Event {id: id})-[r:PART_OF]->(frame:Event)
WITH id, r, frame ORDER BY size(r.evidence) DESC, frame.id
WITH id, collect({ event: ${EVENT('frame', p)}, evidence: r.evidence })[0] AS frame
RETURN id, frame`,
);

// For each event: the statements about it, oldest first.
const STATEMENTS_BY_EVENT_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (s:Statement)-[:ABOUT]->(ev)
WITH id, s ORDER BY s.date, s.id
${PAGE_OF(STATEMENT('s', p), ['s'])}`,
);

// For each event: the articles that report it, with the sentences that do (evidence).
const ARTICLES_BY_EVENT_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (ev)-[r:REPORTED_IN]->(a:Article)
WITH id, r, a ORDER BY a.date, a.id
${PAGE_OF(`{ articleId: a.id${RELATION('eventReport', 'r', p)} }`, ['a', 'r'])}`,
);

// For each event: the events that are part of it.
const SUB_EVENTS_BY_EVENT_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (sub:Event)-[:PART_OF]->(ev)
WITH id, sub ORDER BY sub.start
${PAGE_OF(EVENT('sub', p), ['sub'])}`,
);

export async function findEventsByIds(graph: Graph, ids: readonly string[], projection?: Projection): Promise<EventRecord[]> {
  return (await graph.read<{ event: EventRecord }>(FIND_EVENTS_BY_IDS(projection), { ids })).map((row) => row.event);
}

type EventPlace = { entity: EntityRecord; evidence: string[] };
type EventParticipant = { entity: EntityRecord; role: string; evidence: string[] };
/** An article reporting an event; the article itself only when `include.reportArticles` asked for it. */
type EventReport = { articleId: string; evidence: string[]; article: ArticleRecord | null };

/** The lists a page of events may bring along (`reportArticles`: the reports with their articles). */
export interface EventIncludes {
  places: boolean;
  participants: boolean;
  reports: boolean;
  reportArticles: boolean;
}
const NOTHING_MORE: EventIncludes = { places: false, participants: false, reports: false, reportArticles: false };

/** What a page of events brings along for each event (a list asked for, else null). */
export interface EventWith {
  event: EventRecord;
  places: EventPlace[] | null;
  participants: EventParticipant[] | null;
  reports: EventReport[] | null;
}

/** A page of the filter's events, each with the lists `include` asks for. */
export async function listEventsWith(
  graph: Graph,
  filter: EventFilter,
  offset: number,
  limit: number,
  order: EventOrder,
  include: EventIncludes,
  projection?: Projection,
): Promise<EventWith[]> {
  const source = chooseEventSource(filter, filter.placeIds);
  const query = LIST_EVENTS(projection, { order, source, filter: filterShape(filter), include });
  return readCollected(graph, query, {
    ...eventFilterParams(filter, source),
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
    max: neo4j.int(MAX_RELATED),
  });
}

export async function listEvents(graph: Graph, filter: EventFilter, offset: number, limit: number, order: EventOrder = 'START_DESC'): Promise<EventRecord[]> {
  return (await listEventsWith(graph, filter, offset, limit, order, NOTHING_MORE)).map((row) => row.event);
}

export async function countEvents(graph: Graph, filter: EventFilter): Promise<number> {
  const source = chooseEventSource(filter, filter.placeIds);
  const [row] = await graph.read<{ total: number }>(COUNT_EVENTS[source], eventFilterParams(filter, source));
  return row?.total ?? 0;
}

/** The filter's events counted per type or month (of their start), most first. */
export async function groupEvents(graph: Graph, filter: EventFilter, by: EventGrouping, limit: number): Promise<{ key: string | null; count: number }[]> {
  const source = chooseEventSource(filter, filter.placeIds);
  return graph.read<{ key: string | null; count: number }>(GROUP_EVENTS[by][source], { ...eventFilterParams(filter, source), limit: neo4j.int(limit) });
}

export const findPlacesByEventIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) => pagesByIds<EventPlace>(graph, PLACES_BY_EVENT_IDS(projection), ids, max);
export const findParticipantsByEventIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) =>
  pagesByIds<EventParticipant>(graph, PARTICIPANTS_BY_EVENT_IDS(projection), ids, max);

export async function findFramesByEventIds(graph: Graph, ids: readonly string[], projection?: Projection): Promise<Map<string, { event: EventRecord; evidence: string[] }>> {
  const rows = await graph.read<{ id: string; frame: { event: EventRecord; evidence: string[] } }>(FRAME_BY_EVENT_IDS(projection), { ids });
  return new Map(rows.map((row) => [row.id, row.frame]));
}
export const findStatementsByEventIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) =>
  pagesByIds<StatementRecord>(graph, STATEMENTS_BY_EVENT_IDS(projection), ids, max);
export const findArticlesByEventIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) =>
  pagesByIds<{ articleId: string; evidence: string[] }>(graph, ARTICLES_BY_EVENT_IDS(projection), ids, max);
export const findSubEventsByEventIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) => pagesByIds<EventRecord>(graph, SUB_EVENTS_BY_EVENT_IDS(projection), ids, max);
