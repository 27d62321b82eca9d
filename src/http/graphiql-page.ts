// GraphiQL from the server itself: the page and its code come from @graphql-yoga/render-graphiql (bundled
// from npm, no CDN), so it works on a machine without internet. It opens with a tab for each of the README's
// questions, each a working query.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export interface ExampleTab {
  query: string;
}

// Named operations, so each tab is titled by its question.
export const EXAMPLE_TABS: readonly ExampleTab[] = [
  {
    query: `# The canonical question: who commented on the events of a month in a place, with their words and where
# they are written. Press the run button (or Ctrl-Enter).
query WhoCommented {
  commentators(filter: { period: { month: "2022-01" }, place: "Kazakhstan" }) {
    speaker { name type }
    statements { quote date evidence { sentence article { title date } } }
  }
}
`,
  },
  {
    query: `# Events by period, type, place (a country includes its places) and participant, with the sentences that say so
query Events {
  events(first: 10, filter: { period: { month: "2022-01" }, place: "Kazakhstan" }) {
    totalCount
    edges { node {
      label start end type
      placesWithEvidence { place { name } evidence { sentence } }
      participantsWithEvidence { participant { name } role evidence { sentence } }
      commentators { speaker { name } }
    } }
  }
}
`,
  },
  {
    query: `# A person: names, roles, statements, events, who is mentioned with them, and where
query Person {
  entities(first: 1, name: "Tokayev") {
    edges { node {
      name aliases
      ... on Person {
        roles
        statements(first: 5) { totalCount edges { node { quote date direct about { __typename ... on Event { label } } } } }
      }
      events(first: 5) { edges { node { label start } } }
      coMentioned(first: 5) { edges { node { articles entity { name } } } }
      mentions(first: 3) { edges { node { article { title } evidence { text sentence } } } }
    } }
  }
}
`,
  },
  {
    query: `# Statements by speaker and period
query Statements {
  statements(first: 10, filter: { speaker: "Kassym-Jomart Tokayev", period: { from: "2022-01-01", to: "2022-01-31" } }) {
    edges { node { quote date speaker { name } medium { name } } }
  }
}
`,
  },
  {
    query: `# Statements counted per speaker (or SPEAKER_TYPE, MONTH), in the database, most first
query StatementCounts {
  statementCounts(by: SPEAKER, filter: { period: { month: "2022-01" } }) { count speaker { name type } }
}
`,
  },
  {
    query: `# Fuzzy search, an entity's timeline, and what connects two entities (each hop with its evidence)
query SearchAndPaths {
  search(query: "Pashinyen", first: 5) { score item { __typename ... on Entity { name } ... on Statement { quote } } }
  timeline(entity: "Josep Borrell") { month articles statements events }
  path(from: "Nikol Pashinyan", to: "Josep Borrell", maxHops: 4) { length hops { relation evidence { sentence } } }
}
`,
  },
  {
    query: `# Articles by period and words
query Articles {
  articles(first: 10, period: { month: "2022-01" }, text: "Almaty") {
    totalCount
    edges { node { title date author source } }
  }
}
`,
  },
];

/** The GraphiQL page; rendered once (it inlines GraphiQL's code, several megabytes), then served as is. */
export function graphiqlRenderer(): (options: Parameters<typeof renderGraphiQL>[0]) => string {
  let page: string | undefined;
  return (options) => (page ??= renderGraphiQL({ ...options, title: 'newsgraph GraphiQL', defaultTabs: [...EXAMPLE_TABS], defaultQuery: EXAMPLE_TABS[0]!.query }));
}
