// Reads a news page: its metadata from the markup, its main text with Readability (which drops the navigation,
// cookie banners, related links and footers around the article), as blank-line separated paragraphs.
import { Readability } from '@mozilla/readability';
import { absoluteUrl } from './absolute-url';
import type { SourceArticle } from './article';
import { buildArticle } from './build-article';
import { parseDocument, type DomDocument, type DomNode } from './dom';
import { readPageMeta } from './html-meta';
import { htmlToText } from './html-text';

export interface PageContext {
  source: string;
  /** Where the page was fetched from (after redirects): its url when the page names none, and the base of relative ones. */
  url?: string | null;
}

export function readHtmlPage(html: string, { source, url }: PageContext): SourceArticle | { reason: string } {
  const document = parseDocument(html);
  // Before Readability, which takes the page apart as it goes.
  const meta = readPageMeta(document);
  const main = mainText(document);
  if (!main.text) return { reason: 'no article text found in the page' };
  return buildArticle({
    title: meta.title ?? main.title,
    text: main.text,
    source,
    date: meta.date,
    author: meta.author ?? bylineName(main.byline),
    url: absoluteUrl(meta.url, url) ?? url ?? null,
  });
}

function mainText(document: DomDocument): { text: string; title: string | null; byline: string | null } {
  // Readability's serializer hands back its article element as it is: no HTML string to parse again.
  const article = new Readability<DomNode>(document as unknown as ConstructorParameters<typeof Readability>[0], { serializer: (node) => node as unknown as DomNode }).parse();
  const text = article?.content ? htmlToText(article.content) : '';
  // A page too short or too odd for Readability still has its body's text (scripts, navigation, asides dropped).
  return { text: text || (document.body ? htmlToText(document.body) : ''), title: article?.title ?? null, byline: article?.byline ?? null };
}

/** Readability's byline as a name: "By Jane Doe, Staff Reporter" → "Jane Doe"; anything long is not a name. */
function bylineName(byline: string | null): string | null {
  const name = byline?.replace(/^\s*by\s+/i, '').split(/\s*[,|•·]\s*|\s+-\s+/)[0]?.trim();
  return name && name.length <= 60 && /\p{L}/u.test(name) ? name : null;
}
