// `newsgraph ingest --server URL`: files, folders and URLs read here, each article sent to a running newsgraph
// server, which extracts and writes it; with the progress display and summary of a direct ingest. Apart from
// ingest-command.ts, so that this mode loads neither the extractor nor the Neo4j driver.
import { sendSources, type SendSummary } from '../ingest/send-to-server';
import { listSources } from '../ingest/run-sources';
import { ServerError } from '../remote/graphql-post';
import { connectServer } from '../remote/newsgraph-server';
import { displayFor } from './ingest-progress';

export { ServerError };

export interface SendFlags {
  server: string;
  key?: string;
  concurrency?: number;
  /** JSON Lines: record keys of article fields (`--field text=body`). */
  field?: Record<string, string>;
  json?: boolean;
  quiet?: boolean;
}

/** Where the key is read from when `--key` is not given: the environment or .env. */
export const KEY_VARIABLE = 'NEWSGRAPH_WRITE_KEY';

export async function runSend(paths: string[], flags: SendFlags, envKey: string | undefined, log: (line: string) => void): Promise<SendSummary> {
  const key = flags.key ?? envKey;
  if (!key) throw new ServerError(`ingest --server needs a write key of that server (one of its NEWSGRAPH_WRITE_KEYS): pass --key KEY or set ${KEY_VARIABLE}`);
  const server = await connectServer(flags.server, key, flags.key ? '--key' : KEY_VARIABLE);
  const display = displayFor(flags, log);
  // The documents are listed first (names only), so progress can say how many there are.
  const sources = await listSources(paths, { fieldMap: flags.field ?? {} });
  const summary = await sendSources(server, sources, {
    ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
    sourceCount: sources.length,
    onProgress: (progress) => display.onProgress(progress),
    onError: (error) => display.onError(error),
  }).catch((error: unknown) => {
    display.stop();
    throw error;
  });
  display.finish(summary);
  return summary;
}
