// Statements: by ids, listed by speaker, subject, period and words; who commented on which events; what a statement is about.
import neo4j from 'neo4j-driver';
import { toLuceneQuery, type ArticleRecord } from './article-repository';
import type { Graph } from './driver';
import { pagesByIds } from './entity-repository';
import { chooseEventSource, namedEventFilterParams, perNamedEventSource, type NamedEventFilter } from './event-repository';
import { ARTICLE, ENTITY, EVENT, PAGE_OF, projected, STATEMENT, type Projection } from './projections';
import type { EntityRecord, EventRecord, StatementRecord } from './records';

/** One set of conditions on a statement, all of which must hold. */
export interface StatementConditions {
  /** Said by one of these entities. */
  speakerIds?: readonly string[] | null;
  /** About this event or entity. */
  aboutId?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface StatementFilter extends StatementConditions {
  /** Words that must all occur in the quotation. */
  text?: string | null;
  /** When given, at least one of these must hold too (OR). */
  anyOf?: readonly StatementConditions[] | null;
}

export type StatementOrder = 'DATE_DESC' | 'DATE_ASC';
export type StatementGrouping = 'SPEAKER' | 'SPEAKER_TYPE' | 'MONTH';

// Statements with the given ids.
const FIND_STATEMENTS_BY_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN ${STATEMENT('s', p)} AS statement`,
);

const STATEMENT_SOURCE_ALL = 'MATCH (s:Statement)';
const STATEMENT_SOURCE_WORDS = "CALL db.index.fulltext.queryNodes('statement_quotes', $words) YIELD node AS s";
// The conditions of one map `c` (every part optional); the filter's own must hold, and one of its alternatives.
const HOLDS = (c: string) => `(${c}.speakerIds IS NULL OR s.speakerId IN ${c}.speakerIds)
    AND (${c}.aboutId IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = ${c}.aboutId })
    AND (${c}.from IS NULL OR s.date >= date(${c}.from))
    AND (${c}.to IS NULL OR s.date <= date(${c}.to))`;
const STATEMENT_WHERE = `
WITH s, $conditions AS c
WHERE ${HOLDS('c')}
  AND (size($anyOf) = 0 OR ANY(alt IN $anyOf WHERE ${HOLDS('alt')}))`;
const ORDERS: Record<StatementOrder, string> = { DATE_DESC: 's.date DESC, s.id', DATE_ASC: 's.date, s.id' };
const listStatementsQuery = (source: string, order: StatementOrder, p: Projection) => `${source}${STATEMENT_WHERE}
WITH s ORDER BY ${ORDERS[order]}
SKIP $offset LIMIT $limit
RETURN ${STATEMENT('s', p)} AS statement`;
const countStatementsQuery = (source: string) => `${source}${STATEMENT_WHERE}
RETURN count(s) AS total`;
const bySource = <T>(make: (source: string) => T) => ({ all: make(STATEMENT_SOURCE_ALL), words: make(STATEMENT_SOURCE_WORDS) });
const LIST_STATEMENTS = projected((p) => ({ DATE_DESC: bySource((source) => listStatementsQuery(source, 'DATE_DESC', p)), DATE_ASC: bySource((source) => listStatementsQuery(source, 'DATE_ASC', p)) }));
const COUNT_STATEMENTS = bySource(countStatementsQuery);

// Statements counted per speaker, speaker type or month, in the database; most first. No speaker: key null.
const GROUP_KEYS: Record<StatementGrouping, string> = {
  SPEAKER: 's.speakerId',
  SPEAKER_TYPE: 'speaker.type',
  MONTH: 'substring(toString(s.date), 0, 7)',
};
const groupStatementsQuery = (source: string, by: StatementGrouping) => `${source}${STATEMENT_WHERE}
OPTIONAL MATCH (speaker:Entity {id: s.speakerId})
WITH ${GROUP_KEYS[by]} AS key, ${by === 'SPEAKER' ? 'speaker.type' : 'null'} AS speakerType, count(s) AS count
RETURN key, speakerType, count ORDER BY count DESC, key LIMIT $limit`;
const GROUP_STATEMENTS = {
  SPEAKER: bySource((source) => groupStatementsQuery(source, 'SPEAKER')),
  SPEAKER_TYPE: bySource((source) => groupStatementsQuery(source, 'SPEAKER_TYPE')),
  MONTH: bySource((source) => groupStatementsQuery(source, 'MONTH')),
};

// The canonical question: who commented on the events of a period and place (and type) — each speaker with
// the statements they made about those events, most statements first, and the articles those statements come
// from (the answer's evidence asks for them; returning them here saves a round trip). Places and participants
// given by name are looked up here too: one round trip in all. Statements are grouped by the speaker id they
// store beside SAID_BY, so each speaker is looked up once, not once per statement.
const COMMENTATORS = projected((p) =>
  perNamedEventSource((events) => `${events}
