// `ingest --server`: the sources read as for a direct ingest, but each article sent to a running newsgraph server
// through its `ingestArticle` mutation, which extracts and writes it there. Nothing here opens a database or loads
// the extractor. The server is first asked which articles it holds (by content id), so a rerun sends only what
// is new and the summary can tell new from unchanged; an article the server refuses or fails is reported with
// its reason and the rest go in. A refused key or a server that stops answering stops the run.
import pLimit from 'p-limit';
import { RequestFailedError } from '../remote/graphql-post';
import { submissionOf, type ArticleInput, type NewsgraphServer } from '../remote/newsgraph-server';
import type { SourceError } from '../sources/read-sources';
import { articleBatches } from './article-batches';
import { DEFAULT_SEND_CONCURRENCY } from './batch-size';
import { RunLedger, runBounded, type IngestSource, type RunProgress, type RunSummary, type Settled, type Tagged } from './run-sources';

// Articles asked about in one `nodes(ids:)` question; the next group is read while this one is sent.
const CHECK_GROUP = { articles: 25, characters: 2_000_000 };

export interface SendOptions {
  /** Articles sent at once (the server extracts each on one of its threads). */
  concurrency?: number;
  /** Sources in the run, when known beforehand (a progress bar's total). */
  sourceCount?: number;
  onProgress?: (progress: RunProgress) => void;
  /** Each problem as it happens. */
  onError?: (error: SourceError) => void;
}

export type SendSummary = RunSummary & { server: string };

/** Sends the sources' articles to the server as they are read; resolves once every article is settled. */
export async function sendSources(server: NewsgraphServer, sources: Iterable<IngestSource> | AsyncIterable<IngestSource>, options: SendOptions = {}): Promise<SendSummary> {
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_SEND_CONCURRENCY);
  const ledger = new RunLedger(options);
  const sending = pLimit(concurrency);
  // Once the key is refused or the server stops answering, articles still waiting are not sent (each would
  // wait out its retries first).
  let stop: { error: unknown } | null = null;
  const send = (input: ArticleInput) =>
    sending(async () => {
      if (stop) throw stop.error;
      return server.ingestArticle(input).catch((error: unknown) => {
        throw (stop ??= { error }).error;
      });
    });
  const settle = (tagged: Tagged, outcome: Settled) => {
    ledger.settle(tagged, outcome);
    options.onProgress?.(ledger.progress());
  };

  const sendGroup = async (group: Tagged[]) => {
    const submissions = group.map(({ article }) => submissionOf(article));
    // Between this question and the mutation another client may add the same article: it is then counted new
    // here, though the server found it stored (the mutation's answer is the same either way).
    const stored = await server.storedArticleIds(submissions.map(({ id }) => id)).catch((error: unknown) => {
      if (error instanceof RequestFailedError) return new Error(`could not ask the server which articles it holds: ${error.message}`);
      throw error;
    });
    await Promise.all(
      group.map(async (tagged, i) => {
        if (stored instanceof Error) return settle(tagged, { failed: stored.message });
        if (stored.has(submissions[i]!.id)) return settle(tagged, 'unchanged');
        const refused = await send(submissions[i]!.input);
        settle(tagged, refused === null ? 'new' : { failed: refused });
      }),
    );
  };

  // Groups in flight: enough to keep `concurrency` articles sent, and one more, asked about meanwhile.
  const groups = articleBatches(ledger.tracker.tag(sources), (error) => ledger.report(error), CHECK_GROUP);
  await runBounded(groups, Math.ceil(concurrency / CHECK_GROUP.articles) + 1, sendGroup);
  return { ...ledger.progress(), errors: ledger.errors, server: server.url };
}
