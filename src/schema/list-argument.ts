// A filter's single value and the list beside it (`speaker` and `speakers`, `type` and `types`, …) read as one
// list: "one of these", with at most MAX_LISTED values.
import { GraphQLError } from 'graphql';

export const MAX_LISTED = 50;

/** The single value and the list as one list without repeats, or null when neither is given; `path` names the list in errors. */
export function oneOf(path: string, single: string | null | undefined, list: readonly string[] | null | undefined): string[] | null {
  if (!single && !list) return null;
  const values = [...new Set([...(single ? [single] : []), ...(list ?? [])])];
  if (values.length > MAX_LISTED) throw new GraphQLError(`${path} may name at most ${MAX_LISTED} values.`, { extensions: { code: 'BAD_USER_INPUT' } });
  return values;
}
