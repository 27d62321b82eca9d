// A worker thread of the extraction pool: articles in, their extraction out (the models load once per thread).
import { extractArticles, type ExtractionResult } from '../extract';
import type { SourceArticle } from '../sources/article';

export default function extractInWorker({ articles }: { articles: SourceArticle[] }): Promise<ExtractionResult> {
  return extractArticles(articles);
}
