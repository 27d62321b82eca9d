// The four questions, each written the way a user of each server would ask it, and how each answer is brought
// to one shape (same fields; lists sorted where the question gives them no order) so the two can be compared.
import { encodeGlobalID } from '@pothos/plugin-relay';

/** What the questions ask about, picked from the graph they run on. */
export interface Subject {
  /** YYYY-MM */
  month: string;
  country: string;
  /** Entity id (not the global id) of the person of Q2. */
  personId: string;
  /** Entity ids and types of the speakers of Q4. */
  speakers: { id: string; type: string }[];
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  name: string;
  newsgraph: GraphQLRequest;
  neo4jGraphQL: GraphQLRequest;
  /** Each server's `data`, in one comparable shape. */
  fromNewsgraph(data: unknown): unknown;
  fromNeo4jGraphQL(data: unknown): unknown;
}

// Answers come as parsed JSON: each normaliser reads the shape its query asked for.
type Name = { name: string };
type Title = { title: string } | null;
type Page<T> = { totalCount: number; edges: { node: T }[] };
type Dated = { quote: string; date: string | null };
type Labelled = { label: string; start: string | null };

/** A list whose order the question leaves open, in a fixed order. */
const sorted = <T>(list: T[]): T[] => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
const names = (list: Name[]) => sorted(list.map((x) => x.name));
const titles = (list: Title[]) => sorted(list.map((x) => x?.title ?? null));
const page = <T, U>(p: Page<T>, item: (t: T) => U) => ({ totalCount: p.totalCount, items: p.edges.map((e) => item(e.node)) });

function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

type Commented = { quote: string; date: string | null; sentence: string; article: string | null };
type Commentators = { speaker: string; statements: Commented[] }[];
const commentators = (list: Commentators) => sorted(list.map((c) => ({ speaker: c.speaker, statements: sorted(c.statements) })));

/** Q1: who commented on a month's events in a country, with their statements, sentences and articles. */
function q1(subject: Subject): Question {
  const { from, to } = monthBounds(subject.month);
  return {
    name: 'Q1 commentators',
    newsgraph: {
      query: `query Q1($filter: EventFilter!) { commentators(filter: $filter) { speaker { name type } statements { quote date evidence { sentence article { title } } } } }`,
      variables: { filter: { period: { month: subject.month }, place: subject.country } },
    },
    // Statements about an event overlapping the month that happened in the country or in a place in it; the
    // client groups them by speaker (the library answers per node type, not per group).
    neo4jGraphQL: {
      query: `query Q1($from: Date!, $to: Date!, $country: String!) {
  statements(where: { about: { some: { Event: {
    start: { lte: $to }, end: { gte: $from },
    places: { some: { Country: { name: { eq: $country } }, Place: { country: { name: { eq: $country } } } } }
  } } } }) {
    quote date sentence speaker { name type } reportedIn { title }
  }
}`,
      variables: { from, to, country: subject.country },
    },
    fromNewsgraph: (data) => {
      type Row = { speaker: Name & { type: string }; statements: { quote: string; date: string | null; evidence: { sentence: string; article: Title } }[] };
      return commentators(
        (data as { commentators: Row[] }).commentators.map((c) => ({
          speaker: `${c.speaker.name} (${c.speaker.type})`,
          statements: c.statements.map((s) => ({ quote: s.quote, date: s.date, sentence: s.evidence.sentence, article: s.evidence.article?.title ?? null })),
        })),
      );
    },
    fromNeo4jGraphQL: (data) => {
      type Row = { quote: string; date: string | null; sentence: string; speaker: (Name & { type: string }) | null; reportedIn: Title };
      const bySpeaker = new Map<string, Commented[]>();
      for (const s of (data as { statements: Row[] }).statements) {
        if (!s.speaker) continue; // a statement nobody is named for has no commentator
        const key = `${s.speaker.name} (${s.speaker.type})`;
        bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), { quote: s.quote, date: s.date, sentence: s.sentence, article: s.reportedIn?.title ?? null }]);
      }
      return commentators([...bySpeaker].map(([speaker, statements]) => ({ speaker, statements })));
    },
  };
}

type Q2Person = { name: string; statements: Page<Dated>; events: Page<Labelled> };
const person = (p: Q2Person | null | undefined) =>
  p && { name: p.name, statements: page(p.statements, (s) => ({ quote: s.quote, date: s.date })), events: page(p.events, (e) => ({ label: e.label, start: e.start })) };

