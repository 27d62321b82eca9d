// DataLoaders, created anew for every request so nothing is cached across requests.
import type { Graph } from '../src/graph/driver';
import { createArticleById } from './article-by-id';

export function createLoaders(graph: Graph) {
  return {
    articleById: createArticleById(graph),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
