// Environment → typed, validated settings. Every setting is listed, with its default, in .env.example.
import { availableParallelism } from 'node:os';
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { DEFAULT_READ_LIMITS, DEFAULT_TIMEOUTS } from './graph/driver';
import { DEFAULT_REQUEST_LIMITS } from './http/request-limits';

const port = z.coerce.number().int().min(1).max(65535);
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 1g');
const positiveInt = z.coerce.number().int().positive();
// Comma-separated secrets; each at least 16 characters, so that a guessable word is never a key.
const keyList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(16, 'keys of at least 16 characters, comma-separated')));

const settingsSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DATA: z.string().min(1).default('.neo4j/data'),
  NEO4J_LOCAL_HEAP: memorySize.default('512m'),
  NEO4J_LOCAL_PAGECACHE: memorySize.default('128m'),
  NEO4J_LOCAL_START_TIMEOUT_MS: positiveInt.default(180_000),
  GRAPHQL_MAX_PAGE_SIZE: positiveInt.max(1000).default(100),
  GRAPHQL_MAX_DEPTH: positiveInt.max(50).default(12),
  GRAPHQL_MAX_COST: positiveInt.max(10_000_000).default(250_000),
  GRAPHQL_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  // Who may change the graph, and who may read it (reads are open when no read key is set).
  NEWSGRAPH_WRITE_KEYS: keyList,
  NEWSGRAPH_READ_KEYS: keyList,
  // `ingest --server`: the key it writes to that server with. Checked where it is used, so that no message prints it.
  NEWSGRAPH_WRITE_KEY: z.string().optional(),
  NEWSGRAPH_JWKS_URL: z.string().url('an http(s) URL of a JSON Web Key Set').optional(),
  NEWSGRAPH_JWT_ISSUER: z.string().min(1).optional(),
  NEWSGRAPH_JWT_AUDIENCE: z.string().min(1).optional(),
  NEWSGRAPH_JWT_WRITE_SCOPE: z.string().min(1).default('newsgraph:write'),
  NEWSGRAPH_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean))
    .pipe(z.array(z.string().url('origins such as https://app.example.org, comma-separated'))),
  // `ingestArticle` extracts in worker threads, each article within a time budget.
  NEWSGRAPH_EXTRACTION_THREADS: positiveInt.max(64).default(Math.max(1, availableParallelism() - 1)),
  NEWSGRAPH_EXTRACTION_BUDGET_MS: positiveInt.max(3_600_000).default(30_000),
  // What one request may ask of the server and the database.
  GRAPHQL_MAX_BODY_BYTES: positiveInt.max(50_000_000).default(DEFAULT_REQUEST_LIMITS.maxBodyBytes),
  GRAPHQL_MAX_ARGUMENT_LENGTH: positiveInt.max(100_000).default(DEFAULT_REQUEST_LIMITS.maxArgumentLength),
  GRAPHQL_MAX_SEARCH_TERMS: positiveInt.max(100).default(DEFAULT_REQUEST_LIMITS.maxSearchTerms),
  NEO4J_READ_TIMEOUT_MS: positiveInt.max(600_000).default(DEFAULT_TIMEOUTS.readMs),
  NEO4J_WRITE_TIMEOUT_MS: positiveInt.max(3_600_000).default(DEFAULT_TIMEOUTS.writeMs),
  NEO4J_ACQUISITION_TIMEOUT_MS: positiveInt.max(600_000).default(DEFAULT_TIMEOUTS.acquisitionMs),
  NEO4J_MAX_CONCURRENT_READS: positiveInt.max(1_000).default(DEFAULT_READ_LIMITS.concurrent),
  NEO4J_MAX_QUEUED_READS: positiveInt.max(100_000).default(DEFAULT_READ_LIMITS.queued),
  SOURCE_MAPPED_STACKS: z
    .enum(['true', 'false', '1', '0'], { message: 'true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
});

export type Settings = z.infer<typeof settingsSchema>;

export class ConfigError extends Error {}

/** Reads settings from an environment (process.env by default); throws a ConfigError naming every bad setting. */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  // Empty strings mean "not set", as they do in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = settingsSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '?');
      return `  ${key}=${JSON.stringify(env[key] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

// Variables of ours read elsewhere than the settings: tests (and their browser), training, model paths, Docker Compose.
const OTHER_KNOWN = /^(NEO4J_TEST_\w+|NEO4J_AUTH|NEWSGRAPH_(ATTRIBUTION|TAGGER)_(MODEL|OUT)|NEWSGRAPH_DEV_DATA|NEWSGRAPH_BIND|NEWSGRAPH_CHROMIUM)$/;
const OUR_PREFIXES = /^(NEO4J|NEWSGRAPH|GRAPHQL)_/;

/**
 * A warning for each variable that looks like one of ours but is none (`NEO4J_URL`), with the setting it
 * probably means: a typo'd setting would otherwise be silently ignored.
 */
export function unknownSettingWarnings(env: Record<string, string | undefined> = process.env): string[] {
  const known = Object.keys(settingsSchema.shape);
  return Object.keys(env)
    .filter((name) => OUR_PREFIXES.test(name) && !known.includes(name) && !OTHER_KNOWN.test(name))
    .sort()
    .map((name) => {
      const [closest] = known.map((candidate) => ({ candidate, d: distance(name, candidate) })).sort((a, b) => a.d - b.d);
      const hint = closest && closest.d <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean ${closest.candidate}?)` : '';
      return `${name} is not a setting of newsgraph and is ignored${hint}; the settings are listed in .env.example`;
    });
}
