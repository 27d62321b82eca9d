import { resolveArrayConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

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

/** One page of a parent's list (already loaded in full up to a cap) as a connection with its total. */
export function pageConnection<T>(
  args: { first?: number | null; last?: number | null; before?: string | null; after?: string | null },
  page: { items: T[]; total: number },
  maxPageSize: number,
) {
  checkPageSize(args, maxPageSize);
  return { ...resolveArrayConnection({ args, defaultSize: 20, maxSize: maxPageSize }, page.items), totalCount: () => Promise.resolve(page.total) };
}
