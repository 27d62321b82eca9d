// Builds the article record from what a structured source (a page, a feed item, a JSON record) states, filling
// what it leaves out from the body's head as plain text does: the dateline's date and place, a byline, a date line.
import { articleId, singleLine as clean, type SourceArticle } from './article';
import { readArticleHead } from './article-head';
import { parseByline } from './byline';
import { dateLine } from './dateline';

export interface ArticleFields {
  title: string | null | undefined;
  /** The body as plain text, paragraphs separated by blank lines. */
  text: string;
  source: string;
  date?: string | null | undefined;
  author?: string | null | undefined;
  url?: string | null | undefined;
}

const MAX_TITLE_LENGTH = 100;

export function buildArticle(fields: ArticleFields): SourceArticle {
  const text = fields.text.trim();
  const head = readArticleHead(text);
  const body = text.slice(head.bodyStart);
  // A made-up title starts where the sentences do: after the dateline and a byline that follows it.
  const title = clean(fields.title) ?? titleFromText(body.slice(parseByline(body)?.length ?? 0));
  const date = fields.date ?? head.dateline?.date ?? firstParagraphs(text).map(dateLine).find(Boolean) ?? null;
  return {
    id: articleId(title, text),
    title,
    date,
    author: clean(fields.author) ?? head.author,
    datelinePlace: head.dateline?.place ?? null,
    source: fields.source,
    url: clean(fields.url),
    text,
  };
}

/** A title for a source that gives none: the body's first sentence (of at least a few words), shortened. */
export function titleFromText(text: string): string {
  const firstLine = text.trim().split('\n')[0] ?? '';
  const sentence = /^.{20,}?[.!?…](?=\s|$)/.exec(firstLine)?.[0].replace(/\.$/, '') ?? firstLine;
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

const firstParagraphs = (text: string) => text.split(/\n\s*\n/).slice(0, 3);
