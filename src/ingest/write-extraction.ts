// Writes a batch's extraction: joined to what the graph holds, then the whole batch in one transaction; if that
// fails, article by article, so a failing article rolls back alone and the others go in.
import type { ExtractionResult } from '../extract';
import type { Graph } from '../graph/driver';
import { writeArticleBundle, writeArticleBundles } from '../graph/knowledge-writer';
import type { SourceArticle } from '../sources/article';
import { bundleArticles, type ArticleBundle } from './bundles';
import { resolveAgainstGraph } from './resolve-against-graph';

export type ArticleOutcome = { article: SourceArticle; bundle: ArticleBundle } | { article: SourceArticle; error: Error };

/** Writes each article of the extraction; `onOutcome` hears of each as it is written or fails. */
export async function writeExtraction(graph: Graph, articles: SourceArticle[], extraction: ExtractionResult, onOutcome: (outcome: ArticleOutcome) => void): Promise<void> {
  const resolved = await resolveAgainstGraph(graph, extraction);
  const bundles = bundleArticles(articles, resolved);
  if (bundles.length > 1) {
    const together = await writeArticleBundles(graph, bundles).then(
      () => true,
      () => false,
    );
    if (together) {
      for (const bundle of bundles) onOutcome({ article: bundle.article, bundle });
      return;
    }
  }
  for (const bundle of bundles) {
    try {
      await writeArticleBundle(graph, bundle);
      onOutcome({ article: bundle.article, bundle });
    } catch (error) {
      onOutcome({ article: bundle.article, error: error as Error });
    }
  }
}
