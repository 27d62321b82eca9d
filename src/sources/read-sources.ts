// Reads input files (or folders of them) into articles; a file that cannot be read is reported, the rest go on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import type { SourceArticle } from './article';
import { splitPlainText } from './plain-text';

export const MAX_FILE_BYTES = 32 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);

export interface SourceError {
  source: string;
  reason: string;
}

export interface SourceReadResult {
  articles: SourceArticle[];
  errors: SourceError[];
}

/** Files named directly are read whatever their extension; folders contribute their text files, sorted. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const files: string[] = [];
  const errors: SourceError[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const entries = await readdir(path, { recursive: true, withFileTypes: true });
        const found = entries
          .filter((entry) => entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
          .map((entry) => join(entry.parentPath, entry.name))
          .sort();
        if (found.length === 0) errors.push({ source: path, reason: 'folder holds no .txt or .md files' });
        files.push(...found);
      } else {
        files.push(path);
      }
    } catch (error) {
      errors.push({ source: path, reason: describeFsError(error) });
    }
  }
  return { files, errors };
}

/** Decodes one file's bytes as text, or says why it is not an article file. */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes.length > MAX_FILE_BYTES) return { reason: `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
  if (bytes.subarray(0, 8192).includes(0)) return { reason: 'binary file (NUL bytes), not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') return { reason: 'file holds only white space' };
    return { text };
  } catch {
    return { reason: 'not UTF-8 text' };
  }
}

/** Reads every path; `sourceName` turns a file path into the `source` recorded on its articles. */
export async function readSources(paths: string[], sourceName: (file: string) => string = (file) => relative(process.cwd(), file) || file): Promise<SourceReadResult> {
  const { files, errors } = await expandPaths(paths);
  const articles: SourceArticle[] = [];
  for (const file of files) {
    const source = sourceName(file);
    try {
      const decoded = decodeText(await readFile(file));
      if ('reason' in decoded) {
        errors.push({ source, reason: decoded.reason });
        continue;
      }
      const found = splitPlainText(decoded.text, source);
      if (found.length === 0) errors.push({ source, reason: 'no article found (no headline followed by text)' });
      articles.push(...found);
    } catch (error) {
      errors.push({ source, reason: describeFsError(error) });
    }
  }
  return { articles, errors };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}
