// One graph's part of bench:compare: the three servers on it, the answers checked, then the rounds of
// measurements, and the table rows of their medians.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Graph } from '../../../src/graph/driver';
import { createGraphQLApp, listen, type RunningServer } from '../../../src/server';
import { checkSameAnswer } from './answers';
import { ask, measure, medianFigures, type Figures } from './measure';
import { listenNeo4jGraphQL } from './neo4j-graphql-server';
import { questions, type GraphQLRequest, type Question, type Subject } from './questions';
import { NEO4J_GRAPHQL, type Row } from './report';

export interface Settings {
  rounds: number;
  /** Length of each measured run. */
  seconds: number;
  /** Unmeasured load before each run at 32 clients. */
  warmupSeconds: number;
  /** Unmeasured load per question and uncached server before the first round. */
  initialWarmupSeconds: number;
}

const CLIENTS = [1, 32] as const;
export const NEWSGRAPH = 'newsgraph';
const NEWSGRAPH_CACHED = 'newsgraph+cache';

// The 20 speakers with the most statements (Q4); the first person among them is Q2's.
const TOP_SPEAKERS = `
MATCH (s:Statement)-[:SAID_BY]->(e:Entity)
WITH e, count(s) AS statements ORDER BY statements DESC, e.id LIMIT 20
RETURN e.id AS id, e.type AS type`;

const log = (message: string) => console.error(message);

export async function pickSubject(graph: Graph, month: string, country: string): Promise<Subject> {
  const speakers = await graph.read<{ id: string; type: string }>(TOP_SPEAKERS);
  const person = speakers.find((s) => s.type === 'Person');
  if (!person) throw new Error('no person has a statement in this graph');
  return { month, country, personId: person.id, speakers };
}

/** A driver as a user of @neo4j/graphql makes it (defaults), counting sessions: the library runs one query in each. */
export function countingDriver(uri: string): { driver: Driver; sessions: () => number } {
  const driver = neo4j.driver(uri);
  let sessions = 0;
  const open = driver.session.bind(driver);
  driver.session = (...config: Parameters<Driver['session']>) => {
    sessions += 1;
    return open(...config);
  };
  return { driver, sessions: () => sessions };
}

interface Contender {
  name: string;
  server: RunningServer;
  request: (question: Question) => GraphQLRequest;
  /** Database round trips so far. */
  trips: () => number;
}

async function startContenders(graph: Graph, neo4jGraphQL: ReturnType<typeof countingDriver>): Promise<Contender[]> {
  // Uncached, newsgraph shares nothing between requests, as @neo4j/graphql does: no response cache, and no
  // coalescing of identical questions in flight (32 clients asking the same thing would otherwise cost one).
  // The second contender is the server as it runs by default: both on.
  const newsgraph = (shared: boolean) => listen(createGraphQLApp(graph, { maxPageSize: 100, maxDepth: 12, cacheTtlMs: shared ? 10_000 : 0, coalesceQueries: shared }), '127.0.0.1', 0);
  const trips = () => graph.roundTrips;
  return [
    { name: NEWSGRAPH, server: await newsgraph(false), request: (q) => q.newsgraph, trips },
    { name: NEWSGRAPH_CACHED, server: await newsgraph(true), request: (q) => q.newsgraph, trips },
    { name: NEO4J_GRAPHQL, server: await listenNeo4jGraphQL(neo4jGraphQL.driver), request: (q) => q.neo4jGraphQL, trips: neo4jGraphQL.sessions },
  ];
}

/** Checks every question's answers and counts each server's round trips per request (answers cached by then). */
async function checkAnswers(contenders: Contender[], list: Question[], graphLabel: string): Promise<Map<string, number>> {
  const [newsgraph, cached, theirs] = contenders as [Contender, Contender, Contender];
  const trips = new Map<string, number>();
  for (const question of list) {
    const mine = await ask(newsgraph.server.url, question.newsgraph);
    checkSameAnswer(question, graphLabel, mine, await ask(theirs.server.url, question.neo4jGraphQL));
    // The cache's first answer is computed; the one counted below comes from memory.
    checkSameAnswer(question, `${graphLabel}, ${NEWSGRAPH_CACHED}`, await ask(cached.server.url, question.newsgraph), await ask(theirs.server.url, question.neo4jGraphQL));
    for (const contender of contenders) {
      const before = contender.trips();
      await ask(contender.server.url, contender.request(question));
      trips.set(`${question.name}|${contender.name}`, contender.trips() - before);
    }
  }
  return trips;
}

export async function benchGraph(graph: Graph, neo4jGraphQL: ReturnType<typeof countingDriver>, graphLabel: string, subject: Subject, settings: Settings): Promise<Row[]> {
  const list = questions(subject);
  const contenders = await startContenders(graph, neo4jGraphQL);
  try {
    log(`${graphLabel}: checking answers (${subject.month}, ${subject.country})…`);
    const trips = await checkAnswers(contenders, list, graphLabel);
    // Neo4j compiles its hot paths under the first load; cached answers never reach it.
    log(`${graphLabel}: warming up…`);
    for (const question of list) {
      for (const c of contenders.filter((c) => c.name !== NEWSGRAPH_CACHED)) await measure(c.server.url, c.request(question), 32, settings.initialWarmupSeconds, 0);
    }
    const runs = new Map<string, Figures[]>();
    for (let round = 0; round < settings.rounds; round += 1) {
      // Turns alternate in order from round to round, so that neither server always runs on a warmer database.
      const order = round % 2 ? [...contenders].reverse() : contenders;
      for (const question of list) {
        for (const clients of CLIENTS) {
          log(`${graphLabel}, round ${round + 1}/${settings.rounds}: ${question.name}, ${clients} client${clients > 1 ? 's' : ''}`);
          for (const c of order) {
            const key = `${question.name}|${clients}|${c.name}`;
            runs.set(key, [...(runs.get(key) ?? []), await measure(c.server.url, c.request(question), clients, settings.seconds, settings.warmupSeconds)]);
          }
        }
      }
    }
    return list.flatMap((question) =>
      CLIENTS.flatMap((clients) => {
        const figures = (name: string) => medianFigures(runs.get(`${question.name}|${clients}|${name}`)!);
        const theirs = figures(NEO4J_GRAPHQL).requestsPerSecond;
        return contenders.map(({ name }): Row => ({
          question: question.name,
          graph: graphLabel,
          clients,
          server: name,
          figures: figures(name),
          trips: trips.get(`${question.name}|${name}`) ?? null,
          ratio: name === NEO4J_GRAPHQL ? null : figures(name).requestsPerSecond / theirs,
        }));
      }),
    );
  } finally {
    for (const c of contenders) await c.server.close();
  }
}
