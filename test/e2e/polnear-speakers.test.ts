// "Who said this?" asked over HTTP, as an analyst would, for every quotation of PolNeAR dev (real US political
// news the attribution model was tuned on, so the figure is a development one) whose gold names a speaker.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { foldName } from '../../src/extract/knowledge/fold';
import type { Graph } from '../../src/graph/driver';
import { ingestPaths } from '../../src/ingest';
import { createGraphQLApp, listen, type RunningServer } from '../../src/server';
import { openEmptyGraph } from '../support/graph';
import { execute } from '../support/http';

const DEV = fileURLToPath(new URL('../../../shared/eval/dev/', import.meta.url));
// Below the measured rate (README), so that a real loss fails and noise does not.
const FLOOR = 0.8;

interface GoldQuote {
  quote: string;
  speaker?: string[];
}

const WhoSaidQuery = graphql(`
  query WhoSaidQuery($filter: StatementFilter) {
    statements(first: 1, filter: $filter) {
      edges { node { quote speaker { name aliases } } }
    }
  }
`);

/** Eight words of the quotation, the way an analyst pastes a phrase into the search. */
const phrase = (quote: string) => (quote.match(/[\p{L}\p{N}’'-]+/gu) ?? []).slice(0, 8).join(' ');

describe('who said it, over the API, on PolNeAR dev', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = await openEmptyGraph();
    const report = await ingestPaths(graph, [`${DEV}polnear-dev/docs`]);
    expect(report.errors).toEqual([]);
    expect(report.articles).toEqual({ new: 84, unchanged: 0, failed: 0 });
    server = await listen(createGraphQLApp(graph, { maxPageSize: 100, maxDepth: 12 }), '127.0.0.1', 0);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('names the right speaker for most quotations with a named speaker', async () => {
    const gold = (JSON.parse(readFileSync(`${DEV}polnear-dev.gold.json`, 'utf8')).statements as GoldQuote[]).filter((g) => g.speaker?.length);
    let right = 0;
    for (const g of gold) {
      const reply = await execute(server.url, WhoSaidQuery, { filter: { text: phrase(g.quote) } });
      expect(reply.errors).toBeUndefined();
      // The answer is the first statement that holds the phrase, as the analyst reads it.
      const speaker = reply.data!.statements.edges[0]?.node.speaker;
      const names = speaker ? [speaker.name, ...speaker.aliases].map(foldName) : [];
      if (g.speaker!.map(foldName).some((name) => names.includes(name))) right += 1;
    }
    console.log(`who said it (API, PolNeAR dev): right speaker for ${right} of ${gold.length} quotations (${(right / gold.length).toFixed(3)})`);
    expect(right / gold.length).toBeGreaterThanOrEqual(FLOOR);
  }, 300_000);
});