MATCH (s:Statement)-[:ABOUT]->(ev)
WITH DISTINCT s WHERE s.speakerId IS NOT NULL
WITH s.speakerId AS speakerId, collect(s) AS statements
MATCH (speaker:Entity {id: speakerId})
WITH speaker, statements ORDER BY size(statements) DESC, speaker.name
RETURN ${ENTITY('speaker', p)} AS speaker, [s IN statements | ${STATEMENT('s', p)}] AS statements,
  COLLECT { UNWIND statements AS s MATCH (a:Article {id: s.articleId}) RETURN DISTINCT ${ARTICLE('a', p)} } AS articles`),
);

// For each event: the speakers of statements about it, with those statements.
const COMMENTATORS_BY_EVENT_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (s:Statement)-[:ABOUT]->(ev)
OPTIONAL MATCH (s)-[:SAID_BY]->(speaker:Entity)
WITH id, speaker, collect(${STATEMENT('s', p)}) AS statements
${PAGE_OF(`{ speaker: ${ENTITY('speaker', p)}, statements: statements }`, ['speaker', 'statements'])}`,
);

// For each statement: the events and entities it is about.
const ABOUT_BY_STATEMENT_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH id, t ORDER BY t.start, t.name
${PAGE_OF(`CASE WHEN t:Event THEN { kind: 'Event', event: ${EVENT('t', p)} } ELSE { kind: 'Entity', entity: ${ENTITY('t', p)} } END`, ['t'])}`,
);

export interface Commentator {
  speaker: EntityRecord;
  statements: StatementRecord[];
}

export type AboutTarget = { kind: 'Event'; event: EventRecord } | { kind: 'Entity'; entity: EntityRecord };

const conditionsOf = (c: StatementConditions) => ({ speakerIds: c.speakerIds ?? null, aboutId: c.aboutId ?? null, from: c.from ?? null, to: c.to ?? null });

function filterParams(filter: StatementFilter) {
  const words = toLuceneQuery(filter.text);
  return { source: words ? ('words' as const) : ('all' as const), params: { conditions: conditionsOf(filter), anyOf: (filter.anyOf ?? []).map(conditionsOf), words } };
}

export async function findStatementsByIds(graph: Graph, ids: readonly string[], projection?: Projection): Promise<StatementRecord[]> {
  return (await graph.read<{ statement: StatementRecord }>(FIND_STATEMENTS_BY_IDS(projection), { ids })).map((row) => row.statement);
}

export async function listStatements(graph: Graph, filter: StatementFilter, offset: number, limit: number, order: StatementOrder = 'DATE_DESC', projection?: Projection): Promise<StatementRecord[]> {
  const { source, params } = filterParams(filter);
  const rows = await graph.read<{ statement: StatementRecord }>(LIST_STATEMENTS(projection)[order][source], { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) });
  return rows.map((row) => row.statement);
}

export async function countStatements(graph: Graph, filter: StatementFilter): Promise<number> {
  const { source, params } = filterParams(filter);
  const [row] = await graph.read<{ total: number }>(COUNT_STATEMENTS[source], params);
  return row?.total ?? 0;
}

/** Statements under the filter counted per key (a speaker's id, a speaker type, a month), most first. */
export interface StatementGroup {
  key: string | null;
  /** Counted per speaker: the speaker's type (their global id is made of it). */
  speakerType: string | null;
  count: number;
}

export async function groupStatements(graph: Graph, filter: StatementFilter, by: StatementGrouping, limit: number): Promise<StatementGroup[]> {
  const { source, params } = filterParams(filter);
  return graph.read<StatementGroup>(GROUP_STATEMENTS[by][source], { ...params, limit: neo4j.int(limit) });
}

/**
 * Who commented on the events the filter selects, and the articles their statements come from. None when a
 * place or participant names no entity or several (the caller tells which).
 */
export async function findCommentators(graph: Graph, filter: NamedEventFilter, projection?: Projection): Promise<{ commentators: Commentator[]; articles: ArticleRecord[] }> {
  const source = chooseEventSource(filter, filter.places);
  const rows = await graph.read<{ speaker: EntityRecord; statements: StatementRecord[]; articles: ArticleRecord[] }>(COMMENTATORS(projection)[source], namedEventFilterParams(filter, source));
  return { commentators: rows.map(({ speaker, statements }) => ({ speaker, statements })), articles: rows.flatMap((row) => row.articles) };
}

export const findCommentatorsByEventIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) =>
  pagesByIds<Commentator>(graph, COMMENTATORS_BY_EVENT_IDS(projection), ids, max);
export const findAboutByStatementIds = (graph: Graph, ids: readonly string[], max?: number, projection?: Projection) =>
  pagesByIds<AboutTarget>(graph, ABOUT_BY_STATEMENT_IDS(projection), ids, max);
