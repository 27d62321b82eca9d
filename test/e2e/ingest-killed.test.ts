// An ingest killed outright (SIGKILL) at random points and run again ends with the graph a clean run makes:
// the same nodes and relationships, the same people. Real processes, the real database.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver';
import { runCli, startCli } from '../support/cli';
import { openEmptyGraph, testNeo4jUri } from '../support/graph';
import { peopleCorpus } from '../support/people-corpus';
import { SEED_FILE } from '../support/seed';

const FIXTURES = 'test/fixtures/articles';

/** A folder of articles in several files: the seed archive, the fixtures, the people corpus. */
function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-killed-'));
  copyFileSync(SEED_FILE, join(dir, 'seed.txt'));
  for (const file of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, file), join(dir, file));
  peopleCorpus().forEach((article, i) => writeFileSync(join(dir, `people-${i}.txt`), `${article.title}\n\n${article.text}\n`));
  return dir;
}

/** Counts by label set and by relationship type, and each person's mentions: what "the same graph" means here. */
async function shape(graph: Graph) {
  const nodes = await graph.read<{ labels: string[]; n: number }>('MATCH (n) WITH labels(n) AS labels, count(*) AS n RETURN labels, n');
  const relationships = await graph.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  const people = await graph.read<{ evidence: string[] }>('MATCH (p:Person)-[r:MENTIONED_IN]->() WITH p, collect(r.evidence) AS lists RETURN reduce(acc = [], l IN lists | acc + l) AS evidence');
  return {
    nodes: nodes.map(({ labels, n }) => `${[...labels].sort().join(':')} ${Number(n)}`).sort(),
    relationships: relationships.map(({ type, n }) => `${type} ${Number(n)}`),
    people: people.map((p) => [...p.evidence].sort().join(' ')).sort(),
  };
}

// Deterministic "random" points: how many articles must be written before each kill.
function killPoints(seed: number, count: number, max: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 1 + (state % (max - 1));
  });
}

describe('an ingest killed and run again (real processes, real Neo4j)', () => {
  let graph: Graph;
  let folder: string;
  const env = () => ({ NEO4J_URI: testNeo4jUri() });
  beforeAll(async () => {
    graph = await openEmptyGraph();
    folder = corpusFolder();
  });
  afterAll(() => graph?.close());

  it('ends with the graph of a clean run', async () => {
    // Batches of 4: a batch is written in one transaction, so with the default (32: the whole corpus) a kill
    // could only ever leave all or nothing.
    const ingest = ['ingest', '--batch-size', '4', folder];
    const clean = await runCli(ingest, env());
    expect(clean.code, clean.stderr).toBe(0);
    const articles = Number((await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n);
    expect(articles).toBeGreaterThanOrEqual(25);
    const expected = await shape(graph);

    await graph.write('MATCH (n) DETACH DELETE n');
    const leftAfterKills: number[] = [];
    for (const point of killPoints(8, 3, articles)) {
      const run = startCli(ingest, env());
      // Kill once at least `point` more articles are in than before this run, or when it ends by itself.
      const before = Number((await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n);
      let ended = false;
      void run.exited.then(() => (ended = true));
      while (!ended && Number((await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n) < Math.min(before + point, articles)) await new Promise((r) => setTimeout(r, 20));
      run.child.kill('SIGKILL');
      await run.exited;
      leftAfterKills.push(Number((await graph.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]!.n));
    }
    // The kills fell in the middle of writing, so the reruns joined new articles to a part-written graph.
    expect(leftAfterKills.some((n) => n > 0 && n < articles)).toBe(true);
    const rerun = await runCli(ingest, env());
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await shape(graph)).toEqual(expected);
  }, 300_000);
});
