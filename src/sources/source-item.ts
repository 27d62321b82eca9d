// What readers hand on: an article, or a reason something (a file, a URL, a feed item, a JSONL line) was not read.
import type { SourceArticle } from './article';

export interface SourceError {
  /** The file, URL, "file.jsonl:17" line or feed item that was not read. */
  source: string;
  reason: string;
}

export type SourceItem = { article: SourceArticle } | { error: SourceError };

export const sourceError = (source: string, reason: string): SourceItem => ({ error: { source, reason } });
