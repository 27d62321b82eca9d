// The `newsgraph` command: serve, ingest, extract, schema, neo4j.
// Commands load what they need when they run (the driver, the extractor, the server take a second or two to
// load), so `--help` and `--version` answer at once.
import { Command, InvalidArgumentError, Option } from 'commander';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadSettings, unknownSettingWarnings, type Settings } from './config';
import type { Database } from './database';
import type { Extraction } from './extract/contract';
import type { SourceArticle } from './sources/article';
import type { SourceError } from './sources/read-sources';
import type { IngestFlags } from './cli/ingest-command';
import { DEFAULT_BATCH_ARTICLES, DEFAULT_SEND_CONCURRENCY, FIRST_BATCH_ARTICLES } from './ingest/batch-size';
import { installSignalHandlers, onShutdown, shutdown } from './lifecycle';
import { LocalNeo4jError } from './local-neo4j/launcher';
import { PACKAGE_VERSION } from './project-root';
import { ARTICLE_FIELDS } from './sources/article-fields';

const log = (message: string) => console.error(`newsgraph: ${message}`);

const EXPORT_TIMEOUT_MS = 600_000;

/** A failure the user can act on from its message alone: printed without a stack. */
class ExpectedFailure extends Error {}

let warned = false;

function settings(): Settings {
  loadDotenv({ quiet: true });
  const loaded = loadSettings();
  if (!warned) for (const warning of unknownSettingWarnings()) log(`warning: ${warning}`);
  warned = true;
  return loaded;
}

async function withDatabase(options: { shortLived?: boolean } = {}): Promise<Database> {
  installSignalHandlers();
  const { openDatabase } = await import('./database');
  const database = await openDatabase(settings(), log, options);
  onShutdown(() => database.close());
  // A server on a dead database would only answer errors: it stops, non-zero, for a supervisor to restart.
  const local = database.local;
  local?.onUnexpectedExit((code, signal) => {
    log(`the local Neo4j exited unexpectedly (code ${code}, signal ${signal}; see ${local.logs}); stopping`);
    void shutdown(1);
  });
  return database;
}

/** `--field text=body`, repeatable: which key of a JSON Lines record holds an article field. */
function parseField(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const match = /^(\w+)=(\S+)$/.exec(value);
  if (!match || !(ARTICLE_FIELDS as readonly string[]).includes(match[1]!)) throw new InvalidArgumentError(`FIELD=KEY, FIELD one of ${ARTICLE_FIELDS.join(', ')} (e.g. text=body)`);
  return { ...previous, [match[1]!]: match[2]! };
}

const fieldOption = () => new Option('--field <field=key>', 'JSON Lines: the record key of an article field, repeatable (e.g. --field text=body --field title=headline)').argParser(parseField);

const wholeNumber = (max: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`a whole number from 1 to ${max}`);
  return n;
};
const parseConcurrency = wholeNumber(64);

const program = new Command()
  .name('newsgraph')
  .description('A GraphQL knowledge-graph server over news articles, backed by Neo4j.')
  .version(PACKAGE_VERSION, '-V, --version', 'print the version')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nSettings come from environment variables or a .env file (see .env.example).\nWithout NEO4J_URI, a local Neo4j is started (Java 17 and Maven needed) and stopped on exit.',
  );

