// The typed example client in examples/ runs against a real server and prints the canonical answer.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/local-neo4j/port';
import { PROJECT_ROOT } from '../support/cli';
import { useSeedServer } from '../support/seed-server';

const run = promisify(execFile);

describe('examples/who-commented.ts', () => {
  const seed = useSeedServer();

  it('prints who commented on the January events, with quotes and sources', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/who-commented.ts', '--url', seed.server.url], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/^Who commented on the events of 2022-01 in Kazakhstan:/);
    for (const speaker of ['Josep Borrell', 'Nikol Pashinyan', 'Saltanat Azirbek', 'Kassym-Jomart Tokayev']) expect(stdout).toContain(`${speaker} (person)`);
    expect(stdout).toMatch(/“We are concerned by the violence.*” — 2022-01-09, in “Kazakhstan: Borrell calls for restraint”/);
  });

  it('exits non-zero with the server’s message on a bad request', async () => {
    await expect(run(process.execPath, ['--import', 'tsx', 'examples/who-commented.ts', '--url', seed.server.url, '--month', '2022-13'], { cwd: PROJECT_ROOT })).rejects.toMatchObject({
      stderr: expect.stringContaining('month must be YYYY-MM'),
    });
  });

  it('says how to start the server when none answers, and reads PORT for its default address', async () => {
    const port = String(await findFreePort());
    const failed = await run(process.execPath, ['--import', 'tsx', 'examples/who-commented.ts'], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: port } }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining(`Cannot reach newsgraph at http://127.0.0.1:${port}/graphql (ECONNREFUSED)`) });
    expect((failed as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  });
});
