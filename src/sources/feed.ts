// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed with feedsmith: one article per item, its HTML body read as
// text. An item without body text is reported by its number and title; the other items still go in.
import { parseFeed, type AnyFeed } from 'feedsmith';
import { absoluteUrl } from './absolute-url';
import { buildArticle } from './build-article';
import { datePart } from './date-part';
import { htmlToText } from './html-text';
import { sourceError, type SourceItem } from './source-item';

/** An item as the reader needs it, whichever kind of feed it came from. */
interface FeedEntry {
  title?: string | undefined;
  link?: string | undefined;
  date?: string | undefined;
  author?: string | undefined;
  /** Candidate bodies, best first: full content, then a description or summary. */
  bodies: { value: string | undefined; html: boolean }[];
}

type Parsed = AnyFeed<string>;

export function* readFeed(xml: string, { source, url }: { source: string; url?: string | null }): Generator<SourceItem> {
  let parsed: Parsed;
  try {
    parsed = parseFeed(xml);
  } catch (error) {
    yield sourceError(source, `not a readable RSS or Atom feed (${(error as Error).message})`);
    return;
  }
  const entries = entriesOf(parsed);
  if (entries.length === 0) yield sourceError(source, 'feed has no items');
  for (const [index, entry] of entries.entries()) {
    const title = entry.title ? htmlToText(entry.title).replace(/\s+/g, ' ') : undefined;
    const text = entry.bodies.map(({ value, html }) => (value ? (html ? htmlToText(value) : value.trim()) : '')).find(Boolean);
    if (!text) {
      yield sourceError(`${source} item ${index + 1}${title ? ` (“${title}”)` : ''}`, 'no body text (no content, description or summary)');
      continue;
    }
    yield { article: buildArticle({ title, text, source, date: datePart(entry.date), author: entry.author, url: absoluteUrl(entry.link, url) }) };
  }
}

function entriesOf({ format, feed }: Parsed): FeedEntry[] {
  if (format === 'rss' || format === 'rdf') {
    return (feed.items ?? []).map((item) => ({
      title: item.title,
      link: item.link ?? ('guid' in item && item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
      date: ('pubDate' in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0],
      author: item.dc?.creators?.[0] ?? ('authors' in item ? (item.authors?.[0]?.name ?? item.authors?.[0]?.email) : undefined),
      bodies: [
        { value: item.content?.encoded, html: true },
        { value: item.description, html: true },
      ],
    }));
  }
  if (format === 'atom') {
    return (feed.entries ?? []).map((entry) => ({
      title: entry.title?.type === 'text' ? escapeHtml(entry.title.value) : entry.title?.value,
      link: (entry.links?.find((link) => !link.rel || link.rel === 'alternate') ?? entry.links?.[0])?.href,
      date: entry.published ?? entry.updated,
      author: entry.authors?.[0]?.name,
      bodies: [
        { value: entry.content?.value, html: entry.content?.type !== 'text' },
        { value: entry.summary?.value, html: entry.summary?.type !== 'text' },
      ],
    }));
  }
  return [];
}

// Atom's type="text" titles are read as text: "<" in them is a character, not a tag.
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
