// Reads inputs (files, folders of them, http(s) URLs) into articles, one document at a time: HTML pages, RSS and
// Atom feeds, JSON Lines and plain text. Whatever cannot be read is reported with its reason; the rest go on.
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import type { SourceArticle } from './article';
import { decodeText, MAX_FILE_BYTES } from './decode-text';
import { SUPPORTED_FORMATS } from './detect-format';
import { fetchUrl, isUrl, type FetchOptions } from './fetch-url';
import { walkFolder } from './folder';
import { describeFsError } from './fs-errors';
import type { FieldMap } from './json-lines';
import { readDocument } from './read-document';
import { sourceError, type SourceError, type SourceItem } from './source-item';

export { decodeText, MAX_FILE_BYTES };
export type { FieldMap, FetchOptions, SourceError, SourceItem };

export interface ReadOptions {
  /** JSON Lines: the record key for each article field, e.g. { text: 'body', title: 'headline' } (`--field text=body`). */
  fieldMap?: FieldMap;
  /** URLs: time limit, size limit and user agent; each defaults to DEFAULT_FETCH_OPTIONS. */
  fetch?: Partial<FetchOptions>;
  /** Turns a file path into the `source` recorded on its articles (default: the path relative to the working folder). URLs are their own source. */
  sourceName?: (file: string) => string;
}

export interface SourceReadResult {
  articles: SourceArticle[];
  errors: SourceError[];
}

const defaultSourceName = (file: string) => relative(process.cwd(), file) || file;

/** One document to read (a file, a URL), or a reason one cannot be, with the name reports give it. */
export interface Document {
  source: string;
  /** Its articles and errors; nothing is read before this is iterated. */
  read(): AsyncGenerator<SourceItem>;
}

/**
 * The documents of the inputs, one at a time, in input order (a folder's files in sorted order). Paths that do
 * not exist are reported first, before any reading, so a mistyped name shows at once.
 */
export async function* documentsOf(inputs: string[], options: ReadOptions = {}): AsyncGenerator<Document> {
  const sourceName = options.sourceName ?? defaultSourceName;
  const found: { input: string; info: Stats | null }[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      found.push({ input, info: null });
      continue;
    }
    try {
      found.push({ input, info: await stat(input) });
    } catch (error) {
      yield failed(input, describeFsError(error));
    }
  }
  for (const { input, info } of found) {
    if (!info) yield { source: input, read: () => readUrl(input, options) };
    else if (info.isDirectory()) yield* folderDocuments(input, sourceName, options.fieldMap);
    else yield { source: sourceName(input), read: () => readPath(input, sourceName(input), info.size, options.fieldMap) };
  }
}

/** Yields each input's articles as soon as it is read, and an error item for each file, URL, feed item or JSONL line that could not be. */
export async function* streamSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  for await (const document of documentsOf(inputs, options)) yield* document.read();
}

/** Every article and error of `streamSources`, collected. */
export async function readSources(paths: string[], sourceName: (file: string) => string = defaultSourceName): Promise<SourceReadResult> {
  const articles: SourceArticle[] = [];
  const errors: SourceError[] = [];
  for await (const item of streamSources(paths, { sourceName })) {
    if ('article' in item) articles.push(item.article);
    else errors.push(item.error);
  }
  return { articles, errors };
}

const failed = (source: string, reason: string): Document => ({
  source,
  async *read() {
    yield sourceError(source, reason);
  },
});

async function* folderDocuments(folder: string, sourceName: (file: string) => string, fieldMap: FieldMap | undefined): AsyncGenerator<Document> {
  let files = 0;
  for await (const entry of walkFolder(folder)) {
    if ('skipped' in entry) {
      yield failed(sourceName(entry.skipped), entry.reason);
      continue;
    }
    files += 1;
    const source = sourceName(entry.file);
    yield { source, read: () => readPath(entry.file, source, null, fieldMap) };
  }
  if (files === 0) yield failed(folder, `folder holds no files in a supported format (${SUPPORTED_FORMATS})`);
}

async function* readPath(file: string, source: string, size: number | null, fieldMap: FieldMap | undefined): AsyncGenerator<SourceItem> {
  let bytes: Uint8Array;
  try {
    // A file over the limit is refused before it is read.
    const length = size ?? (await stat(file)).size;
    if (length > MAX_FILE_BYTES) return yield sourceError(source, `file is ${length} bytes, over the ${MAX_FILE_BYTES}-byte limit`);
    bytes = await readFile(file);
  } catch (error) {
    return yield sourceError(source, describeFsError(error));
  }
  yield* readDocument({ bytes, name: file, source }, fieldMap);
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  const fetched = await fetchUrl(url, options.fetch);
  if ('reason' in fetched) return yield sourceError(url, fetched.reason);
  yield* readDocument({ bytes: fetched.bytes, name: new URL(fetched.url).pathname, source: url, contentType: fetched.contentType, url: fetched.url }, options.fieldMap);
}
