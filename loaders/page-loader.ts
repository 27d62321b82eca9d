import DataLoader from 'dataloader';
import type { Page } from '../src/graph/records';

/** A loader of one list per parent id: one repository call per batch, an empty page for a parent with none. */
export function pageLoader<T>(fetch: (ids: readonly string[]) => Promise<Map<string, Page<T>>>) {
  return new DataLoader<string, Page<T>>(async (ids) => {
    const pages = await fetch(ids);
    return ids.map((id) => pages.get(id) ?? { items: [], total: 0 });
  });
}

/** A loader of one value per id (null for a missing id). */
export function mapLoader<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
