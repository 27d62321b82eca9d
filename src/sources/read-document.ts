// One document (a file's or a response's bytes) to articles: its format detected, its text decoded, and the
// reader for that format run. Every reason it gives is for this document alone.
import { charsetOfContentType, declaredCharset, decodeText } from './decode-text';
import { detectFormat, type SourceFormat } from './detect-format';
import { readFeed } from './feed';
import { readHtmlPage } from './html-page';
import { readJsonLines, type FieldMap } from './json-lines';
import { splitPlainText } from './plain-text';
import { sourceError, type SourceItem } from './source-item';

export interface SourceDocument {
  bytes: Uint8Array;
  /** A file path or URL path: its extension is a hint when the content gives none. */
  name: string;
  /** Recorded on the articles and in errors. */
  source: string;
  /** The HTTP Content-Type, for a URL. */
  contentType?: string | null;
  /** The URL it was fetched from, after redirects. */
  url?: string | null;
}

export function* readDocument(document: SourceDocument, fieldMap?: FieldMap): Generator<SourceItem> {
  const { bytes, source } = document;
  const detected = detectFormat({ name: document.name, contentType: document.contentType, head: bytes.subarray(0, 2048) });
  if ('reason' in detected) return yield sourceError(source, detected.reason);
  const { format } = detected;
  // Pages and feeds may name their encoding in their markup; plain text and JSON Lines are UTF-8, as before.
  const markup = format === 'html' || format === 'feed';
  const decoded = decodeText(bytes, charsetOfContentType(document.contentType) ?? (markup ? declaredCharset(bytes) : null));
  if ('reason' in decoded) return yield sourceError(source, decoded.reason);
  try {
    yield* readAs(format, decoded.text, document, fieldMap);
  } catch (error) {
    // A parser's failure on one odd document is that document's problem, not the end of the run.
    yield sourceError(source, `could not be read as ${FORMAT_NAMES[format]} (${(error as Error).message})`);
  }
}

const FORMAT_NAMES: Record<SourceFormat, string> = { html: 'HTML', feed: 'a feed', jsonl: 'JSON Lines', text: 'plain text' };

function* readAs(format: SourceFormat, text: string, { source, url }: SourceDocument, fieldMap: FieldMap | undefined): Generator<SourceItem> {
  if (format === 'html') {
    const page = readHtmlPage(text, { source, url });
    return yield 'reason' in page ? sourceError(source, page.reason) : { article: page };
  }
  if (format === 'feed') return yield* readFeed(text, { source, url });
  if (format === 'jsonl') return yield* readJsonLines(text, source, fieldMap);
  const articles = splitPlainText(text, source);
  if (articles.length === 0) yield sourceError(source, 'no article found (no headline followed by text)');
  // Plain text names no URL of its own: a fetched one is where it came from.
  for (const article of articles) yield { article: url ? { ...article, url } : article };
}
