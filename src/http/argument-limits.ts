// No string a question sends (an argument written in the query or a variable) may be longer than the limit:
// search words, names and ids are short, and a long one only makes work for Lucene and Neo4j. Mutations carry
// article texts and have limits of their own (length of the title and the text, size of the body).
import { getOperationAST, Kind, visit, type DocumentNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

// Per parsed document: yoga caches documents by their text, so a question asked again is not walked again.
const longestByDocument = new WeakMap<DocumentNode, number>();

/** The longest string literal in a document, however deeply nested. */
function longestLiteral(document: DocumentNode): number {
  const known = longestByDocument.get(document);
  if (known !== undefined) return known;
  let longest = 0;
  visit(document, {
    [Kind.STRING]: (node) => {
      longest = Math.max(longest, node.value.length);
    },
  });
  longestByDocument.set(document, longest);
  return longest;
}

function longestString(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  // Variables nest no deeper than the schema's input types; a deeper value is refused elsewhere.
  if (depth > 20 || value === null || typeof value !== 'object') return 0;
  let longest = 0;
  for (const item of Array.isArray(value) ? value : Object.values(value)) longest = Math.max(longest, longestString(item, depth + 1));
  return longest;
}

export function useArgumentLimits({ maxLength }: { maxLength: number }): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation || operation.operation === 'mutation') return;
      const longest = Math.max(longestLiteral(args.document), longestString(args.variableValues));
      if (longest > maxLength) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(`An argument has ${longest.toLocaleString('en')} characters; a question's arguments may have at most ${maxLength.toLocaleString('en')} (GRAPHQL_MAX_ARGUMENT_LENGTH).`, {
              extensions: { code: 'ARGUMENT_TOO_LONG', http: { status: 400 } },
            }),
          ],
        });
      }
    },
  };
}
