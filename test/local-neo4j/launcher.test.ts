// The local Neo4j starts from its class-data archive: the test run's first start wrote it (global setup), and
// a JVM that uses it maps the file into its memory. Started for one ingest, its JVM compiles for a short life.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CLASS_ARCHIVE, SHORT_LIVED_JVM_FLAGS, startLocalNeo4j } from '../../src/local-neo4j/launcher';
import { findFreePort } from '../../src/local-neo4j/port';

describe.runIf(process.platform === 'linux' && !process.env.NEO4J_TEST_URI)('the local Neo4j', () => {
  it('starts from the class-data archive, for a short life when asked, and answers', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-launcher-'));
    const local = await startLocalNeo4j({ port: await findFreePort(), dataDir: join(root, 'data'), heap: '512m', pagecache: '64m', startTimeoutMs: 180_000, shortLived: true });
    try {
      expect(readFileSync(`/proc/${local.pid}/maps`, 'utf8')).toContain(CLASS_ARCHIVE);
      expect(readFileSync(`/proc/${local.pid}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining(SHORT_LIVED_JVM_FLAGS));
      const driver = neo4j.driver(local.uri);
      try {
        const { records } = await driver.executeQuery('RETURN 41 + 1 AS answer');
        expect(records[0]!.get('answer').toNumber()).toBe(42);
      } finally {
        await driver.close();
      }
    } finally {
      await local.stop();
      rmSync(root, { recursive: true, force: true });
    }
  }, 240_000);
});
