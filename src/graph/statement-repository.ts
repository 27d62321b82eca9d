// Statements: by ids, listed by speaker, subject, period and words; who commented on which events; what a statement is about.
import neo4j from 'neo4j-driver';
import { toLuceneQuery, type ArticleRecord } from './article-repository';
import type { Graph } from './driver';
import { pagesByIds } from './entity-repository';
import { chooseEventSource, eventFilterParams, perEventSource, type EventFilter } from './event-repository';
import { ARTICLE, ENTITY, EVENT, PAGE_OF, STATEMENT } from './projections';
import type { EntityRecord, EventRecord, StatementRecord } from './records';

export interface StatementFilter {
  speakerId?: string | null;
  /** An event or entity the statement is about. */
  aboutId?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

// Statements with the given ids.
const FIND_STATEMENTS_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN ${STATEMENT('s')} AS statement`;

const STATEMENT_SOURCE_ALL = 'MATCH (s:Statement)';
const STATEMENT_SOURCE_WORDS = "CALL db.index.fulltext.queryNodes('statement_quotes', $words) YIELD node AS s";
const STATEMENT_WHERE = `
WHERE ($speakerId IS NULL OR EXISTS { MATCH (s)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($aboutId IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = $aboutId })
  AND ($from IS NULL OR s.date >= date($from))
  AND ($to IS NULL OR s.date <= date($to))`;
const listStatementsQuery = (source: string) => `${source}${STATEMENT_WHERE}
WITH s ORDER BY s.date DESC, s.id
SKIP $offset LIMIT $limit
RETURN ${STATEMENT('s')} AS statement`;
const countStatementsQuery = (source: string) => `${source}${STATEMENT_WHERE}
RETURN count(s) AS total`;
const LIST_STATEMENTS = listStatementsQuery(STATEMENT_SOURCE_ALL);
const LIST_STATEMENTS_WORDS = listStatementsQuery(STATEMENT_SOURCE_WORDS);
const COUNT_STATEMENTS = countStatementsQuery(STATEMENT_SOURCE_ALL);
const COUNT_STATEMENTS_WORDS = countStatementsQuery(STATEMENT_SOURCE_WORDS);

// The canonical question: who commented on the events of a period and place (and type) — each speaker with
// the statements they made about those events, most statements first, and the articles those statements come
// from (the answer's evidence asks for them; returning them here saves a round trip).
const COMMENTATORS = perEventSource((events) => `${events}
MATCH (s:Statement)-[:ABOUT]->(ev)
MATCH (s)-[:SAID_BY]->(speaker:Entity)
WITH speaker, collect(DISTINCT s) AS statements
WITH speaker, statements ORDER BY size(statements) DESC, speaker.name
RETURN ${ENTITY('speaker')} AS speaker, [s IN statements | ${STATEMENT('s')}] AS statements,
  COLLECT { UNWIND statements AS s MATCH (a:Article {id: s.articleId}) RETURN DISTINCT ${ARTICLE('a')} } AS articles`);

// For each event: the speakers of statements about it, with those statements.
const COMMENTATORS_BY_EVENT_IDS = `
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (s:Statement)-[:ABOUT]->(ev)
OPTIONAL MATCH (s)-[:SAID_BY]->(speaker:Entity)
WITH id, speaker, collect(${STATEMENT('s')}) AS statements
${PAGE_OF(`CASE WHEN speaker IS NULL THEN null ELSE { speaker: ${ENTITY('speaker')}, statements: statements } END`)}`;

// For each statement: the events and entities it is about.
const ABOUT_BY_STATEMENT_IDS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:ABOUT]->(t)
WITH id, t ORDER BY t.start, t.name
${PAGE_OF(`CASE WHEN t:Event THEN { kind: 'Event', event: ${EVENT('t')} } WHEN t:Entity THEN { kind: 'Entity', entity: ${ENTITY('t')} } END`)}`;

export interface Commentator {
  speaker: EntityRecord;
  statements: StatementRecord[];
}

export type AboutTarget = { kind: 'Event'; event: EventRecord } | { kind: 'Entity'; entity: EntityRecord };

function filterParams(filter: StatementFilter) {
  return { speakerId: filter.speakerId ?? null, aboutId: filter.aboutId ?? null, from: filter.from ?? null, to: filter.to ?? null, words: toLuceneQuery(filter.text) };
}

export async function findStatementsByIds(graph: Graph, ids: readonly string[]): Promise<StatementRecord[]> {
  return (await graph.read<{ statement: StatementRecord }>(FIND_STATEMENTS_BY_IDS, { ids })).map((row) => row.statement);
}

export async function listStatements(graph: Graph, filter: StatementFilter, offset: number, limit: number): Promise<StatementRecord[]> {
  const params = filterParams(filter);
  const rows = await graph.read<{ statement: StatementRecord }>(params.words ? LIST_STATEMENTS_WORDS : LIST_STATEMENTS, { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) });
  return rows.map((row) => row.statement);
}

export async function countStatements(graph: Graph, filter: StatementFilter): Promise<number> {
  const params = filterParams(filter);
  const [row] = await graph.read<{ total: number }>(params.words ? COUNT_STATEMENTS_WORDS : COUNT_STATEMENTS, params);
  return row?.total ?? 0;
}

/** Who commented on the events the filter selects, and the articles their statements come from. */
export async function findCommentators(graph: Graph, filter: EventFilter): Promise<{ commentators: Commentator[]; articles: ArticleRecord[] }> {
  const source = chooseEventSource(filter);
  const rows = await graph.read<{ speaker: EntityRecord; statements: StatementRecord[]; articles: ArticleRecord[] }>(COMMENTATORS[source], eventFilterParams(filter, source));
  return { commentators: rows.map(({ speaker, statements }) => ({ speaker, statements })), articles: rows.flatMap((row) => row.articles) };
}

export const findCommentatorsByEventIds = (graph: Graph, ids: readonly string[]) => pagesByIds<Commentator>(graph, COMMENTATORS_BY_EVENT_IDS, ids);
export const findAboutByStatementIds = (graph: Graph, ids: readonly string[]) => pagesByIds<AboutTarget>(graph, ABOUT_BY_STATEMENT_IDS, ids);
