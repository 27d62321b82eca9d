// The record every reader produces: one news article, its body being the text all offsets index into.
import { createHash } from 'node:crypto';

export interface SourceArticle {
  /** Content hash of title and body: the same article read twice gets the same id. */
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) from the dateline or a date line; null when the text gives none. */
  date: string | null;
  author: string | null;
  /** The place named by the dateline, if any. */
  datelinePlace: string | null;
  /** The input file it came from (or "api" for the mutation). */
  source: string;
  url: string | null;
  /** The article body, dateline included, exactly as in the source. */
  text: string;
}

/** What the `ingestArticle` mutation accepts of an article, in characters (here, so its clients know it too). */
export const SUBMITTED_LIMITS = { title: 500, text: 200_000, author: 200, source: 500 } as const;

/**
 * Title and text as an article sent through the `ingestArticle` mutation is kept: the title on one line, the text
 * with \n line ends, both trimmed. A client that knows this knows the id the server will give an article.
 */
export function cleanSubmitted(title: string, text: string): { title: string; text: string } {
  return { title: title.replace(/\s+/g, ' ').trim(), text: text.replace(/\r\n?/g, '\n').trim() };
}

/** How an article is named in a report: its source and title. */
export const describeArticle = (article: Pick<SourceArticle, 'source' | 'title'>) => `${article.source} (“${article.title}”)`;

export function articleId(title: string, text: string): string {
  return createHash('sha256').update(title.trim()).update('\n').update(text.trim()).digest('hex').slice(0, 24);
}

/** Titles and names are for display and lookup: odd spaces (NBSP, tabs, new lines) made plain, empty as null. */
export function singleLine(value: string | null | undefined): string | null {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
}
