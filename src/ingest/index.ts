// Ingest: sources → articles → extraction → joined to the graph → one write transaction per article.
// A failing article rolls back alone and is reported; the rest go in.
import { extractArticles } from '../extract';
import type { Graph } from '../graph/driver';
import { describeArticle, type SourceArticle } from '../sources/article';
import type { ReadOptions, SourceError } from '../sources/read-sources';
import { ingestSources, type Extract, type IngestOptions, type IngestSummary } from './ingest-sources';
import { listSources } from './run-sources';
import { writeExtraction } from './write-extraction';

export { ingestSources, type Extract, type IngestOptions, type IngestProgress, type IngestSource, type IngestSummary } from './ingest-sources';

export interface IngestReport {
  articles: number;
  errors: SourceError[];
}

/**
 * Extracts the given articles together and writes them (the ingestArticle mutation): how many were written and
 * what failed. An extraction that fails (over its budget) fails the call, with its own error.
 */
export async function ingestArticles(graph: Graph, articles: SourceArticle[], extract: Extract = extractArticles): Promise<IngestReport> {
  const errors: SourceError[] = [];
  let written = 0;
  await writeExtraction(graph, articles, await extract(articles), (outcome) => {
    if ('error' in outcome) errors.push({ source: describeArticle(outcome.article), reason: outcome.error.message });
    else written += 1;
  });
  return { articles: written, errors };
}

/** Ingests files, folders (every supported file in them) and URLs, streaming (see ingestSources). */
export async function ingestPaths(graph: Graph, inputs: string[], options: IngestOptions & { read?: ReadOptions } = {}): Promise<IngestSummary> {
  // The documents are listed first (names only), so progress can say how many there are.
  const sources = await listSources(inputs, options.read);
  return ingestSources(graph, sources, { ...options, sourceCount: sources.length });
}