program
  .command('serve')
  .description('Start the GraphQL server (GraphiQL at /graphql), optionally ingesting files first.')
  .option('--ingest <paths...>', 'files, folders or http(s) URLs of articles to ingest before serving')
  .action(async (options: { ingest?: string[] }) => {
    const started = performance.now();
    const config = settings();
    // The Neo4j driver records a stack trace for every query; mapping each to TypeScript lines costs about a
    // sixth of the server's throughput under load, so stacks show the transpiled lines unless asked otherwise.
    process.setSourceMapsEnabled(config.SOURCE_MAPPED_STACKS);
    const database = await withDatabase();
    if (options.ingest) {
      const { runIngest } = await import('./cli/ingest-command');
      await runIngest(database.graph, options.ingest, {}, config, log);
    }
    const { createGraphQLApp, listen } = await import('./server');
    const { accessSettings, describeAccess } = await import('./http/access-settings');
    const { createExtractionPool } = await import('./ingest/extraction-pool');
    const access = accessSettings(config);
    const extraction = createExtractionPool({ threads: config.NEWSGRAPH_EXTRACTION_THREADS, budgetMs: config.NEWSGRAPH_EXTRACTION_BUDGET_MS });
    onShutdown(() => extraction.close());
    const app = createGraphQLApp(database.graph, {
      maxPageSize: config.GRAPHQL_MAX_PAGE_SIZE,
      maxDepth: config.GRAPHQL_MAX_DEPTH,
      maxCost: config.GRAPHQL_MAX_COST,
      cacheTtlMs: config.GRAPHQL_CACHE_TTL_MS,
      maxSearchTerms: config.GRAPHQL_MAX_SEARCH_TERMS,
      maxBodyBytes: config.GRAPHQL_MAX_BODY_BYTES,
      maxArgumentLength: config.GRAPHQL_MAX_ARGUMENT_LENGTH,
      access,
      corsOrigins: config.NEWSGRAPH_CORS_ORIGINS,
      extraction,
    });
    for (const line of describeAccess(access, config.NEWSGRAPH_CORS_ORIGINS)) log(line);
    const server = await listen(app, config.HOST, config.PORT).catch((error: NodeJS.ErrnoException) => {
      throw new ExpectedFailure(error.code === 'EADDRINUSE' ? `Port ${config.PORT} is taken: set PORT to a free port.` : `Cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`);
    });
    onShutdown(() => server.close());
    log(`ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`GraphQL server ready at ${server.url}`);
    console.log(`Explorer at ${new URL('/explore', server.url).href}`);
  });

program
  .command('ingest')
  .description('Read articles from files, folders or URLs and write them to the graph, as they are extracted; or send them to a running server.')
  .argument('<paths...>', 'files, folders or http(s) URLs of articles (HTML, RSS/Atom, JSON Lines, plain text)')
  .addOption(fieldOption())
  .addOption(
    new Option('--concurrency <n>', `batches extracted at once at most, each on a worker thread (default: the number of cores; one until the writes wait for extraction, so a database busy on the same cores keeps the others); with --server, articles sent at once (default: ${DEFAULT_SEND_CONCURRENCY})`).argParser(
      parseConcurrency,
    ),
  )
  .addOption(
    // Commander shows no default for an option whose default value is undefined: the description names it.
    new Option(
      '--batch-size <n>',
      `articles in a batch at most (default: ${DEFAULT_BATCH_ARTICLES}; the first holds ${FIRST_BATCH_ARTICLES} and each next one twice as many, so the first articles are written soon): names are resolved across a batch, and it is written in one transaction (larger: fewer commits); not with --server, whose server extracts each article alone`,
    )
      .argParser(wholeNumber(1000))
      .conflicts('server'),
  )
  .option('--server <url>', 'send each article to the newsgraph server at this address (http://host:4000 or its /graphql) through its ingestArticle mutation, instead of writing to Neo4j: no database, no extraction here')
  .option('--key <key>', 'with --server: a write key of that server (else NEWSGRAPH_WRITE_KEY, which other users of the machine cannot see in the process list)')
  .option('--json', 'print a machine-readable summary on stdout (no progress)')
  .option('--quiet', 'print only problems')
  .addHelpText(
    'after',
    '\nProgress: a bar with rate and ETA on a terminal, a line every 10 s otherwise. Each article is written as soon as\n' +
      'it is extracted; a rerun skips the articles already stored. To ingest into the database of a running\n' +
      '`npm start`, point this command at it: NEO4J_URI=bolt://127.0.0.1:7687 newsgraph ingest …\n' +
      'Or send the articles to a running server, which extracts and writes them:\n' +
      '  NEWSGRAPH_WRITE_KEY=… newsgraph ingest --server http://127.0.0.1:4000 my-articles/',
  )
  .action(async (paths: string[], flags: IngestFlags & { server?: string; key?: string }) => {
    const config = settings();
    const { ingestExitCode } = await import('./ingest/run-sources');
    if (flags.key && !flags.server) throw new ExpectedFailure('--key is for --server URL: a direct ingest writes to Neo4j (NEO4J_URI) and needs no key.');
    if (flags.server) {
      const { runSend, ServerError } = await import('./cli/send-command');
      const summary = await runSend(paths, { ...flags, server: flags.server }, config.NEWSGRAPH_WRITE_KEY, log).catch((error: unknown) => {
        throw error instanceof ServerError ? new ExpectedFailure(error.message) : error;
      });
      await shutdown(ingestExitCode(summary));
    }
    // A local Neo4j started for this ingest stops with it.
    const database = await withDatabase({ shortLived: true });
    const { runIngest } = await import('./cli/ingest-command');
    const summary = await runIngest(database.graph, paths, flags, config, log);
    await shutdown(ingestExitCode(summary));
  });

program
  .command('export')
  .description('Write the graph for Gephi, Cytoscape, a spreadsheet or a notebook: entities and events with their relations (GraphML, GEXF, JSON Lines), or the statements (CSV).')
  .addOption(new Option('--format <format>', 'output format').choices(['graphml', 'gexf', 'csv', 'jsonl']).default('graphml'))
  .option('--types <types>', 'node types to keep, comma-separated: Person, Institution, Country, Place, Event (default: all)')
  .option('--month <YYYY-MM>', 'only events and statements of this month')
  .option('--from <YYYY-MM-DD>', 'only events and statements from this date')
  .option('--to <YYYY-MM-DD>', 'only events and statements up to this date')
  .option('-o, --output <file>', 'write to this file instead of stdout')
  .action(async (flags: { format: 'graphml' | 'gexf' | 'csv' | 'jsonl'; types?: string; month?: string; from?: string; to?: string; output?: string }) => {
    const { exportGraph, parseExportFilter, ExportFilterError } = await import('./export');
    let filter;
    try {
      filter = parseExportFilter(flags);
    } catch (error) {
      throw error instanceof ExportFilterError ? new ExpectedFailure(error.message) : error;
    }
    const database = await withDatabase();
    // A whole graph may take longer to read than a question is allowed.
    const text = await exportGraph(database.graph, flags.format, filter, EXPORT_TIMEOUT_MS);
    if (flags.output) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(flags.output, text);
      log(`wrote ${flags.output} (${flags.format}, ${text.length.toLocaleString('en')} characters)`);
    } else {
      // Written out in full before the process exits (a pipe takes it in pieces).
      await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
    }
    await shutdown(0);
  });

program
  .command('extract')
  .description('Print the extraction of the given files as JSON (the contract in ../shared/eval/CONTRACT.md). No database needed.')
  .argument('<paths...>', 'files, folders or http(s) URLs of articles (HTML, RSS/Atom, JSON Lines, plain text)')
  .addOption(fieldOption())
  .action(async (paths: string[], flags: { field?: Record<string, string> }) => {
    const { streamSources } = await import('./sources/read-sources');
    const { extractArticles } = await import('./extract');
    const articles: SourceArticle[] = [];
    const errors: SourceError[] = [];
    for await (const item of streamSources(paths, { fieldMap: flags.field ?? {} })) {
      if ('article' in item) articles.push(item.article);
      else errors.push(item.error);
    }
    for (const error of errors) log(`skipped ${error.source}: ${error.reason}`);
    const extraction: Extraction = { ...(await extractArticles(articles)), errors };
    process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
    process.exitCode = articles.length === 0 && errors.length > 0 ? 1 : 0;
  });

program
  .command('schema')
  .description('Print the GraphQL schema (SDL, sorted).')
  .action(async () => {
    const { printSortedSchema } = await import('./schema');
    process.stdout.write(printSortedSchema());
  });

program
  .command('neo4j')
  .description('Start only the local Neo4j and keep it running until Ctrl-C (for other tools or a REPL).')
  .action(async () => {
    const database = await withDatabase();
    console.log(`Neo4j ready at ${database.graph.uri} (database ${database.graph.database}); Ctrl-C stops it.`);
  });

try {
  await program.parseAsync();
} catch (error) {
  const { GraphConnectionError } = await import('./graph/driver');
  const known = error instanceof ConfigError || error instanceof GraphConnectionError || error instanceof LocalNeo4jError || error instanceof ExpectedFailure;
  log(known ? (error as Error).message : `failed: ${(error as Error).stack ?? error}`);
  await shutdown(error instanceof ConfigError ? 2 : 1);
}
