// The `newsgraph` command as a newcomer runs it: real processes, real HTTP, the real database.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/local-neo4j/port';
import { isAlive, killLeftoverClis, runCli, startCli } from '../support/cli';
import { openEmptyGraph, testNeo4jUri } from '../support/graph';
import { goldArticles } from '../support/seed';

describe('newsgraph CLI', () => {
  beforeAll(async () => {
    await (await openEmptyGraph()).close();
  });
  afterEach(killLeftoverClis);

  it('serve --ingest seeds answers the README query over HTTP, and stops on SIGTERM', async () => {
    const port = await findFreePort();
    const run = startCli(['serve', '--ingest', 'seeds'], { NEO4J_URI: testNeo4jUri(), PORT: String(port) });
    const [, url] = await run.waitFor(/GraphQL server ready at (\S+)/);
    expect(run.stderr()).toMatch(/ingested 1 source in .*: 10 articles new, 0 unchanged, 0 failed/);
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(first: 20) { totalCount edges { node { title date } } } }' }),
    });
    const body = (await response.json()) as { data: { articles: { totalCount: number; edges: { node: { title: string; date: string | null } }[] } } };
    expect(body.data.articles.totalCount).toBe(goldArticles().length);
    expect(body.data.articles.edges.map((edge) => edge.node)).toEqual(expect.arrayContaining(goldArticles().map(({ title, date }) => ({ title, date }))));
    const graphiql = await fetch(url!, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/graphiql/i);
    // No write key configured: the log says mutations are off, and they are.
    expect(run.stderr()).toMatch(/mutations are off: no write key is configured/);
    const mutation = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { deleteArticle(id: "QXJ0aWNsZTp4") { __typename } }' }) });
    expect(mutation.status).toBe(403);
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
  }, 240_000);

  it('ingest --json prints a summary a program can read; a rerun finds every article stored', async () => {
    await (await openEmptyGraph()).close();
    const env = { NEO4J_URI: testNeo4jUri() };
    const first = await runCli(['ingest', '--json', '--concurrency', '2', 'seeds'], env);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as { articles: { new: number; unchanged: number; failed: number }; sources: { done: number; total: number }; statements: number; errors: unknown[] };
    expect(summary).toMatchObject({ articles: { new: goldArticles().length, unchanged: 0, failed: 0 }, sources: { done: 1, total: 1 }, errors: [] });
    expect(summary.statements).toBeGreaterThan(10);
    const again = await runCli(['ingest', '--quiet', 'seeds'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe('');
    const third = await runCli(['ingest', 'seeds'], env);
    expect(third.stderr).toMatch(/0 articles new, 10 unchanged, 0 failed/);
    const bad = await runCli(['ingest', '--concurrency', 'many', 'seeds'], env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--concurrency.*a whole number from 1 to 64/);
    const badBatch = await runCli(['ingest', '--batch-size', '0', 'seeds'], env);
    expect(badBatch.code).not.toBe(0);
    expect(badBatch.stderr).toMatch(/--batch-size.*a whole number from 1 to 1000/);
  }, 240_000);

  it('says so, without a stack, when the HTTP port is taken; and warns of a setting it does not know', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const port = (blocker.address() as AddressInfo).port;
    try {
      const { code, stderr } = await runCli(['serve'], { NEO4J_URI: testNeo4jUri(), PORT: String(port), NEO4J_URL: 'bolt://elsewhere:7687' });
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} is taken: set PORT to a free port.`);
      expect(stderr).toMatch(/warning: NEO4J_URL is not a setting .*did you mean NEO4J_URI\?/);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('prints its version and documents the options of its commands', async () => {
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await runCli(['ingest', '--help']);
    for (const option of ['--concurrency', '--batch-size', '--json', '--quiet', 'NEO4J_URI=bolt://', '--server <url>', '--key <key>', 'NEWSGRAPH_WRITE_KEY']) expect(help.stdout).toContain(option);
  });

  it('extract prints the articles as contract JSON without a database', async () => {
    const { code, stdout } = await runCli(['extract', 'seeds/kazakhstan-archive.txt']);
    expect(code).toBe(0);
    const extraction = JSON.parse(stdout) as { articles: { title: string; date: string | null; source: string; text: string }[] };
    expect(extraction.articles.map(({ title, date }) => ({ title, date }))).toEqual(goldArticles().map(({ title, date }) => ({ title, date })));
    expect(extraction.articles.every((article) => article.source === 'seeds/kazakhstan-archive.txt' && article.text.length > 0)).toBe(true);
  });

  it('names the URI and exits non-zero when Neo4j cannot be reached', async () => {
    const uri = `bolt://127.0.0.1:${await findFreePort()}`;
    const { code, stderr } = await runCli(['ingest', 'seeds'], { NEO4J_URI: uri });
    expect(code).toBe(1);
    expect(stderr).toContain(`Cannot reach Neo4j at ${uri}`);
    expect(stderr).not.toMatch(/\n\s+at /); // one clear message, no stack trace
  });

  it('says what to do when Java is missing', async () => {
    const { code, stderr } = await runCli(['neo4j'], { PATH: '/nonexistent' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Java was not found.*Install Java 17.*NEO4J_URI.*docker compose up/s);
  });

  it('says what to do when the local Neo4j port is taken', async () => {
    const takenPort = new URL(testNeo4jUri().replace(/^bolt/, 'http')).port;
    const { code, stderr } = await runCli(['neo4j'], { NEO4J_LOCAL_PORT: takenPort });
    expect(code).toBe(1);
    expect(stderr).toContain(`Port ${takenPort} (NEO4J_LOCAL_PORT) is taken`);
  });

  it('rejects bad settings with a message naming them', async () => {
    const { code, stderr } = await runCli(['serve'], { PORT: 'eighty' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/Invalid configuration:\s+PORT="eighty"/);
  });

  it('serve stops, non-zero, when its local Neo4j dies under it', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'newsgraph-dies-')), 'data');
    const run = startCli(['serve'], { NEO4J_URI: '', NEO4J_LOCAL_PORT: String(await findFreePort()), NEO4J_LOCAL_DATA: dataDir, NEO4J_LOCAL_HEAP: '256m', PORT: String(await findFreePort()) });
    await run.waitFor(/GraphQL server ready at/);
    const jvm = Number(execFileSync('pgrep', ['-P', String(run.child.pid), 'java'], { encoding: 'utf8' }).trim());
    process.kill(jvm, 'SIGKILL');
    expect(await run.exited).toEqual({ code: 1, signal: null });
    expect(run.stderr()).toMatch(/the local Neo4j exited unexpectedly \(code null, signal SIGKILL; see .*neo4j\.log\); stopping/);
  }, 180_000);

  it('leaves no JVM behind when killed outright', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'newsgraph-kill-')), 'data');
    const run = startCli(['neo4j'], { NEO4J_LOCAL_PORT: String(await findFreePort()), NEO4J_LOCAL_DATA: dataDir, NEO4J_LOCAL_HEAP: '256m' });
    await run.waitFor(/Neo4j ready at/);
    const jvm = Number(execFileSync('pgrep', ['-P', String(run.child.pid), 'java'], { encoding: 'utf8' }).trim());
    expect(isAlive(jvm)).toBe(true);
    run.child.kill('SIGKILL');
    await run.exited;
    const deadline = Date.now() + 60_000;
    while (isAlive(jvm) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(isAlive(jvm)).toBe(false);
  }, 180_000);
});
