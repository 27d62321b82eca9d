// The graph read whole for export (Gephi, Cytoscape, spreadsheets, notebooks): entities and events as nodes,
// the relations between them as edges with how much evidence each has, and the statements with their sources.
import type { Graph } from './driver';

export interface ExportFilter {
  /** Entity types to keep (Person, Institution, Country, Place); events are kept unless `events` is false. */
  types?: readonly string[] | null;
  events?: boolean;
  /** Inclusive ISO dates: events that overlap the period, statements made in it. */
  from?: string | null;
  to?: string | null;
}

export interface ExportNode {
  id: string;
  label: string;
  /** Person, Institution, Country, Place or Event. */
  type: string;
  /** Articles that mention it (entities) or report it (events). */
  articles: number;
  eventType: string | null;
  start: string | null;
  end: string | null;
  country: string | null;
}

export interface ExportEdge {
  source: string;
  target: string;
  /** IN, INVOLVES, PART_OF, HOLDS_ROLE, or COMMENTED_ON (a speaker's statements about an entity or event). */
  relation: string;
  /** Evidence entries (sentences) behind it; for COMMENTED_ON, the statements. */
  evidence: number;
  title: string | null;
}

export interface ExportStatement {
  id: string;
  speaker: string | null;
  speakerType: string | null;
  quote: string;
  direct: boolean;
  date: string | null;
  article: string;
  articleDate: string | null;
  url: string | null;
  source: string;
  sentence: string;
}

// Entities of the chosen types, with the number of articles that mention them.
const EXPORT_ENTITIES = `
MATCH (e:Entity)
WHERE $types IS NULL OR e.type IN $types
RETURN e.id AS id, e.name AS label, e.type AS type, COUNT { (e)-[:MENTIONED_IN]->() } AS articles,
       null AS eventType, null AS start, null AS end, e.country AS country
ORDER BY id`;

// Events overlapping the period (all when none is given), with the number of articles that report them.
const EXPORT_EVENTS = `
MATCH (ev:Event)
WHERE ($from IS NULL OR ev.end >= date($from) OR (ev.end IS NULL AND ev.start >= date($from)))
  AND ($to IS NULL OR ev.start <= date($to))
RETURN ev.id AS id, ev.label AS label, 'Event' AS type, COUNT { (ev)-[:REPORTED_IN]->() } AS articles,
       ev.type AS eventType, toString(ev.start) AS start, toString(ev.end) AS end, null AS country
ORDER BY id`;

// Relations between entities and events, each with its evidence count; the caller keeps those whose ends it exports.
const EXPORT_RELATIONS = `
MATCH (a)-[r:IN|INVOLVES|PART_OF|HOLDS_ROLE]->(b)
WHERE (a:Entity OR a:Event) AND (b:Entity OR b:Event)
RETURN a.id AS source, b.id AS target, type(r) AS relation, size(coalesce(r.evidence, [])) AS evidence, r.title AS title
ORDER BY source, target, relation, title`;

// Who commented on what: a speaker's statements about an entity or an event (in the period), counted.
const EXPORT_COMMENTS = `
MATCH (s:Statement)-[:SAID_BY]->(speaker:Entity)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
MATCH (s)-[:ABOUT]->(subject)
RETURN speaker.id AS source, subject.id AS target, 'COMMENTED_ON' AS relation, count(s) AS evidence, null AS title
ORDER BY source, target`;

// Statements made in the period, with speaker, article and sentence, in date order.
const EXPORT_STATEMENTS = `
MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
OPTIONAL MATCH (s)-[:SAID_BY]->(speaker:Entity)
RETURN s.id AS id, speaker.name AS speaker, speaker.type AS speakerType, s.quote AS quote, s.direct AS direct,
       toString(s.date) AS date, a.title AS article, toString(a.date) AS articleDate, a.url AS url, a.source AS source,
       s.sentence AS sentence
ORDER BY s.date, a.title, s.start`;

const periodOf = (filter: ExportFilter) => ({ from: filter.from ?? null, to: filter.to ?? null });

/** The nodes and edges of the graph under the filter; edges only between exported nodes. */
export async function readExportGraph(graph: Graph, filter: ExportFilter, timeoutMs?: number): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
  const period = periodOf(filter);
  const entities = await graph.read<ExportNode>(EXPORT_ENTITIES, { types: filter.types?.length ? filter.types : null }, timeoutMs);
  const events = filter.events === false ? [] : await graph.read<ExportNode>(EXPORT_EVENTS, period, timeoutMs);
  const nodes = [...entities, ...events].map((node) => ({ ...node, articles: Number(node.articles) }));
  const kept = new Set(nodes.map((node) => node.id));
  const relations = await graph.read<ExportEdge>(EXPORT_RELATIONS, {}, timeoutMs);
  const comments = await graph.read<ExportEdge>(EXPORT_COMMENTS, period, timeoutMs);
  const edges = [...relations, ...comments]
    .filter((edge) => kept.has(edge.source) && kept.has(edge.target))
    .map((edge) => ({ ...edge, evidence: Number(edge.evidence) }));
  return { nodes, edges };
}

export async function readExportStatements(graph: Graph, filter: ExportFilter, timeoutMs?: number): Promise<ExportStatement[]> {
  return graph.read<ExportStatement>(EXPORT_STATEMENTS, periodOf(filter), timeoutMs);
}
