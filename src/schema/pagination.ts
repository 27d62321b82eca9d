import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { fieldsAt } from './selection';

const DEFAULT_PAGE = 20;

interface PageArgs {
  first?: number | null;
  last?: number | null;
}

/** Refuses page sizes outside 0…max with a GraphQL error, rather than silently cutting the page. */
export function checkPageSize(args: PageArgs, max: number): void {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > max)) {
      throw new GraphQLError(`\`${name}\` must be between 0 and ${max} (the largest page), got ${size}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }
}

// Cursors are Pothos' offset cursors (base64 of "OffsetConnection:<offset>"); those of the first pages are
// built once rather than for every connection of every request (20 speakers' counts built 40 of them).
const REMEMBERED_CURSORS = 1_000;
const cursors: string[] = [];
// An empty page's end cursor is that of offset -1, as Pothos gives it.
const cursorAt = (offset: number): string => (offset < -1 || offset >= REMEMBERED_CURSORS ? offsetToCursor(offset) : (cursors[offset + 1] ??= offsetToCursor(offset)));

/**
 * One page of a parent's list (loaded up to the page's end, or in full up to a cap) as a connection with its
 * total: Pothos' resolveArrayConnection, with remembered cursors.
 */
export function pageConnection<T>(
  args: { first?: number | null; last?: number | null; before?: string | null; after?: string | null },
  page: { items: T[]; total: number },
  maxPageSize: number,
) {
  checkPageSize(args, maxPageSize);
  const { limit, offset, expectedSize, hasPreviousPage, hasNextPage } = offsetForArgs({ args, defaultSize: DEFAULT_PAGE, maxSize: maxPageSize, totalCount: page.items.length });
  const nodes = page.items.slice(offset, offset + limit);
  const edges = nodes.slice(0, expectedSize).map((node, index) => ({ cursor: cursorAt(offset + index), node }));
  return {
    edges,
    pageInfo: { startCursor: cursorAt(offset), endCursor: cursorAt(offset + edges.length - 1), hasPreviousPage, hasNextPage: hasNextPage(nodes.length) },
    totalCount: () => Promise.resolve(page.total),
  };
}

type ConnectionArgs = { first?: number | null; last?: number | null; before?: string | null; after?: string | null };

/**
 * How many of a parent's first items a connection field needs: up to the end of its page and one more (to
 * know whether there is a next page), none when only its totalCount is asked for (fragments included), all
 * (up to the cap) for `last` without `before`, which counts from the end.
 */
export function itemsNeeded(args: ConnectionArgs, info: GraphQLResolveInfo, maxPageSize: number): number {
  return itemsNeededFor(args, fieldsAt(info, []), maxPageSize);
}

/** itemsNeeded, given the names of the fields selected on the connection. */
export function itemsNeededFor(args: ConnectionArgs, asked: ReadonlySet<string>, maxPageSize: number): number {
  if (asked.size > 0 && [...asked].every((name) => name === 'totalCount' || name === '__typename')) return 0;
  if (args.last != null && !args.before) return Number.MAX_SAFE_INTEGER;
  const { offset, limit } = offsetForArgs({ args, defaultSize: DEFAULT_PAGE, maxSize: maxPageSize });
  return offset + limit;
}

/** A parent's list as a connection, fetching only the items its page shows (see itemsNeeded). */
export async function loadConnection<T>(
  loader: { load(key: { id: string; prefix: number }): Promise<{ items: T[]; total: number }> },
  id: string,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
  maxPageSize: number,
) {
  checkPageSize(args, maxPageSize);
  return pageConnection(args, await loader.load({ id, prefix: itemsNeeded(args, info, maxPageSize) }), maxPageSize);
}
