// A small typed client: asks newsgraph who commented on the events of a month in a place, and prints each
// speaker with what they said and where it is written.
//   npx tsx examples/who-commented.ts [--url URL] [--month 2022-01] [--place Kazakhstan]
// The URL defaults to the server `npm start` runs: http://127.0.0.1:$PORT/graphql (PORT as the server reads it, 4000).
import { parseArgs } from 'node:util';
import { print } from 'graphql';
import { graphql } from '../gql';
import type { WhoCommentedQueryQuery, WhoCommentedQueryQueryVariables } from '../gql/graphql';

const WhoCommentedQuery = graphql(`
  query WhoCommentedQuery($filter: EventFilter!) {
    commentators(filter: $filter) {
      speaker { name type }
      statements { quote date direct evidence { article { title date } } }
    }
  }
`);

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT || 4000}/graphql` },
    month: { type: 'string', default: '2022-01' },
    place: { type: 'string', default: 'Kazakhstan' },
  },
});

const variables: WhoCommentedQueryQueryVariables = { filter: { period: { month: values.month }, place: values.place } };
const response = await fetch(values.url!, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: print(WhoCommentedQuery), variables }),
}).catch((error: Error & { cause?: { code?: string } }) => {
  // No server there: say so and how to start one, not a stack.
  console.error(`Cannot reach newsgraph at ${values.url} (${error.cause?.code ?? error.message}). Start it with \`npm start\`, or pass --url.`);
  process.exit(1);
});
const { data, errors } = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}: not a GraphQL answer` }] }))) as { data?: WhoCommentedQueryQuery; errors?: { message: string }[] };
if (errors?.length || !data) {
  console.error(`newsgraph answered with errors: ${errors?.map((e) => e.message).join('; ') ?? response.statusText}`);
  process.exit(1);
}

console.log(`Who commented on the events of ${values.month} in ${values.place}:`);
for (const { speaker, statements } of data.commentators) {
  console.log(`\n${speaker.name} (${speaker.type.toLowerCase()}), ${statements.length} statement(s)`);
  for (const statement of statements) {
    const quote = statement.quote.length > 110 ? `${statement.quote.slice(0, 107)}…` : statement.quote;
    const source = statement.evidence.article;
    console.log(`  ${statement.direct ? '“' : '('}${quote}${statement.direct ? '”' : ')'} — ${statement.date ?? 'undated'}, in “${source?.title ?? '?'}”`);
  }
}
