// Starts the project's own Neo4j Community (the Maven project in neo4j/) when no NEO4J_URI is given.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../project-root';
import { isArchiveCurrent, readArchiveFlags, writeArchiveFlags } from './class-archive';
import { findFreePort, isPortFree } from './port';

export const LAUNCHER_DIR = join(PROJECT_ROOT, 'neo4j');
// A jar, not target/classes: class-data sharing takes only jars on the class path.
// Its name is the pom's finalName.
const LAUNCHER_JAR = join(LAUNCHER_DIR, 'target/newsgraph-neo4j.jar');
const LIB_DIR = join(LAUNCHER_DIR, 'target/lib');
export const CLASS_ARCHIVE = join(LAUNCHER_DIR, 'target/neo4j-classes.jsa');
const MAIN_CLASS = 'newsgraph.LocalNeo4j';
const READY_PREFIX = 'NEO4J_READY ';

// The JVM flags Neo4j's own neo4j.conf passes; without them Neo4j warns or falls back to slower code.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

// A database started for one ingest and stopped after it compiles its hot code with less inlined into each
// method. Over a fresh database's first thousands of articles its JIT compiler threads spent more CPU than the
// queries did (17 s against 14 over the first thousand, and half of its CPU up to the fifth); with these they
// spent a third to a half of that and finished by the third thousand, while the queries took no more CPU
// (`scripts/bench/ingest.ts` prints both). A server's long life pays for the default's fuller compilation.
export const SHORT_LIVED_JVM_FLAGS = ['-XX:InlineSmallCode=500', '-XX:MaxInlineSize=20', '-XX:FreqInlineSize=100'];

const ALTERNATIVES =
  'Alternatively set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to a running Neo4j 5, or run `docker compose up`.';

export class LocalNeo4jError extends Error {}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pagecache: string;
  startTimeoutMs: number;
  /** Where the JVM's output goes; defaults to neo4j.log beside the data folder. */
  logFile?: string;
  /** Progress messages (building, starting). */
  log?: (message: string) => void;
  /** Started for one ingest and stopped after it: compiled for a short life (SHORT_LIVED_JVM_FLAGS). */
  shortLived?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Where the logs are, for messages: Neo4j's own (debug.log under the data folder) and the JVM's output. */
  logs: string;
  /** Stops the database and waits for the JVM to exit. Safe to call twice. */
  stop(): Promise<void>;
  /** Calls `handler` if the database exits without having been asked to stop (it crashed or was killed). */
  onUnexpectedExit(handler: (code: number | null, signal: NodeJS.Signals | null) => void): void;
}

/** Fails with a clear message unless Java 17 or newer is on the PATH. */
export function assertJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalNeo4jError(`Java was not found (${result.error.message}). Install Java 17 (e.g. apt-get install openjdk-17-jdk-headless). ${ALTERNATIVES}`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new LocalNeo4jError(`Java 17 or newer is needed, found: ${result.stderr.split('\n')[0]}. ${ALTERNATIVES}`);
  }
}

function isBuilt(): boolean {
  return existsSync(LAUNCHER_JAR) && existsSync(LIB_DIR);
}

/** Builds the launcher with Maven (downloading Neo4j from Maven Central) unless it is built already. */
export function ensureLauncherBuilt(log: (message: string) => void = () => {}): void {
  if (isBuilt()) return;
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jError(`Maven was not found (${probe.error.message}); it is needed once to fetch Neo4j. Install Maven (e.g. apt-get install maven). ${ALTERNATIVES}`);
  }
  log('Building the local Neo4j launcher with Maven (first run only)…');
  const build = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0 || !isBuilt()) {
    throw new LocalNeo4jError(`Building the local Neo4j launcher failed (mvn exit ${build.status}). ${ALTERNATIVES}`);
  }
}

