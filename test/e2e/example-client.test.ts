// The typed example client in examples/ runs against a real server and prints the canonical answer.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver';
import { ingestPaths } from '../../src/ingest';
import { createGraphQLApp, listen, type RunningServer } from '../../src/server';
import { PROJECT_ROOT } from '../support/cli';
import { openEmptyGraph } from '../support/graph';
import { SEED_FILE } from '../support/seed';

const run = promisify(execFile);

describe('examples/who-commented.ts', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = await openEmptyGraph();
    await ingestPaths(graph, [SEED_FILE]);
    server = await listen(createGraphQLApp(graph, { maxPageSize: 100, maxDepth: 12 }), '127.0.0.1', 0);
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('prints who commented on the January events, with quotes and sources', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/who-commented.ts', '--url', server.url], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/^Who commented on the events of 2022-01 in Kazakhstan:/);
    for (const speaker of ['Josep Borrell', 'Nikol Pashinyan', 'Saltanat Azirbek', 'Kassym-Jomart Tokayev']) expect(stdout).toContain(`${speaker} (person)`);
    expect(stdout).toMatch(/“We are concerned by the violence.*” — 2022-01-09, in “Kazakhstan: Borrell calls for restraint”/);
  });

  it('exits non-zero with the server’s message on a bad request', async () => {
    await expect(run(process.execPath, ['--import', 'tsx', 'examples/who-commented.ts', '--url', server.url, '--month', '2022-13'], { cwd: PROJECT_ROOT })).rejects.toMatchObject({
      stderr: expect.stringContaining('month must be YYYY-MM'),
    });
  });
});
