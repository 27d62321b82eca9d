// Opens the graph: the Neo4j named by NEO4J_URI, or the project's own local Neo4j started for this process.
import type { Settings } from './config';
import { connectGraph, type Graph } from './graph/driver';
import { setupGraphSchema } from './graph/schema-setup';
import { upgradeSpellingKeys } from './ingest/upgrade-spelling-keys';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j/launcher';

export interface Database {
  graph: Graph;
  /** The local Neo4j this process started, if it started one. */
  local: LocalNeo4j | null;
  /** Closes the driver and stops the local Neo4j; safe to call twice. */
  close(): Promise<void>;
}

/** `shortLived`: the database is opened for one ingest (a local Neo4j is then started for a short life). */
export async function openDatabase(settings: Settings, log: (message: string) => void, { shortLived = false } = {}): Promise<Database> {
  let local: LocalNeo4j | null = null;
  let uri = settings.NEO4J_URI;
  if (!uri) {
    local = await startLocalNeo4j({
      port: settings.NEO4J_LOCAL_PORT,
      dataDir: settings.NEO4J_LOCAL_DATA,
      heap: settings.NEO4J_LOCAL_HEAP,
      pagecache: settings.NEO4J_LOCAL_PAGECACHE,
      startTimeoutMs: settings.NEO4J_LOCAL_START_TIMEOUT_MS,
      log,
      shortLived,
    });
    uri = local.uri;
  }
  let graph: Graph;
  try {
    graph = await connectGraph({
      uri,
      user: settings.NEO4J_USER,
      password: settings.NEO4J_PASSWORD,
      database: settings.NEO4J_DATABASE,
      timeouts: { readMs: settings.NEO4J_READ_TIMEOUT_MS, writeMs: settings.NEO4J_WRITE_TIMEOUT_MS, acquisitionMs: settings.NEO4J_ACQUISITION_TIMEOUT_MS },
      readLimits: { concurrent: settings.NEO4J_MAX_CONCURRENT_READS, queued: settings.NEO4J_MAX_QUEUED_READS },
    });
    await setupGraphSchema(graph);
    const upgraded = await upgradeSpellingKeys(graph);
    if (upgraded > 0) log(`Upgraded the spelling keys of ${upgraded} people written by an earlier version.`);
  } catch (error) {
    await local?.stop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    graph,
    local,
    close: () => (closing ??= graph.close().finally(() => local?.stop())),
  };
}
