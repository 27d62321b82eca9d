// The head of an article body: its dateline, its author's byline (before the dateline on its own line, "By Jane
// Doe\n\nSEOUL — …", or just after it, "Paris 03.02.2023 Jane Doe “…"), and where the body proper starts.
import { parseByline } from './byline';
import { parseDateline, type Dateline } from './dateline';

export interface ArticleHead {
  dateline: Dateline | null;
  /** Where the dateline starts: after a byline line that comes first, else 0. */
  datelineStart: number;
  author: string | null;
  /** Where the body proper starts: just after the dateline (a byline after it is part of the body's text). */
  bodyStart: number;
}

const LEADING_BYLINE = /^By\s+[^\n]{3,80}\n\s*/;

export function readArticleHead(text: string): ArticleHead {
  const lead = LEADING_BYLINE.exec(text);
  const leadAuthor = lead ? (parseByline(lead[0].trimEnd())?.author ?? null) : null;
  const datelineStart = leadAuthor ? lead![0].length : 0;
  const dateline = parseDateline(text.slice(datelineStart));
  const bodyStart = datelineStart + (dateline?.length ?? 0);
  return { dateline, datelineStart, author: leadAuthor ?? parseByline(text.slice(bodyStart))?.author ?? null, bodyStart };
}
