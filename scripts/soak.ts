// `npm run soak`: a server left running under load, as a deployment would see it. It starts its own Neo4j
// (temporary folder) and the server as its own process (`serve --ingest seeds`, with a write key), then for
// SOAK_SECONDS (60) sends SOAK_CLIENTS (200) concurrent clients' mixed reads (the README's questions) while a
// writer adds articles through `ingestArticle`. It prints requests, errors, timeouts, p50/p99, and the RSS of
// the server and of Neo4j before and after. A script, not a test: it measures, it asserts nothing.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { startLocalNeo4j } from '../src/local-neo4j/launcher';
import { findFreePort } from '../src/local-neo4j/port';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 200);
const WRITE_EVERY_MS = Number(process.env.SOAK_WRITE_EVERY_MS ?? 500);
const KEY = randomBytes(24).toString('hex');

const READS = [
  '{ commentators(filter: { period: { month: "2022-01" }, place: "Kazakhstan" }) { speaker { name type } statements { quote date evidence { sentence article { title date } } } } }',
  '{ events(first: 10, filter: { period: { month: "2022-01" }, place: "Kazakhstan" }) { totalCount edges { node { label start places { name } participants { name } } } } }',
  '{ entities(first: 1, name: "Tokayev") { edges { node { name aliases events(first: 5) { edges { node { label start } } } coMentioned(first: 5) { edges { node { articles entity { name } } } } } } } }',
  '{ statements(first: 10, filter: { speaker: "Kassym-Jomart Tokayev" }) { totalCount edges { node { quote date speaker { name } } } } }',
  '{ search(query: "Pashinyen", first: 5) { score item { __typename ... on Entity { name } ... on Statement { quote } } } }',
  '{ timeline(entity: "Josep Borrell") { month articles statements events } }',
  '{ articles(first: 10, period: { month: "2022-01" }, text: "Almaty") { totalCount edges { node { title date } } } }',
];

/** Resident memory of a process in MiB, from /proc. */
function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
}

/** Starts `serve --ingest seeds` against the given Neo4j and resolves with its URL once it answers. */
function startServer(neo4jUri: string, port: number) {
  const child = spawn(process.execPath, ['bin/newsgraph.mjs', 'serve', '--ingest', 'seeds'], {
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: String(port), NEWSGRAPH_WRITE_KEYS: KEY },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = /GraphQL server ready at (\S+)/.exec(line)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (code ${code}) before it was ready`)));
  });
  return { child, ready };
}

type Reply = { errors?: unknown[]; data?: { ingestArticle: { __typename: string } } };

/** Adds a new article every WRITE_EVERY_MS until `stop`; counts what went in and how long each took. */
async function writer(url: string, stop: () => boolean) {
  const times: number[] = [];
  let failed = 0;
  for (let n = 0; !stop(); n += 1) {
    const started = performance.now();
    const text = `Oslo 02.12.2026 Officials met in Oslo on Tuesday for the ${n}th round of talks. “We will meet again,” the minister, Ana Berg, said. Round ${n} ended at ${started.toFixed(0)}.`;
    const reply = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }', variables: { input: { title: `Talks, round ${n}`, text } } }),
    })
      .then((r) => r.json() as Promise<Reply>)
      .catch((): Reply => ({ errors: ['network'] }));
    if (reply.errors || reply.data?.ingestArticle.__typename !== 'Article') failed += 1;
    else times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS));
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0) : '–');
  return { written: times.length, failed, p50: at(0.5), p99: at(0.99) };
}

const root = mkdtempSync(join(tmpdir(), 'newsgraph-soak-'));
const local = await startLocalNeo4j({ port: await findFreePort(), dataDir: join(root, 'data'), heap: '1g', pagecache: '512m', startTimeoutMs: 180_000 });
const server = startServer(local.uri, await findFreePort());
try {
  const url = await server.ready;
  const before = { server: rssMiB(server.child.pid!), neo4j: rssMiB(local.pid) };
  let done = false;
  const writes = writer(url, () => done);
  const reads = await autocannon({
    url,
    connections: CLIENTS,
    duration: SECONDS,
    workers: 1,
    timeout: 10,
    requests: READS.map((query) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })),
  });
  done = true;
  const written = await writes;
  const after = { server: rssMiB(server.child.pid!), neo4j: rssMiB(local.pid) };
  console.log(`soak: ${CLIENTS} clients for ${SECONDS} s of mixed reads (${READS.length} README questions), a write every ${WRITE_EVERY_MS} ms`);
  console.log(`reads: ${reads.requests.total.toLocaleString('en')} requests (${Math.round(reads.requests.average)}/s), ${reads.non2xx} non-2xx, ${reads.errors} errors, ${reads.timeouts} timeouts; latency p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms, max ${reads.latency.max} ms`);
  console.log(`writes: ${written.written} articles ingested, ${written.failed} failed; latency p50 ${written.p50} ms, p99 ${written.p99} ms`);
  console.log(`RSS: server ${before.server} → ${after.server} MiB, Neo4j ${before.neo4j} → ${after.neo4j} MiB`);
} finally {
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  await local.stop();
  rmSync(root, { recursive: true, force: true });
}
