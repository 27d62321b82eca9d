// Extraction: articles in, the contract's structure out. Pure: no database, no network.
import type { SourceArticle } from '../sources/article';
import type { Extraction } from './contract';

/** Extracts the structure of a set of articles. (Entities, statements and events come with the extraction issue.) */
export function extractArticles(articles: SourceArticle[]): Omit<Extraction, 'errors'> {
  return {
    articles: articles.map(({ id, title, date, author, source, text }) => ({ id, title, date, author, source, text })),
    entities: [],
    mentions: [],
    statements: [],
    events: [],
  };
}
