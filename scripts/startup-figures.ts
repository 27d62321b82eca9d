// Measures what a newcomer sees: time from `npm start` to the first GraphQL answer, and the Neo4j process's peak memory.
// Usage: npx tsx scripts/startup-figures.ts   (starts its own local Neo4j on free ports, in a fresh data folder)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../src/local-neo4j/port';

const QUERY = '{ articles(first: 20) { totalCount edges { node { title date } } } }';

function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function run(label: string, dataRoot: string): Promise<void> {
  const port = await findFreePort();
  const env = { ...process.env, PORT: String(port), NEO4J_LOCAL_PORT: String(await findFreePort()), NEO4J_LOCAL_DATA: join(dataRoot, 'data'), NEO4J_URI: '' };
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  let answer: { data?: { articles: { totalCount: number } } } | undefined;
  while (!answer?.data) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    })
      .then((response) => response.json() as Promise<typeof answer>)
      .catch(() => undefined);
  }
  const seconds = (performance.now() - started) / 1000;
  const jvm = Number(execFileSync('pgrep', ['-f', `LocalNeo4j.*--port ${env.NEO4J_LOCAL_PORT}`], { encoding: 'utf8' }).trim().split('\n')[0]);
  console.log(`${label}: first answer (${answer.data.articles.totalCount} articles) after ${seconds.toFixed(1)} s; Neo4j peak RSS ${peakRssMiB(jvm).toFixed(0)} MiB`);
  process.kill(-child.pid!, 'SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
}

const dataRoot = mkdtempSync(join(tmpdir(), 'newsgraph-startup-'));
try {
  await run('fresh data folder', dataRoot);
  await run('second start, same data', dataRoot);
} finally {
  rmSync(dataRoot, { recursive: true, force: true });
}
