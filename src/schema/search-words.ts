// Words of a search reach Lucene as one term each (fuzzy ones expand to many): their number is bounded.
import { GraphQLError } from 'graphql';
import type { Context } from '../context';

/** The search text as given, once it has no more words than the limit allows. */
export function searchWords<T extends string | null | undefined>(context: Context, text: T, argument: string): T {
  const words = (text ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  const max = context.limits.maxSearchTerms;
  if (words > max) {
    throw new GraphQLError(`\`${argument}\` has ${words} words; a search may have at most ${max} (GRAPHQL_MAX_SEARCH_TERMS).`, {
      extensions: { code: 'TOO_MANY_SEARCH_WORDS', http: { status: 400 } },
    });
  }
  return text;
}
