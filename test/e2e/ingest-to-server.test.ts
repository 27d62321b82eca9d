// `newsgraph ingest --server`: the real CLI sends a folder's articles (and a feed's, by URL) to a real server over
// HTTP, which extracts them and writes them to the real Neo4j; bad files and articles the server refuses fail
// alone with their reasons; a wrong key, no key, or no server give one clear message and a non-zero exit.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { createExtractionPool } from '../../src/ingest/extraction-pool';
import { findFreePort } from '../../src/local-neo4j/port';
import { readSources } from '../../src/sources/read-sources';
import { killLeftoverClis, runCli } from '../support/cli';
import { execute, TEST_WRITE_KEY } from '../support/http';
import { useServers } from '../support/servers';
import { fixture, startSourceServer, type SourceServer } from '../support/source-server';

const StoredArticlesQuery = graphql(`
  query StoredArticlesQuery {
    articles(first: 50) {
      totalCount
      edges { node { title source author } }
    }
  }
`);

// The server under test refuses bodies over this (413), as GRAPHQL_MAX_BODY_BYTES would.
const MAX_BODY_BYTES = 600_000;
// A dead Bolt port: were the CLI to open a database in this mode, it would fail.
const NO_DATABASE = { NEO4J_URI: 'bolt://127.0.0.1:9' };

const longArticle = (title: string, characters: number) => `${title}\n\nOslo 01.02.2023 ${'The council met again on Monday and talked for hours. '.repeat(Math.ceil(characters / 54))}\n`;

/** A folder as a user has it: articles in several formats, a JSON Lines file with bad lines, a picture, two articles too long for the server. */
function articleFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-send-'));
  for (const name of ['ap-style.txt', 'interview.txt', 'wire-dateline.txt']) copyFileSync(fixture(`../articles/${name}`), join(folder, name));
  for (const name of ['council-vote.html', 'wire.jsonl', 'photo.png']) copyFileSync(fixture(name), join(folder, name));
  writeFileSync(join(folder, 'long.txt'), longArticle('A report longer than the server takes', 210_000));
  writeFileSync(join(folder, 'huge.txt'), longArticle('A report larger than a request may be', 700_000));
  return folder;
}

