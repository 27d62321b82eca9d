// Ingest defaults `--help` names: in a module of their own (no imports), so that it can without loading the ingest.

/** Articles in an ingest batch by default. */
export const DEFAULT_BATCH_ARTICLES = 32;

/** Articles `ingest --server` sends at once by default: enough to keep a server's extraction threads busy while an answer travels. */
export const DEFAULT_SEND_CONCURRENCY = 3;