/** Starts the local Neo4j and resolves once Bolt answers queries. The JVM exits when this process does. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  assertJava();
  ensureLauncherBuilt(log);
  if (!(await isPortFree(options.port))) {
    throw new LocalNeo4jError(`Port ${options.port} (NEO4J_LOCAL_PORT) is taken. If a running \`npm start\` holds it, reach its database with NEO4J_URI=bolt://127.0.0.1:${options.port} (no password). Otherwise set NEO4J_LOCAL_PORT to a free port, or stop what uses it. ${ALTERNATIVES}`);
  }
  const archived = await ensureClassArchive(options.startTimeoutMs, log);
  const dataDir = resolve(options.dataDir);
  const logFile = options.logFile ?? join(dirname(dataDir), 'neo4j.log');
  // Neo4j writes its own log under the data folder; the JVM's output (start-up failures, crashes) goes to logFile.
  const logs = `${join(dataDir, 'logs', 'debug.log')} and ${logFile}`;
  log(`Starting local Neo4j on bolt://127.0.0.1:${options.port} (data in ${dataDir}, logs in ${logs})…`);
  const flags = [...(archived ? readArchiveFlags(CLASS_ARCHIVE) : []), ...(options.shortLived ? SHORT_LIVED_JVM_FLAGS : [])];
  return launch({ ...options, dataDir, logFile }, logs, flags);
}

/**
 * Writes the class-data archive unless a current one is there: a start of its own (a free port, a data folder
 * removed afterwards) whose JVM writes it on exit, about 15 s once. Resolves with whether there is one now;
 * without it the database only starts slower, so a failure is logged, not thrown.
 */
async function ensureClassArchive(startTimeoutMs: number, log: (message: string) => void): Promise<boolean> {
  if (isArchiveCurrent(CLASS_ARCHIVE, LAUNCHER_JAR, LIB_DIR)) return true;
  log('Preparing the local Neo4j for faster starts (first run only, about 15 s)…');
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-class-archive-'));
  // Written beside the archive under a name of its own, then renamed: two processes at it never mix their files.
  const written = `${CLASS_ARCHIVE}.${process.pid}.tmp`;
  // The JVM's output is kept (the data folder is not): a failure's message points to it.
  const logFile = `${CLASS_ARCHIVE}.log`;
  try {
    const options = { port: await findFreePort(), dataDir: join(root, 'data'), heap: '512m', pagecache: '64m', startTimeoutMs, logFile };
    const database = await launch(options, logFile, writeArchiveFlags(written));
    await database.stop();
    renameSync(written, CLASS_ARCHIVE);
    return true;
  } catch (error) {
    log(`Could not prepare the local Neo4j's class archive (${(error as Error).message}); it starts without it.`);
    return false;
  } finally {
    rmSync(written, { force: true });
    rmSync(root, { recursive: true, force: true });
  }
}

/** Spawns the launcher JVM with `extraFlags` and resolves once it answers. */
async function launch(options: LocalNeo4jOptions & { logFile: string }, logs: string, extraFlags: string[]): Promise<LocalNeo4j> {
  mkdirSync(options.dataDir, { recursive: true });
  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    ...JVM_FLAGS,
    ...extraFlags,
    '-cp',
    [LAUNCHER_JAR, join(LIB_DIR, '*')].join(':'),
    MAIN_CLASS,
    '--data', options.dataDir,
    '--port', String(options.port),
    '--pagecache', options.pagecache,
    // The JVM watches its stdin: when this process dies in any way, the pipe closes and the database shuts down.
    '--exit-on-stdin-close',
  ];
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const out = createWriteStream(options.logFile, { flags: 'a' });
  child.stderr?.pipe(out);

  await waitUntilReady(child, options.startTimeoutMs, logs);
  let stopRequested = false;
  const stop = stopper(child);
  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    pid: child.pid ?? -1,
    logs,
    stop: () => {
      stopRequested = true;
      return stop();
    },
    onUnexpectedExit: (handler) => child.once('exit', (code, signal) => stopRequested || handler(code, signal)),
  };
}

function waitUntilReady(child: ChildProcess, timeoutMs: number, logs: string): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const fail = (message: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`${message} See ${logs}. ${ALTERNATIVES}`));
    };
    const timer = setTimeout(() => fail(`The local Neo4j did not answer within ${timeoutMs} ms.`), timeoutMs);
    child.once('error', (error) => fail(`The local Neo4j could not start: ${error.message}.`));
    child.once('exit', (code, signal) => fail(`The local Neo4j exited before it was ready (code ${code}, signal ${signal}).`));
    lines.on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.removeAllListeners('error');
        resolveReady();
      }
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.stdin?.end(); // EOF: the launcher shuts the database down cleanly and exits
    });
    return stopping;
  };
}