/** Q2: one person with their newest 5 statements and 5 events (and how many of each). */
function q2(subject: Subject): Question {
  return {
    name: 'Q2 person',
    newsgraph: {
      query: `query Q2($id: ID!) { node(id: $id) { ... on Person { name statements(first: 5) { totalCount edges { node { quote date } } } events(first: 5) { totalCount edges { node { label start } } } } } }`,
      variables: { id: encodeGlobalID('Person', subject.personId) },
    },
    // Ties on the date are broken by id, as newsgraph does, so both pick the same five.
    neo4jGraphQL: {
      query: `query Q2($id: ID!) {
  people(where: { id: { eq: $id } }) {
    name
    statementsConnection(first: 5, sort: [{ node: { date: DESC } }, { node: { id: ASC } }]) { totalCount edges { node { quote date } } }
    eventsConnection(first: 5, sort: [{ node: { start: DESC } }, { node: { id: ASC } }]) { totalCount edges { node { label start } } }
  }
}`,
      variables: { id: subject.personId },
    },
    fromNewsgraph: (data) => person((data as { node: Q2Person | null }).node),
    fromNeo4jGraphQL: (data) => {
      const [p] = (data as { people: { name: string; statementsConnection: Page<Dated>; eventsConnection: Page<Labelled> }[] }).people;
      return person(p && { name: p.name, statements: p.statementsConnection, events: p.eventsConnection });
    },
  };
}

type Q3Event = Labelled & { places: string[]; participants: string[]; reports: (string | null)[] };

/** Q3: the newest 20 events of a month, with their places, participants and the articles reporting them. */
function q3(subject: Subject): Question {
  const { from, to } = monthBounds(subject.month);
  return {
    name: 'Q3 events',
    newsgraph: {
      query: `query Q3($filter: EventFilter!) { events(first: 20, filter: $filter) { edges { node { label start places { name } participants { name } reports { article { title } } } } } }`,
      variables: { filter: { period: { month: subject.month } } },
    },
    neo4jGraphQL: {
      query: `query Q3($from: Date!, $to: Date!) {
  events(where: { start: { lte: $to }, end: { gte: $from } }, sort: [{ start: DESC }, { id: ASC }], limit: 20) {
    label start
    places { ... on Place { name } ... on Country { name } }
    participants { name }
    reportedIn { title }
  }
}`,
      variables: { from, to },
    },
    fromNewsgraph: (data) => {
      type Row = Labelled & { places: Name[]; participants: Name[]; reports: { article: Title }[] };
      return (data as { events: Page<Row> }).events.edges.map(({ node: e }): Q3Event => ({
        label: e.label,
        start: e.start,
        places: names(e.places),
        participants: names(e.participants),
        reports: titles(e.reports.map((r) => r.article)),
      }));
    },
    fromNeo4jGraphQL: (data) => {
      type Row = Labelled & { places: Name[]; participants: Name[]; reportedIn: Title[] };
      return (data as { events: Row[] }).events.map((e): Q3Event => ({ label: e.label, start: e.start, places: names(e.places), participants: names(e.participants), reports: titles(e.reportedIn) }));
    },
  };
}

/** Q4: how many statements each of 20 speakers (people and institutions) made. */
function q4(subject: Subject): Question {
  return {
    name: 'Q4 statement counts',
    newsgraph: {
      query: `query Q4($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { name statements { totalCount } } ... on Institution { name statements { totalCount } } } }`,
      variables: { ids: subject.speakers.map((s) => encodeGlobalID(s.type, s.id)) },
    },
    neo4jGraphQL: {
      query: `query Q4($ids: [ID!]!) { speakers(where: { id: { in: $ids } }) { name statementsConnection { totalCount } } }`,
      variables: { ids: subject.speakers.map((s) => s.id) },
    },
    fromNewsgraph: (data) => sorted((data as { nodes: ({ name: string; statements: { totalCount: number } } | null)[] }).nodes.map((n) => n && { name: n.name, statements: n.statements.totalCount })),
    fromNeo4jGraphQL: (data) => sorted((data as { speakers: { name: string; statementsConnection: { totalCount: number } }[] }).speakers.map((n) => ({ name: n.name, statements: n.statementsConnection.totalCount }))),
  };
}

export const questions = (subject: Subject): Question[] => [q1(subject), q2(subject), q3(subject), q4(subject)];
