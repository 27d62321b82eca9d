// Starts one real Neo4j for the test run (or uses NEO4J_TEST_URI) and stops it at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j/launcher';
import { findFreePort } from '../../src/local-neo4j/port';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let local: LocalNeo4j | undefined;
let dataRoot: string | undefined;

export async function setup(project: TestProject) {
  // Never NEO4J_URI: tests empty the database, so they only touch one named for tests.
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return;
  }
  dataRoot = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  local = await startLocalNeo4j({
    port: await findFreePort(),
    dataDir: join(dataRoot, 'data'),
    heap: '512m',
    pagecache: '64m',
    startTimeoutMs: 180_000,
    log: (message) => console.log(message),
  });
  project.provide('neo4jUri', local.uri);
}

export async function teardown() {
  await local?.stop();
  if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
}
