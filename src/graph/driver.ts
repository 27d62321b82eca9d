// One driver per process; every query names the database and takes parameters.
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import pLimit, { type LimitFunction } from 'p-limit';
import { RequestAbandonedError, requestSignal } from './request-signal';

export class GraphConnectionError extends Error {}

export interface GraphOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Time limits (ms) Neo4j puts on each read and write transaction, and on waiting for a free connection. */
  timeouts?: Partial<GraphTimeouts>;
  readLimits?: Partial<ReadLimits>;
}

export interface GraphTimeouts {
  readMs: number;
  writeMs: number;
  acquisitionMs: number;
}

export const DEFAULT_TIMEOUTS: GraphTimeouts = { readMs: 5_000, writeMs: 60_000, acquisitionMs: 10_000 };

/** How many reads run at once, and how many may wait for a turn before more are refused. */
export interface ReadLimits {
  concurrent: number;
  queued: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { concurrent: 32, queued: 512 };

/** More reads wait than the queue holds: the caller should come back later. */
export class DatabaseBusyError extends Error {}

export type Params = Record<string, unknown>;

/**
 * Starts a query without the stack trace the driver records of every query's caller (for its errors): under
 * load that costs about a twentieth of the server's time, and the caller is always this module. A failed
 * query still says what failed.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How many times a read is tried when the database reports a transient failure. */
const READ_ATTEMPTS = 3;

/** A connected database: read and write helpers that always pass the database and count round trips. */
export class Graph {
  /** Queries sent since start; loaders' tests read it to prove batching. */
  roundTrips = 0;

  // Reads take turns past a number at once (the driver's pool keeps connections for writes), and past a
  // queue's length are refused at once: under overload, waiting longer helps no one.
  private readonly turns: LimitFunction;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly uri: string,
    readonly timeouts: GraphTimeouts = DEFAULT_TIMEOUTS,
    readonly readLimits: ReadLimits = DEFAULT_READ_LIMITS,
  ) {
    this.turns = pLimit(readLimits.concurrent);
  }

  /**
   * Runs one read query and returns its rows as plain objects. An auto-commit transaction: one network round
   * trip (a managed transaction adds BEGIN and COMMIT) and half the driver's bookkeeping, which matters under
   * load. A read changes nothing, so a transient failure is simply retried. The read time limit applies unless
   * `timeoutMs` says otherwise (the CLI's exports of a whole graph).
   */
  async read<Row extends RecordShape = RecordShape>(cypher: string, params: Params = {}, timeoutMs = this.timeouts.readMs): Promise<Row[]> {
    if (this.turns.activeCount >= this.readLimits.concurrent && this.turns.pendingCount >= this.readLimits.queued) {
      throw new DatabaseBusyError(`${this.turns.pendingCount} reads are waiting for the database already (NEO4J_MAX_QUEUED_READS)`);
    }
    return this.turns(() => this.readNow<Row>(cypher, params, timeoutMs));
  }

  private async readNow<Row extends RecordShape>(cypher: string, params: Params, timeoutMs: number): Promise<Row[]> {
    const signal = requestSignal();
    if (signal?.aborted) throw new RequestAbandonedError();
    this.roundTrips += 1;
    for (let attempt = 1; ; attempt += 1) {
      // A session without bookmarks: reads need no causal chain with other requests' writes.
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      const stop = () => void session.close();
      signal?.addEventListener('abort', stop, { once: true });
      try {
        // The database ends a read that runs past its limit (and frees what it holds), whoever waits for it.
        const result = await withoutCallerStack(() => session.run<Row>(cypher, params, { timeout: timeoutMs }));
        return result.records.map((record) => record.toObject());
      } catch (error) {
        if (signal?.aborted) throw new RequestAbandonedError();
        if (attempt >= READ_ATTEMPTS || !isRetryableError(error)) throw error;
      } finally {
        signal?.removeEventListener('abort', stop);
        await session.close();
      }
    }
  }

  /** Runs one write query in its own transaction (within the write time limit unless `timeoutMs` says otherwise). */
  async write<Row extends RecordShape = RecordShape>(cypher: string, params: Params = {}, timeoutMs = this.timeouts.writeMs): Promise<Row[]> {
    this.roundTrips += 1;
    const result = await this.driver.executeQuery<{ records: { toObject(): Row }[] }>(cypher, params, {
      database: this.database,
      routing: neo4j.routing.WRITE,
      transactionConfig: { timeout: timeoutMs },
    });
    return result.records.map((record) => record.toObject());
  }

  /** Runs `work` in one managed write transaction; it may be retried, so it must be idempotent. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: this.timeouts.writeMs });
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Connects and checks that the database answers; throws one clear GraphConnectionError naming the URI. */
export async function connectGraph(options: GraphOptions): Promise<Graph> {
  // No password: connect without credentials (the local Neo4j runs with authentication off).
  const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  let driver: Driver;
  try {
    driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: 10_000,
      maxConnectionPoolSize: 64,
      connectionAcquisitionTimeout: timeouts.acquisitionMs,
    });
  } catch (error) {
    throw new GraphConnectionError(`Cannot use NEO4J_URI ${options.uri}: ${(error as Error).message}`);
  }
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (error) {
    await driver.close();
    throw new GraphConnectionError(`Cannot reach Neo4j at ${options.uri}: ${(error as Error).message}`);
  }
  return new Graph(driver, options.database, options.uri, timeouts, { ...DEFAULT_READ_LIMITS, ...options.readLimits });
}
