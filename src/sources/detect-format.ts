// Which reader a document goes to, from its first bytes first (a page saved as .txt is still a page, a PDF
// renamed .txt still a PDF), then its HTTP Content-Type, then its extension; plain text when nothing says more.
import { extname } from 'node:path';

export type SourceFormat = 'html' | 'feed' | 'jsonl' | 'text';

export const SUPPORTED_FORMATS = 'HTML, RSS/Atom, JSONL, plain text';
export const unsupported = (what: string) => `${what}: not a supported format (${SUPPORTED_FORMATS})`;

const EXTENSIONS: Record<string, SourceFormat> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
};

const CONTENT_TYPES: Record<string, SourceFormat> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed', 'application/atom+xml': 'feed', 'application/xml': 'feed', 'text/xml': 'feed', 'application/rdf+xml': 'feed',
  'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl', 'application/x-jsonlines': 'jsonl', 'application/ndjson': 'jsonl',
  'text/plain': 'text', 'text/markdown': 'text',
};

// Magic numbers of the files people most often drop in a folder of articles by mistake.
const MAGIC: { kind: string; offset?: number; bytes: number[] | string }[] = [
  { kind: 'PDF file', bytes: '%PDF-' },
  { kind: 'PNG image file', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image file', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image file', bytes: 'GIF8' },
  { kind: 'WebP image file', offset: 8, bytes: 'WEBP' },
  { kind: 'TIFF image file', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'TIFF image file', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'zip archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip file', bytes: [0x1f, 0x8b] },
  { kind: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'old Office document (DOC/XLS/PPT)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'RTF document', bytes: '{\\rtf' },
  { kind: 'MP3 audio file', bytes: 'ID3' },
  { kind: 'video or audio file (MP4)', offset: 4, bytes: 'ftyp' },
  { kind: 'executable file', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];
// Bytes a magic number check needs: the longest offset plus signature above.
export const MAGIC_BYTES = 16;

/** What kind of non-text file the first bytes show ("PDF file", "PNG image file"), or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { kind, offset = 0, bytes: signature } of MAGIC) {
    const expected = typeof signature === 'string' ? [...signature].map((char) => char.charCodeAt(0)) : signature;
    if (bytes.length >= offset + expected.length && expected.every((byte, i) => bytes[offset + i] === byte)) return kind;
  }
  return null;
}

/** The format the start of the text shows: markup a page or feed opens with, or a first line that is a JSON object. */
export function sniffFormat(head: string): SourceFormat | 'other-xml' | null {
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 2048);
  // Comments and doctype declarations may come before the root element.
  const root = start.replace(/^(?:<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>|\s)+/i, '');
  if (/^<!doctype\s+html|^<html[\s>]/i.test(root)) return 'html';
  if (/^<(?:rss|feed|rdf:RDF)[\s>]/.test(root)) return 'feed';
  if (start.startsWith('<?xml')) return 'other-xml';
  const firstLine = start.split('\n', 1)[0]!.trim();
  if (firstLine.startsWith('{') && firstLine.endsWith('}') && isJsonObject(firstLine)) return 'jsonl';
  return null;
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

export function formatOfName(name: string): SourceFormat | null {
  return EXTENSIONS[extname(name).toLowerCase()] ?? null;
}

export function formatOfContentType(contentType: string | null | undefined): SourceFormat | null {
  const type = contentType?.split(';')[0]!.trim().toLowerCase();
  return (type && CONTENT_TYPES[type]) || null;
}

export interface DocumentInfo {
  /** A file name or URL path, for its extension. */
  name: string;
  contentType?: string | null;
  /** The first bytes of the document (a kilobyte or two is enough). */
  head: Uint8Array;
}

/** The reader for a document, or why it has none. */
export function detectFormat({ name, contentType, head }: DocumentInfo): { format: SourceFormat } | { reason: string } {
  const kind = binaryKind(head);
  if (kind) return { reason: unsupported(kind) };
  // Latin-1 maps bytes to characters one to one: enough to see ASCII markup whatever the real encoding.
  const sniffed = sniffFormat(new TextDecoder('latin1').decode(head.subarray(0, 2048)));
  if (sniffed === 'other-xml') return { reason: unsupported('XML file that is not an RSS or Atom feed') };
  const extension = extname(name).toLowerCase();
  if (!sniffed && extension === '.json') return { reason: unsupported('JSON file (not JSON Lines, one article a line)') };
  return { format: sniffed ?? formatOfContentType(contentType) ?? formatOfName(name) ?? 'text' };
}
