import DataLoader from 'dataloader';
import type { Page } from '../src/graph/records';

/** A parent and how many of its first items are wanted (a page's end; 0 for a count alone); an id alone: all. */
export type PageKey = string | { id: string; prefix: number };

const ALL = Number.MAX_SAFE_INTEGER;
const keyOf = (key: PageKey) => (typeof key === 'string' ? { id: key, prefix: ALL } : key);

/**
 * A loader of one list per parent: one repository call per batch and prefix (the parents of one query level
 * ask with the same page arguments, so one), an empty page for a parent with none.
 */
export function pageLoader<T>(fetch: (ids: readonly string[], prefix?: number) => Promise<Map<string, Page<T>>>) {
  return new DataLoader<PageKey, Page<T>, string>(
    async (keys) => {
      const byPrefix = new Map<number, string[]>();
      for (const { id, prefix } of keys.map(keyOf)) byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id]);
      const fetched = new Map(await Promise.all([...byPrefix].map(async ([prefix, ids]) => [prefix, await fetch(ids, prefix === ALL ? undefined : prefix)] as const)));
      return keys.map(keyOf).map(({ id, prefix }) => fetched.get(prefix)!.get(id) ?? { items: [], total: 0 });
    },
    {
      cacheKeyFn: (key) => {
        const { id, prefix } = keyOf(key);
        return prefix === ALL ? id : `${prefix}\u0000${id}`;
      },
    },
  );
}

/** A loader of one value per id (null for a missing id). */
export function mapLoader<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
