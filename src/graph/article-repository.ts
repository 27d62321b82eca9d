// Articles in Neo4j: upsert by content id, batch lookup by ids, filtered and paged listing.
import neo4j from 'neo4j-driver';
import type { SourceArticle } from '../sources/article';
import type { Graph } from './driver';
import { ARTICLE, projected, type Projection } from './projections';

/** An article as read: everything but its text, which is loaded on its own when asked for. */
export interface ArticleRecord {
  id: string;
  title: string;
  date: string | null;
  author: string | null;
  source: string;
  url: string | null;
}

export interface ArticleFilter {
  /** Inclusive ISO dates. */
  from?: string | null;
  to?: string | null;
  /** Words that must all occur in the title or text. */
  text?: string | null;
}

// Upserts articles by their content hash; running it again changes nothing. `ingestedAt` (set once, indexed)
// is the ingest log live updates poll, whichever process wrote the article. Returns which rows made their
// article: only this query makes articles and it always gives them a text, so one without a text is new.
export const UPSERT_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.ingestedAt = datetime()
WITH a, row, a.text IS NULL AS created
SET a.title = row.title,
    a.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    a.author = row.author,
    a.source = row.source,
    a.url = row.url,
    a.text = row.text
RETURN row.id AS id, created`;

// The texts of the articles with the given ids.
const FIND_ARTICLE_TEXTS_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text`;

// Returns the articles with the given ids (missing ids are simply absent).
const FIND_ARTICLES_BY_IDS = projected(
  (p) => `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${ARTICLE('a', p)} AS article`,
);

// Where matching articles come from: every article, or the full-text index when words are given.
const ALL_ARTICLES = 'MATCH (a:Article)';
const ARTICLES_WITH_WORDS = "CALL db.index.fulltext.queryNodes('article_text', $textQuery) YIELD node AS a";
const IN_DATE_RANGE = 'WHERE ($from IS NULL OR a.date >= date($from)) AND ($to IS NULL OR a.date <= date($to))';

// One page of matching articles, newest first (undated last), then by id for a stable order.
const page = (source: string, p: Projection) => `${source}
${IN_DATE_RANGE}
RETURN ${ARTICLE('a', p)} AS article
ORDER BY a.date IS NULL, a.date DESC, a.id
SKIP $offset LIMIT $limit`;
const LIST_ARTICLES = projected((p) => ({ all: page(ALL_ARTICLES, p), words: page(ARTICLES_WITH_WORDS, p) }));

// How many articles match the filter.
const count = (source: string) => `${source}
${IN_DATE_RANGE}
RETURN count(a) AS total`;
const COUNT_ARTICLES = count(ALL_ARTICLES);
const COUNT_ARTICLES_WITH_WORDS = count(ARTICLES_WITH_WORDS);

// Which of these article ids are stored (a rerun of an ingest skips them).
const FIND_STORED_ARTICLE_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id`;

/** The ids of these articles that are stored: a look-up before a write, within the write's time limit. */
export async function findStoredArticleIds(graph: Graph, ids: readonly string[]): Promise<Set<string>> {
  const rows = await graph.read<{ id: string }>(FIND_STORED_ARTICLE_IDS, { ids }, graph.timeouts.writeMs);
  return new Set(rows.map((row) => row.id));
}

export async function upsertArticle(graph: Graph, article: SourceArticle): Promise<void> {
  const { id, title, date, author, source, url, text } = article;
  await graph.write(UPSERT_ARTICLES, { rows: [{ id, title, date, author, source, url, text }] });
}

export async function findArticlesByIds(graph: Graph, ids: readonly string[], projection?: Projection): Promise<ArticleRecord[]> {
  const rows = await graph.read<{ article: ArticleRecord }>(FIND_ARTICLES_BY_IDS(projection), { ids });
  return rows.map((row) => row.article);
}

export async function findArticleTextsByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await graph.read<{ id: string; text: string }>(FIND_ARTICLE_TEXTS_BY_IDS, { ids });
  return new Map(rows.map((row) => [row.id, row.text]));
}

export async function listArticles(graph: Graph, filter: ArticleFilter, offset: number, limit: number, projection?: Projection): Promise<ArticleRecord[]> {
  const params = filterParams(filter);
  const rows = await graph.read<{ article: ArticleRecord }>(LIST_ARTICLES(projection)[params.textQuery ? 'words' : 'all'], {
    ...params,
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  });
  return rows.map((row) => row.article);
}

export async function countArticles(graph: Graph, filter: ArticleFilter): Promise<number> {
  const params = filterParams(filter);
  const [row] = await graph.read<{ total: number }>(params.textQuery ? COUNT_ARTICLES_WITH_WORDS : COUNT_ARTICLES, params);
  return row?.total ?? 0;
}

function filterParams(filter: ArticleFilter) {
  return { from: filter.from ?? null, to: filter.to ?? null, textQuery: toLuceneQuery(filter.text) };
}

/** Free text → a Lucene query where every word must occur; Lucene syntax in the input is escaped, never run. */
export function toLuceneQuery(text: string | null | undefined): string | null {
  const words = (text ?? '')
    .split(/\s+/)
    // Lower case keeps AND/OR/NOT from being operators; the index folds case anyway.
    .map((word) => word.toLowerCase().replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&'))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length > 0 ? words.map((word) => `+${word}`).join(' ') : null;
}
