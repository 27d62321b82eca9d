// How many batches an ingest extracts at once: one at first, and the most allowed once the writer has had to
// wait for an extraction. Each extraction thread loads its models and compiles its code anew (about a second
// of CPU), so a second one only pays when extraction, not the database, is what the writes wait for: with the
// database on the same two cores, two threads took a fifth more CPU an article than one for no faster ingest
// (measured 2026-12-07); with a database elsewhere, the second starts within the first batches.

/** The share of a batch's write time the writer may wait for the next batch before more are extracted at once. */
const WAIT_SHARE = 0.25;

interface Write {
  articles: number;
  ms: number;
  endedAt: number;
}

export class ExtractionRamp {
  private last: Write | null = null;
  private raised = false;

  /** `limit` is what bounds the extractions at once (a p-limit); `most` the most it may allow. */
  constructor(
    private readonly limit: { concurrency: number },
    private readonly most: number,
  ) {
    limit.concurrency = 1;
  }

  /** A batch of `articles` was written (or settled without a write) from `startedAt` to `endedAt` (ms). */
  wrote(articles: number, startedAt: number, endedAt: number): void {
    this.last = { articles, ms: endedAt - startedAt, endedAt };
  }

  /**
   * The next batch to write, of `articles`, was extracted at `extractedAt`, and the one before it is written.
   * While batches still grow (the first ones), the writer waits by design: only a batch no larger than the one
   * before counts.
   */
  extracted(articles: number, extractedAt: number): void {
    const last = this.last;
    if (this.raised || !last || articles > last.articles) return;
    if (extractedAt - last.endedAt > WAIT_SHARE * last.ms) {
      this.raised = true;
      this.limit.concurrency = this.most;
    }
  }
}
