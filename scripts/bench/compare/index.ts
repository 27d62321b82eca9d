// `npm run bench:compare`: newsgraph against @neo4j/graphql 7 (the library a user would otherwise pick), on the
// same local Neo4j and the same graphs (the seed graph, then a synthetic one of --articles articles), on four
// questions whose answers are checked equal first. Servers take turns in rounds; the figures are medians over
// the rounds. A measurement, not a test: it asserts nothing, but exits non-zero if the answers differ or a
// server errs.
//   --quick        the seed graph only, one round, short runs (under three minutes, half of it starting Neo4j
//                  and ingesting the seed articles)
//   --rounds N     rounds (3)             --seconds N  length of each measured run (10)
//   --warmup N     unmeasured load before each run at 32 clients (5), and per question before the first
//                  round (twice that)
//   --articles N   articles of the synthetic graph (100,000)
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { replaceWithSyntheticGraph, withSeedGraph } from '../bench-database';
import { AnswersDiffer } from './answers';
import { ServerError } from './measure';
import { formatTable, slowestRatio } from './report';
import { benchGraph, countingDriver, NEWSGRAPH, pickSubject, type Settings } from './run-graph';

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, rounds: { type: 'string' }, seconds: { type: 'string' }, warmup: { type: 'string' }, articles: { type: 'string' } },
});
const quick = flags.quick ?? false;
const settings: Settings = {
  rounds: Number(flags.rounds ?? (quick ? 1 : 3)),
  seconds: Number(flags.seconds ?? (quick ? 1 : 10)),
  // Quick runs warm up once only: each autocannon run costs most of a second besides its duration.
  warmupSeconds: Number(flags.warmup ?? (quick ? 0 : 5)),
  initialWarmupSeconds: flags.warmup ? 2 * Number(flags.warmup) : quick ? 1 : 10,
};
const articles = Number(flags.articles ?? 100_000);

async function main(): Promise<void> {
  // As `serve` runs by default (SOURCE_MAPPED_STACKS=false).
  process.setSourceMapsEnabled(false);
  console.error(`bench:compare on Node ${process.version}, ${availableParallelism()} cores: ${settings.rounds} round(s), ${settings.seconds} s per run, ${settings.warmupSeconds} s warm-up${quick ? ', seed graph only' : ''}`);
  const rows = await withSeedGraph(async (graph) => {
    const neo4jGraphQL = countingDriver(graph.uri);
    try {
      const rows = await benchGraph(graph, neo4jGraphQL, 'seed', await pickSubject(graph, '2022-01', 'Kazakhstan'), settings);
      if (!quick) {
        const { ask: about, summary } = await replaceWithSyntheticGraph(graph, articles);
        console.error(summary);
        rows.push(...(await benchGraph(graph, neo4jGraphQL, `${articles.toLocaleString('en')} articles`, await pickSubject(graph, about.month, about.country), settings)));
      }
      return rows;
    } finally {
      await neo4jGraphQL.driver.close();
    }
  });
  console.log(formatTable(rows));
  console.log(slowestRatio(rows, NEWSGRAPH));
}

try {
  await main();
} catch (error) {
  // Differences and server errors are the bench's findings: their message says it all.
  console.error(error instanceof AnswersDiffer || error instanceof ServerError ? error.message : error);
  process.exitCode = 1;
}
