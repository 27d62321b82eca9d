// Reads input files and writes their articles to the graph, one article at a time: a failure loses only that article.
import { upsertArticle } from './graph/article-repository';
import type { Graph } from './graph/driver';
import { readSources, type SourceError } from './sources/read-sources';

export interface IngestReport {
  articles: number;
  errors: SourceError[];
}

export async function ingestPaths(graph: Graph, paths: string[]): Promise<IngestReport> {
  const { articles, errors } = await readSources(paths);
  let written = 0;
  for (const article of articles) {
    try {
      await upsertArticle(graph, article);
      written += 1;
    } catch (error) {
      errors.push({ source: `${article.source} (“${article.title}”)`, reason: (error as Error).message });
    }
  }
  return { articles: written, errors };
}
