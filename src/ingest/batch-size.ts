// Ingest defaults `--help` names: in a module of their own (no imports), so that it can without loading the ingest.

/**
 * Articles in an ingest batch at most by default: each batch is one write transaction, and a commit costs the
 * database about the same whatever it holds (batches of 128 took a warm local Neo4j about a fifth less CPU an
 * article than batches of 32; measured 2026-12-07).
 */
export const DEFAULT_BATCH_ARTICLES = 128;

/**
 * Articles in an ingest's first batch by default: each batch after it twice the one before, up to the most. Not
 * fewer: names are resolved across a batch, so a small collection (the seeds) is read best as one batch.
 */
export const FIRST_BATCH_ARTICLES = 32;

/** Articles `ingest --server` sends at once by default: enough to keep a server's extraction threads busy while an answer travels. */
export const DEFAULT_SEND_CONCURRENCY = 3;
