// Events: by ids, listed by period, type, place (a country includes the places in it) and participant,
// and the lists that hang off an event (batched by event ids).
import neo4j from 'neo4j-driver';
import type { Graph } from './driver';
import { pagesByIds } from './entity-repository';
import { ENTITY, EVENT, PAGE_OF, STATEMENT } from './projections';
import type { EntityRecord, EventRecord, StatementRecord } from './records';

export interface EventFilter {
  from?: string | null;
  to?: string | null;
  type?: string | null;
  placeId?: string | null;
  participantId?: string | null;
}

// Events with the given ids.
const FIND_EVENTS_BY_IDS = `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN ${EVENT('ev')} AS event`;

// Events `ev` of the type and overlapping the period, either anywhere or in a place (a country includes the
// places in it). With a place, the query starts from it and walks to its events instead of reading every event.
// Shared with the commentators question.
const EVENT_CONDITIONS = `($type IS NULL OR ev.type = $type)
  AND ($from IS NULL OR coalesce(ev.end, ev.start) >= date($from))
  AND ($to IS NULL OR ev.start <= date($to))`;
export const EVENTS_ANYWHERE = `
MATCH (ev:Event)
WHERE ${EVENT_CONDITIONS}`;
export const EVENTS_IN_PLACE = `
MATCH (target:Entity {id: $placeId})
CALL (target) {
  MATCH (ev:Event)-[:IN]->(target) RETURN ev
  UNION
  MATCH (ev:Event)-[:IN]->(:Place)-[:IN]->(target) RETURN ev
}
WITH DISTINCT ev
WHERE ${EVENT_CONDITIONS}`;

// Events matching the filter, also by participant, a page of them or how many.
const PARTICIPANT_CONDITION = `
  AND ($participantId IS NULL OR EXISTS { MATCH (ev)-[:INVOLVES]->(:Entity {id: $participantId}) })`;
const listEventsQuery = (source: string) => `${source}${PARTICIPANT_CONDITION}
WITH ev ORDER BY ev.start DESC, ev.id
SKIP $offset LIMIT $limit
RETURN ${EVENT('ev')} AS event`;
const countEventsQuery = (source: string) => `${source}${PARTICIPANT_CONDITION}
RETURN count(ev) AS total`;
const LIST_EVENTS = listEventsQuery(EVENTS_ANYWHERE);
const LIST_EVENTS_IN_PLACE = listEventsQuery(EVENTS_IN_PLACE);
const COUNT_EVENTS = countEventsQuery(EVENTS_ANYWHERE);
const COUNT_EVENTS_IN_PLACE = countEventsQuery(EVENTS_IN_PLACE);

// For each event: its places.
const PLACES_BY_EVENT_IDS = `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (ev)-[:IN]->(p:Entity)
WITH id, p ORDER BY p.type, p.name
${PAGE_OF(ENTITY('p'))}`;

// For each event: who took part in it.
const PARTICIPANTS_BY_EVENT_IDS = `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (ev)-[:INVOLVES]->(p:Entity)
WITH id, p ORDER BY p.name
${PAGE_OF(ENTITY('p'))}`;

// For each event: the statements about it, oldest first.
const STATEMENTS_BY_EVENT_IDS = `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (s:Statement)-[:ABOUT]->(ev)
WITH id, s ORDER BY s.date, s.id
${PAGE_OF(STATEMENT('s'))}`;

// For each event: the articles that report it, with the sentences that do (evidence).
const ARTICLES_BY_EVENT_IDS = `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (ev)-[r:REPORTED_IN]->(a:Article)
WITH id, r, a ORDER BY a.date, a.id
${PAGE_OF(`CASE WHEN a IS NULL THEN null ELSE { articleId: a.id, evidence: r.evidence } END`)}`;

// For each event: the events that are part of it.
const SUB_EVENTS_BY_EVENT_IDS = `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (sub:Event)-[:PART_OF]->(ev)
WITH id, sub ORDER BY sub.start
${PAGE_OF(EVENT('sub'))}`;

function filterParams(filter: EventFilter) {
  return { from: filter.from ?? null, to: filter.to ?? null, type: filter.type ?? null, placeId: filter.placeId ?? null, participantId: filter.participantId ?? null };
}

export async function findEventsByIds(graph: Graph, ids: readonly string[]): Promise<EventRecord[]> {
  return (await graph.read<{ event: EventRecord }>(FIND_EVENTS_BY_IDS, { ids })).map((row) => row.event);
}

export async function listEvents(graph: Graph, filter: EventFilter, offset: number, limit: number): Promise<EventRecord[]> {
  const query = filter.placeId ? LIST_EVENTS_IN_PLACE : LIST_EVENTS;
  const rows = await graph.read<{ event: EventRecord }>(query, { ...filterParams(filter), offset: neo4j.int(offset), limit: neo4j.int(limit) });
  return rows.map((row) => row.event);
}

export async function countEvents(graph: Graph, filter: EventFilter): Promise<number> {
  const [row] = await graph.read<{ total: number }>(filter.placeId ? COUNT_EVENTS_IN_PLACE : COUNT_EVENTS, filterParams(filter));
  return row?.total ?? 0;
}

export const findPlacesByEventIds = (graph: Graph, ids: readonly string[]) => pagesByIds<EntityRecord>(graph, PLACES_BY_EVENT_IDS, ids);
export const findParticipantsByEventIds = (graph: Graph, ids: readonly string[]) => pagesByIds<EntityRecord>(graph, PARTICIPANTS_BY_EVENT_IDS, ids);
export const findStatementsByEventIds = (graph: Graph, ids: readonly string[]) => pagesByIds<StatementRecord>(graph, STATEMENTS_BY_EVENT_IDS, ids);
export const findArticlesByEventIds = (graph: Graph, ids: readonly string[]) => pagesByIds<{ articleId: string; evidence: string[] }>(graph, ARTICLES_BY_EVENT_IDS, ids);
export const findSubEventsByEventIds = (graph: Graph, ids: readonly string[]) => pagesByIds<EventRecord>(graph, SUB_EVENTS_BY_EVENT_IDS, ids);