/** A real HTTP proxy in front of the server that answers each request 503 SERVICE_BUSY the first time it sees it, as a busy server does. */
async function busyAtFirst(target: string): Promise<{ url: string; busyAnswers: () => number; close: () => Promise<void> }> {
  const seen = new Set<string>();
  let busy = 0;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const key = createHash('sha256').update(body).digest('hex');
    if (!seen.has(key)) {
      seen.add(key);
      busy += 1;
      response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
      return response.end(JSON.stringify({ errors: [{ message: 'The database is busy with other requests; try again shortly.', extensions: { code: 'SERVICE_BUSY' } }] }));
    }
    const headers = Object.fromEntries(['content-type', 'accept', 'authorization'].flatMap((name) => (request.headers[name] ? [[name, String(request.headers[name])]] : [])));
    const answer = await fetch(target, { method: 'POST', headers, body });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    busyAnswers: () => busy,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('newsgraph ingest --server', () => {
  const servers = useServers();
  let sources: SourceServer;
  beforeAll(async () => {
    sources = await startSourceServer();
  });
  afterAll(() => sources?.close());
  afterEach(killLeftoverClis);

  it('sends every article through ingestArticle, reports what fails with its reason, and a rerun finds them stored', async () => {
    const endpoint = await servers.serve({ access: { writeKeys: [TEST_WRITE_KEY], readKeys: [] }, maxBodyBytes: MAX_BODY_BYTES });
    const base = endpoint.replace(/\/graphql$/, '');
    const folder = articleFolder();
    const feed = sources.url('/feed');
    // What the readers make of the same inputs: every article but the two too long for the server should arrive.
    const read = await readSources([folder, feed]);
    const sent = read.articles.filter((article) => article.text.length <= 200_000);
    const expected = sent.map((article) => article.title);
    expect(expected.length).toBeGreaterThanOrEqual(8);

    // Through a proxy that answers every request "busy" at first: each is tried again and goes in.
    const proxy = await busyAtFirst(endpoint);
    try {
      const first = await runCli(['ingest', '--server', proxy.url, '--key', TEST_WRITE_KEY, '--json', '--concurrency', '2', folder, feed], NO_DATABASE);
      expect(first.code, first.stderr).toBe(0);
      expect(proxy.busyAnswers()).toBeGreaterThanOrEqual(1 + expected.length + 2); // the key check, and every article sent
      const summary = JSON.parse(first.stdout) as { server: string; articles: { new: number; unchanged: number; failed: number }; sources: { done: number; total: number }; errors: { source: string; reason: string }[] };
      expect(summary.server).toBe(`${proxy.url}/graphql`);
      expect(summary.articles, JSON.stringify(summary.errors, null, 1)).toEqual({ new: expected.length, unchanged: 0, failed: 2 });
      expect(summary.sources).toEqual({ done: 9, total: 9 });
      expect(summary).not.toHaveProperty('entities'); // the server does not say; no count is made up
      const reasons = summary.errors.map(({ source, reason }) => `${source}: ${reason}`);
      // What the readers refuse, as they read; then what the server refuses (in the order its answers came).
      expect(reasons.slice(0, 4)).toEqual([
        expect.stringMatching(/photo\.png: PNG image file: not a supported format/),
        expect.stringMatching(/wire\.jsonl:4: invalid JSON/),
        expect.stringMatching(/wire\.jsonl:5: no article text/),
        expect.stringMatching(/\/feed item 3 \(“Harbour webcam back online”\): no body text/),
      ]);
      expect(reasons.slice(4).sort()).toEqual([
        expect.stringMatching(/huge\.txt \(“A report larger than a request may be”\): The request body has .* bytes; at most 600,000 are accepted .*\(BODY_TOO_LARGE, HTTP 413\)$/),
        expect.stringMatching(/long\.txt \(“A report longer than the server takes”\): The text has 210\d\d\d characters; at most 200000 are accepted\.$/),
      ]);
      expect(first.stderr).toMatch(/skipped .*photo\.png: /); // problems are told as they happen, --json or not
      expect(first.stderr).not.toContain(TEST_WRITE_KEY);
    } finally {
      await proxy.close();
    }

    const stored = await execute(endpoint, StoredArticlesQuery);
    expect(stored.data?.articles.totalCount).toBe(expected.length);
    expect(stored.data?.articles.edges.map((edge) => edge.node.title).sort()).toEqual([...expected].sort());
    // Each keeps where it was read from and its author (from a page's markup too), as a direct ingest does.
    const byTitle = (list: { title: string }[]) => [...list].sort((a, b) => a.title.localeCompare(b.title));
    expect(byTitle(stored.data!.articles.edges.map((edge) => edge.node))).toEqual(byTitle(sent.map(({ title, source, author }) => ({ title, source, author }))));
    expect(stored.data?.articles.edges.some((edge) => edge.node.author === 'Marta Okonkwo')).toBe(true);

    // Again, at the /graphql endpoint, the key from the environment: nothing new is sent, the long ones fail again.
    const again = await runCli(['ingest', '--server', endpoint, folder, feed], { ...NO_DATABASE, NEWSGRAPH_WRITE_KEY: TEST_WRITE_KEY });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`sent 9 sources to ${endpoint} in .*: 0 articles new, ${expected.length} unchanged, 2 failed; 6 problems reported above`));
    expect(again.stderr).toMatch(/skipped .*long\.txt .*at most 200000 are accepted/);
    expect(await servers.articles()).toBe(expected.length);
    noStack(again.stderr);
  }, 240_000);

  it('reports each article the server gives up on with its reason, and exits 1 when none went in', async () => {
    const extraction = createExtractionPool({ threads: 1, budgetMs: 1 });
    try {
      const endpoint = await servers.serve({ access: { writeKeys: [TEST_WRITE_KEY], readKeys: [] }, extraction });
      const folder = mkdtempSync(join(tmpdir(), 'newsgraph-send-'));
      // Articles the graph does not hold yet (the other tests' servers share it).
      for (const town of ['Arnvik', 'Brelsund']) writeFileSync(join(folder, `${town}.txt`), longArticle(`Council of ${town} meets`, 500));
      const run = await runCli(['ingest', '--server', endpoint, '--key', TEST_WRITE_KEY, folder], NO_DATABASE);
      expect(run.code).toBe(1);
      const lines = run.stderr.split('\n').filter((line) => line.includes('skipped'));
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(/took longer than 1 ms \(NEWSGRAPH_EXTRACTION_BUDGET_MS\).* \(EXTRACTION_BUDGET_EXCEEDED, HTTP 422\)$/);
      expect(run.stderr).toMatch(/0 articles new, 0 unchanged, 2 failed/);
    } finally {
      await extraction.close();
    }
  }, 60_000);

  it('says the server refused the key, without printing it or a stack, and exits non-zero', async () => {
    const endpoint = await servers.serve({ access: { writeKeys: [TEST_WRITE_KEY], readKeys: [] } });
    const before = await servers.articles();
    const wrongKey = 'not-the-write-key-5a1e7c90';
    const wrong = await runCli(['ingest', '--server', endpoint, '--key', wrongKey, 'seeds'], NO_DATABASE);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(new RegExp(`^newsgraph: the server at ${endpoint} refused the key \\(--key\\): .*write key.*not one this server knows`));
    expect(wrong.stderr).not.toContain(wrongKey);
    noStack(wrong.stderr);

    const fromEnvironment = await runCli(['ingest', '--server', endpoint, 'seeds'], { ...NO_DATABASE, NEWSGRAPH_WRITE_KEY: wrongKey });
    expect(fromEnvironment.code).toBe(1);
    expect(fromEnvironment.stderr).toMatch(/refused the key \(NEWSGRAPH_WRITE_KEY\)/);
    expect(fromEnvironment.stderr).not.toContain(wrongKey);

    const none = await runCli(['ingest', '--server', endpoint, 'seeds'], NO_DATABASE);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/needs a write key .*--key KEY or set NEWSGRAPH_WRITE_KEY/);

    // A server with mutations off refuses any key, and says why.
    const readOnly = await servers.serve();
    const off = await runCli(['ingest', '--server', readOnly, '--key', TEST_WRITE_KEY, 'seeds'], NO_DATABASE);
    expect(off.code).toBe(1);
    expect(off.stderr).toMatch(/refused the key \(--key\): Mutations are off on this server/);
    expect(await servers.articles()).toBe(before);
  }, 60_000);

  it('names the address when no newsgraph server answers there, and exits 1', async () => {
    const nobody = `http://127.0.0.1:${await findFreePort()}`;
    const refused = await runCli(['ingest', '--server', nobody, '--key', TEST_WRITE_KEY, 'seeds'], NO_DATABASE);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`newsgraph: no newsgraph server answers at ${nobody}/graphql (connection refused)\n`);

    // Something answers, but not GraphQL.
    const other = await runCli(['ingest', '--server', sources.url('/'), '--key', TEST_WRITE_KEY, 'seeds'], NO_DATABASE);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/no newsgraph server answers at http:\/\/127\.0\.0\.1:\d+\/graphql \(HTTP 404 Not Found, not a GraphQL answer\)/);

    const notAnAddress = await runCli(['ingest', '--server', 'localhost:4000', '--key', TEST_WRITE_KEY, 'seeds'], NO_DATABASE);
    expect(notAnAddress.code).toBe(1);
    expect(notAnAddress.stderr).toMatch(/--server "localhost:4000" is not an http\(s\) address/);
    noStack(refused.stderr + other.stderr + notAnAddress.stderr);
  }, 60_000);
});
