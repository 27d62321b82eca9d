// What a news page states about its article in its markup: Open Graph and article meta tags, JSON-LD
// (schema.org NewsArticle, alone, in an array or in an @graph), <h1>, <title>, <time datetime>, the canonical link.
import { datePart } from './date-part';
import { singleLine as clean } from './article';
import type { DomDocument } from './dom';

export interface PageMeta {
  title: string | null;
  /** ISO date, the date part of the timestamp as written. */
  date: string | null;
  author: string | null;
  url: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;

export function readPageMeta(document: DomDocument): PageMeta {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const value = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const linked = jsonLdObjects(document);
  const article = linked.find((object) => types(object).some((type) => ARTICLE_TYPE.test(type))) ?? linked.find((object) => 'datePublished' in object || 'headline' in object);
  const siteName = meta('og:site_name', 'application-name') ?? text(linked.find((object) => types(object).includes('WebSite'))?.name);
  const h1 = document.querySelector('article h1, main h1') ?? document.querySelector('h1');
  const headline = meta('og:title', 'twitter:title') ?? text(article?.headline) ?? clean(h1?.textContent) ?? clean(document.title);
  const author = meta('author', 'article:author', 'parsely-author');
  return {
    title: headline ? withoutSiteName(headline, siteName, clean(h1?.textContent)) : null,
    date: datePart(meta('article:published_time', 'datePublished') ?? text(article?.datePublished) ?? (document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]'))?.getAttribute('datetime')),
    // article:author is often a profile URL, which names no one.
    author: (author && !/^https?:/.test(author) ? author : null) ?? personNames(article?.author),
    url: meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? text(article?.url),
  };
}

// Every JSON-LD object on the page: top-level objects, array members and @graph members. Broken blocks are skipped.
function jsonLdObjects(document: DomDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      objects.push(value);
      if ('@graph' in value) collect(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its own problem; the other sources of metadata still count.
    }
  }
  return objects;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const types = (object: JsonObject): string[] => [object['@type']].flat().filter((type): type is string => typeof type === 'string');
const text = (value: unknown): string | null => (typeof value === 'string' ? clean(value) : null);

/** Authors as JSON-LD gives them: a name, a Person or Organization, or a list of either. */
export function personNames(value: unknown): string | null {
  const names = [value]
    .flat()
    .map((person) => (isObject(person) ? text(person.name) : text(person)))
    .filter((name): name is string => Boolean(name) && !/^https?:/.test(name!));
  return names.length ? names.join(', ') : null;
}

const SEPARATOR = /\s+[|–—·:•-]\s+|\s+[|–—·•]\s*$/;

/**
 * "Headline | Site" → "Headline", only when what is cut is known to be the site: the page's own site name, or
 * the part that is not its <h1>. Anything else (a headline with a colon or dash of its own) stays as written.
 */
function withoutSiteName(title: string, siteName: string | null, h1: string | null): string {
  if (h1 && title !== h1 && title.startsWith(h1) && SEPARATOR.test(title.slice(h1.length))) return h1;
  if (!siteName) return title;
  const site = escape(siteName);
  const match = new RegExp(`^(.+?)\\s*[|–—·:•-]\\s*${site}$`, 'i').exec(title) ?? new RegExp(`^${site}\\s*[|–—·:•-]\\s*(.+)$`, 'i').exec(title);
  return match?.[1] ?? title;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
