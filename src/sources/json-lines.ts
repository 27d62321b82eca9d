// Reads JSON Lines (NDJSON): one article per line, its fields found by name or by a field map
// ({ text: 'body', title: 'headline' }, as `--field text=body` gives). A bad line is reported as "file.jsonl:17",
// the other lines still go in.
import type { ArticleField } from './article-fields';
import { buildArticle } from './build-article';
import { datePart } from './date-part';
import { personNames } from './html-meta';
import { sourceError, type SourceItem } from './source-item';

export type { ArticleField } from './article-fields';

/** For each article field, the record key that holds it; a dotted key ("meta.byline") reaches into objects. */
export type FieldMap = Partial<Record<ArticleField, string>>;

const DEFAULT_KEYS: Record<ArticleField, string[]> = {
  title: ['title', 'headline'],
  text: ['text', 'body', 'content'],
  date: ['date', 'datePublished', 'published'],
  url: ['url', 'link'],
  author: ['author', 'byline'],
};

export function* readJsonLines(text: string, source: string, fieldMap: FieldMap = {}): Generator<SourceItem> {
  const keys = (field: ArticleField) => (fieldMap[field] ? [fieldMap[field]] : DEFAULT_KEYS[field]);
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const lineSource = `${source}:${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield sourceError(lineSource, `invalid JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield sourceError(lineSource, 'line is not a JSON object');
      continue;
    }
    const field = (name: ArticleField) => keys(name).map((key) => valueAt(record, key)).find((value) => value !== undefined && value !== null);
    const body = field('text');
    if (typeof body !== 'string' || body.trim() === '') {
      yield sourceError(lineSource, `no article text (no ${keys('text').map((key) => `"${key}"`).join(', ')} field with text)`);
      continue;
    }
    const title = field('title');
    const date = field('date');
    const url = field('url');
    yield {
      article: buildArticle({
        title: typeof title === 'string' ? title : null,
        text: body.replace(/\r\n?/g, '\n'),
        source: lineSource,
        // A date that cannot be read is left out, not a reason to lose the article.
        date: typeof date === 'string' ? datePart(date) : null,
        author: personNames(field('author')),
        url: typeof url === 'string' ? url : null,
      }),
    };
  }
}

function valueAt(record: object, key: string): unknown {
  if (key in record) return (record as Record<string, unknown>)[key];
  let value: unknown = record;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}
