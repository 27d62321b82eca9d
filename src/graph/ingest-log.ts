// The ingest log: articles by the time they were written (`ingestedAt`, indexed), with their statements, for
// live updates. Every process that ingests (the server's mutation, the CLI, other server copies) writes it.
import neo4j from 'neo4j-driver';
import type { ArticleRecord } from './article-repository';
import type { Graph } from './driver';
import { ARTICLE, STATEMENT } from './projections';
import type { StatementRecord } from './records';

// The database's clock, so that a cursor never depends on this machine's.
const NOW = 'RETURN toString(datetime()) AS now';

// Articles written at or after a time, oldest first.
const ARTICLES_INGESTED_SINCE = `
MATCH (a:Article) WHERE a.ingestedAt >= datetime($since)
WITH a ORDER BY a.ingestedAt, a.id LIMIT $limit
RETURN ${ARTICLE('a')} AS article, toString(a.ingestedAt) AS ingestedAt`;

// The statements of these articles, each with the ids of what it is about.
const STATEMENTS_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: id})
RETURN ${STATEMENT('s')} AS statement, COLLECT { MATCH (s)-[:ABOUT]->(t) RETURN t.id } AS about
ORDER BY s.articleId, s.start`;

export interface LoggedStatement {
  statement: StatementRecord;
  about: string[];
}

export async function databaseNow(graph: Graph): Promise<string> {
  const [row] = await graph.read<{ now: string }>(NOW);
  return row!.now;
}

export async function findArticlesIngestedSince(graph: Graph, since: string, limit: number): Promise<{ article: ArticleRecord; ingestedAt: string }[]> {
  return graph.read(ARTICLES_INGESTED_SINCE, { since, limit: neo4j.int(limit) });
}

export async function findStatementsOfArticles(graph: Graph, ids: readonly string[]): Promise<LoggedStatement[]> {
  return graph.read<LoggedStatement>(STATEMENTS_OF_ARTICLES, { ids });
}
