// The questions of the seed gold (../shared/eval/gold/seed.json), asked over HTTP with typed operations
// against a graph built by ingesting the seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { foldName } from '../../src/extract/knowledge/fold';
import { execute } from '../support/http';
import { SEED_GOLD_FILE } from '../support/seed';
import { useSeedServer } from '../support/seed-server';

interface GoldQuestion {
  id: string;
  expect?: string[][];
  acceptAlso?: string[][];
  expectQuotesFrom?: string[];
}
const questions = new Map((JSON.parse(readFileSync(SEED_GOLD_FILE, 'utf8')).questions as GoldQuestion[]).map((q) => [q.id, q]));

const CommentatorsQuery = graphql(`
  query CommentatorsQuery($filter: EventFilter!) {
    commentators(filter: $filter) {
      speaker { id name aliases }
      statements { quote evidence { sentence article { title } } }
    }
  }
`);

const EventPlacesQuery = graphql(`
  query EventPlacesQuery($filter: EventFilter) {
    events(first: 100, filter: $filter) {
      totalCount
      edges { node { type start places { __typename name aliases } participants { __typename name aliases } } }
    }
  }
`);

const SpeakerStatementsQuery = graphql(`
  query SpeakerStatementsQuery($filter: StatementFilter) {
    statements(first: 100, filter: $filter) {
      totalCount
      edges { node { quote date direct speaker { name } evidence { article { title } } } }
    }
  }
`);

/** Whether one answer's names meet one group of gold names (case, accents, quote marks folded). */
const meets = (names: string[], gold: string[]) => names.map(foldName).some((name) => gold.map(foldName).includes(name));

/** Every expected group is answered, and every answer is expected or accepted. */
function expectExactly(answers: string[][], question: GoldQuestion) {
  const expected = question.expect ?? [];
  const accepted = [...expected, ...(question.acceptAlso ?? [])];
  for (const group of expected) expect(answers.some((names) => meets(names, group)), `missing ${group[0]}`).toBe(true);
  for (const names of answers) expect(accepted.some((group) => meets(names, group)), `unexpected ${names[0]}`).toBe(true);
}

describe('the seed questions over HTTP (real Neo4j)', () => {
  const seed = useSeedServer();

  it('who commented on the January events: exactly the expected speakers, each with evidence', async () => {
    const { data, errors } = await execute(seed.server.url, CommentatorsQuery, { filter: { period: { month: '2022-01' }, place: 'Kazakhstan' } });
    expect(errors).toBeUndefined();
    const commentators = data!.commentators;
    expectExactly(commentators.map((c) => [c.speaker.name, ...c.speaker.aliases]), questions.get('commented-january-events')!);
    for (const commentator of commentators) {
      for (const statement of commentator.statements) expect(statement.evidence.sentence).toContain(statement.quote.slice(0, 20));
    }
  });

  it('which countries Borrell visited in November 2022', async () => {
    const { data } = await execute(seed.server.url, EventPlacesQuery, { filter: { type: 'visit', participant: 'Josep Borrell', period: { month: '2022-11' } } });
    const countries = data!.events.edges.flatMap((edge) => edge.node.places.filter((p) => p.__typename === 'Country').map((p) => [p.name, ...p.aliases]));
    expectExactly(dedupe(countries), questions.get('borrell-visits-nov-2022')!);
  });

  it('in which cities protests took place in January 2022', async () => {
    const { data } = await execute(seed.server.url, EventPlacesQuery, { filter: { type: 'protest', period: { month: '2022-01' }, place: 'Kazakhstan' } });
    const places = data!.events.edges.flatMap((edge) => edge.node.places.filter((p) => p.__typename === 'Place').map((p) => [p.name, ...p.aliases]));
    const question = questions.get('january-protest-cities')!;
    for (const group of question.expect ?? []) expect(places.some((names) => meets(names, group)), `missing ${group[0]}`).toBe(true);
  });

  it('who chaired the EU-Central Asia dialogue in July 2021', async () => {
    const { data } = await execute(seed.server.url, EventPlacesQuery, { filter: { type: 'meeting', period: { month: '2021-07' } } });
    const people = data!.events.edges.flatMap((edge) => edge.node.participants.filter((p) => p.__typename === 'Person').map((p) => [p.name, ...p.aliases]));
    expectExactly(dedupe(people), questions.get('dialogue-chair')!);
  });

  it('what Kassym-Jomart Tokayev said, and when', async () => {
    const { data } = await execute(seed.server.url, SpeakerStatementsQuery, { filter: { speaker: 'Kassym-Jomart Tokayev' } });
    const quotes = data!.statements.edges.map((edge) => edge.node);
    for (const start of questions.get('tokayev-statements')!.expectQuotesFrom ?? []) {
      expect(quotes.some((q) => q.quote.startsWith(start)), `missing “${start}”`).toBe(true);
    }
    expect(quotes.every((q) => q.speaker?.name === 'Kassym-Jomart Tokayev')).toBe(true);
  });
});

function dedupe(groups: string[][]): string[][] {
  const seen = new Set<string>();
  return groups.filter((names) => !seen.has(names[0]!) && Boolean(seen.add(names[0]!)));
}
