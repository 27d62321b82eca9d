// Exploration across the graph: fuzzy search over names, quotes and articles; activity per month; paths between two entities.
import neo4j from 'neo4j-driver';
import type { Graph } from './driver';
import { ENTITY, EVENT, STATEMENT } from './projections';
import type { EntityRecord, EventRecord, StatementRecord } from './records';

/** Free text → a Lucene query of fuzzy terms (every word must match, typos allowed); input syntax is escaped. */
export function toFuzzyQuery(text: string): string | null {
  // Words as the index's analyzer cuts them (letters and digits), so no Lucene syntax survives.
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length ? words.map((word) => `+${word}${word.length >= 4 ? '~' : ''}`).join(' ') : null;
}

// The best matches in the three full-text indexes, each with its Lucene score.
const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN 'Entity' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_quotes', $query, {limit: $limit}) YIELD node, score
  RETURN 'Statement' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
  RETURN 'Article' AS kind, node, score
}
WITH kind, node, score ORDER BY score DESC LIMIT $limit
RETURN kind, score,
       CASE kind WHEN 'Entity' THEN ${ENTITY('node')} WHEN 'Statement' THEN ${STATEMENT('node')} ELSE node { .id } END AS item`;

// Per month: the articles naming the entity, its statements, and the events it took part in or that happened in it.
const ENTITY_TIMELINE = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE a.date IS NOT NULL RETURN substring(toString(a.date), 0, 7) AS month, 'articles' AS what
  UNION ALL
  MATCH (s:Statement)-[:SAID_BY]->(e) WHERE s.date IS NOT NULL RETURN substring(toString(s.date), 0, 7) AS month, 'statements' AS what
  UNION ALL
  MATCH (ev:Event)-[:IN|INVOLVES]->(e) WHERE ev.start IS NOT NULL RETURN substring(toString(ev.start), 0, 7) AS month, 'events' AS what
}
RETURN month, sum(CASE what WHEN 'articles' THEN 1 ELSE 0 END) AS articles,
       sum(CASE what WHEN 'statements' THEN 1 ELSE 0 END) AS statements,
       sum(CASE what WHEN 'events' THEN 1 ELSE 0 END) AS events
ORDER BY month`;

// Per month: the articles and statements matching words.
const SEARCH_TIMELINE = `
CALL () {
  CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node
  WITH node WHERE node.date IS NOT NULL
  RETURN substring(toString(node.date), 0, 7) AS month, 'articles' AS what
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_quotes', $query) YIELD node
  WITH node WHERE node.date IS NOT NULL
  RETURN substring(toString(node.date), 0, 7) AS month, 'statements' AS what
}
RETURN month, sum(CASE what WHEN 'articles' THEN 1 ELSE 0 END) AS articles,
       sum(CASE what WHEN 'statements' THEN 1 ELSE 0 END) AS statements, 0 AS events
ORDER BY month`;

// The shortest path between two entities over the facts (mentions, statements, events), at most N hops.
// Variable-length bounds cannot be parameters: one constant per allowed length.
export const MAX_PATH_HOPS = 6;
const PATH_RELATIONS = 'MENTIONED_IN|SAID_BY|VIA|ABOUT|IN|INVOLVES|REPORTED_IN';
const PATHS = Array.from({ length: MAX_PATH_HOPS + 1 }, (_, hops) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${PATH_RELATIONS}*..${Math.max(hops, 1)}]-(b))
RETURN [n IN nodes(p) | CASE
          WHEN n:Entity THEN { kind: 'Entity', entity: ${ENTITY('n')} }
          WHEN n:Event THEN { kind: 'Event', event: ${EVENT('n')} }
          WHEN n:Statement THEN { kind: 'Statement', statement: ${STATEMENT('n')} }
          ELSE { kind: 'Article', articleId: n.id } END] AS nodes,
       [r IN relationships(p) | { type: type(r), from: startNode(r).id, to: endNode(r).id, evidence: coalesce(r.evidence, []) }] AS hops`);

export type SearchItem = { kind: 'Entity'; item: EntityRecord } | { kind: 'Statement'; item: StatementRecord } | { kind: 'Article'; item: { id: string } };
export interface TimelineBucket {
  month: string;
  articles: number;
  statements: number;
  events: number;
}
export type PathNode =
  | { kind: 'Entity'; entity: EntityRecord }
  | { kind: 'Event'; event: EventRecord }
  | { kind: 'Statement'; statement: StatementRecord }
  | { kind: 'Article'; articleId: string };
export interface PathHop {
  type: string;
  from: string;
  to: string;
  evidence: string[];
}

export async function search(graph: Graph, text: string, limit: number): Promise<(SearchItem & { score: number })[]> {
  const query = toFuzzyQuery(text);
  if (!query) return [];
  return graph.read<SearchItem & { score: number }>(SEARCH, { query, limit: neo4j.int(limit) });
}

export async function entityTimeline(graph: Graph, id: string): Promise<TimelineBucket[]> {
  return graph.read<TimelineBucket & Record<string, unknown>>(ENTITY_TIMELINE, { id });
}

export async function searchTimeline(graph: Graph, text: string): Promise<TimelineBucket[]> {
  const query = toFuzzyQuery(text);
  return query ? graph.read<TimelineBucket & Record<string, unknown>>(SEARCH_TIMELINE, { query }) : [];
}

export async function findPath(graph: Graph, from: string, to: string, maxHops: number): Promise<{ nodes: PathNode[]; hops: PathHop[] } | null> {
  const [row] = await graph.read<{ nodes: PathNode[]; hops: PathHop[] }>(PATHS[Math.min(Math.max(1, maxHops), MAX_PATH_HOPS)]!, { from, to });
  return row ?? null;
}
