// Articles in an ingest batch by default: in a module of its own (no imports), so `--help` can name it without
// loading the ingest.
export const DEFAULT_BATCH_ARTICLES = 32;
