// Runs the real `newsgraph` command as a child process, as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/newsgraph.mjs', import.meta.url));

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first stdout/stderr text matching `pattern`; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** Kills what a test started and left running (it failed or timed out), so it cannot write into the next test's graph. */
export function killLeftoverClis(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Starts `newsgraph ...args` with only the given environment (plus PATH and HOME unless overridden). */
export function startCli(args: string[], env: Record<string, string> = {}): CliRun {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 180_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`timed out waiting for ${pattern}; stderr:\n${err}`)), timeoutMs);
      const check = () => {
        const match = (out + err).match(pattern);
        if (match) done(null, match);
      };
      const onExit = () => {
        check();
        done(new Error(`exited before ${pattern}; stdout:\n${out}\nstderr:\n${err}`));
      };
      function done(error: Error | null, match?: RegExpMatchArray) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        child.stderr!.off('data', check);
        child.off('exit', onExit);
        if (error) reject(error);
        else resolve(match!);
      }
      child.stdout!.on('data', check);
      child.stderr!.on('data', check);
      child.once('exit', onExit);
      check();
    });
  return { child, stdout: () => out, stderr: () => err, waitFor, exited };
}

/** Runs the command to its end. */
export async function runCli(args: string[], env: Record<string, string> = {}) {
  const run = startCli(args, env);
  const { code } = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
