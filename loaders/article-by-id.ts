import DataLoader from 'dataloader';
import { findArticlesByIds, type ArticleRecord } from '../src/graph/article-repository';
import type { Graph } from '../src/graph/driver';
import { byKey } from './by-key';

/** Articles by id: one query per batch, results in key order, null for a missing id. */
export const createArticleById = (graph: Graph) =>
  new DataLoader<string, ArticleRecord | null>(async (ids) => byKey(ids, await findArticlesByIds(graph, ids), (article) => article.id));
