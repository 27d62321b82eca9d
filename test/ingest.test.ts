import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countArticles } from '../src/graph/article-repository';
import type { Graph } from '../src/graph/driver';
import { ingestPaths } from '../src/ingest';
import { openEmptyGraph } from './support/graph';
import { SEED_FILE, goldArticles } from './support/seed';

describe('ingestPaths (real Neo4j)', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openEmptyGraph();
  });
  afterAll(() => graph?.close());

  it('ingests the seed; a second run leaves the same graph', async () => {
    const first = await ingestPaths(graph, [SEED_FILE]);
    const snapshot = await graph.read('MATCH (a:Article) RETURN a.id AS id, a.title AS title ORDER BY id');
    const second = await ingestPaths(graph, [SEED_FILE]);
    expect(first).toMatchObject({ articles: { new: goldArticles().length, unchanged: 0, failed: 0 }, sources: { done: 1, total: 1 }, errors: [] });
    expect(second).toMatchObject({ articles: { new: 0, unchanged: goldArticles().length, failed: 0 }, errors: [] });
    expect(await graph.read('MATCH (a:Article) RETURN a.id AS id, a.title AS title ORDER BY id')).toEqual(snapshot);
  });

  it('reports a bad file by name and reason, and still ingests the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x12]));
    writeFileSync(join(dir, 'fresh.txt'), 'Parliament passes budget\n\nOSLO 2023-05-02 Parliament passed the budget on Tuesday.\n');
    const report = await ingestPaths(graph, [join(dir, 'broken.txt'), join(dir, 'fresh.txt')]);
    expect(report.articles).toEqual({ new: 1, unchanged: 0, failed: 0 });
    expect(report.errors).toEqual([{ source: expect.stringContaining('broken.txt'), reason: 'binary file (NUL bytes), not text' }]);
    expect(await countArticles(graph, {})).toBe(goldArticles().length + 1);
  });

  it('takes a folder of pages, feeds and JSON Lines, one source each, and names what it refuses', async () => {
    const progress: number[] = [];
    const report = await ingestPaths(graph, ['test/fixtures/sources'], { onProgress: (p) => progress.push(p.sources.done) });
    expect(report.sources).toEqual({ done: 6, total: 6 });
    expect(report.articles.new).toBeGreaterThanOrEqual(5);
    expect(report.errors.map((error) => error.source).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/photo\.png$/), expect.stringMatching(/statement\.pdf$/)]));
    expect(progress.at(-1)).toBe(6);
    const titles = (await graph.read<{ title: string; source: string }>('MATCH (a:Article) WHERE a.source STARTS WITH $dir RETURN a.title AS title, a.source AS source', { dir: 'test/fixtures/sources' })).map((row) => row.source);
    expect(new Set(titles.map((source) => source.replace(/:\d+$/, '').split('/').pop()))).toEqual(new Set(['council-vote.html', 'harbour-feed.rss', 'observatory.atom', 'wire.jsonl']));
  });
});
