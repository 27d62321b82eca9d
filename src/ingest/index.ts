// Ingest: files → articles → extraction → joined to the graph → one write transaction per article.
// A failing article rolls back alone and is reported; the rest go in.
import { extractArticles, type ExtractionResult } from '../extract';
import type { Graph } from '../graph/driver';
import { writeArticleBundle } from '../graph/knowledge-writer';
import type { SourceArticle } from '../sources/article';
import { readSources, type SourceError } from '../sources/read-sources';
import { bundleArticles } from './bundles';
import { resolveAgainstGraph } from './resolve-against-graph';

export interface IngestReport {
  articles: number;
  errors: SourceError[];
}

/** How articles are extracted: in this thread by default, or elsewhere (the server's worker pool). */
export type Extract = (articles: SourceArticle[]) => Promise<ExtractionResult>;

/** Extracts and writes articles; returns how many were written and what failed, with reasons. */
export async function ingestArticles(graph: Graph, articles: SourceArticle[], extract: Extract = extractArticles): Promise<IngestReport> {
  const errors: SourceError[] = [];
  const extraction = await resolveAgainstGraph(graph, await extract(articles));
  let written = 0;
  for (const bundle of bundleArticles(articles, extraction)) {
    try {
      await writeArticleBundle(graph, bundle);
      written += 1;
    } catch (error) {
      errors.push({ source: `${bundle.article.source} (“${bundle.article.title}”)`, reason: (error as Error).message });
    }
  }
  return { articles: written, errors };
}

export async function ingestPaths(graph: Graph, paths: string[]): Promise<IngestReport> {
  const { articles, errors } = await readSources(paths);
  const report = await ingestArticles(graph, articles);
  return { articles: report.articles, errors: [...errors, ...report.errors] };
}
