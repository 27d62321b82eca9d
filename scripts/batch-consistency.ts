// `npm run batch-consistency -- [FOLDER] [--split N] [--list]`: whether who is who depends on how an ingest
// cuts its batches. The same articles (default: PolNeAR dev, real news) are ingested into a fresh local Neo4j
// twice, all in one batch and N articles a batch (default 1, so every join goes through the graph), and the
// entities compared by the mentions they hold (so a different name shown for the same entity does not count).
// Prints how many entities only one way makes, and with --list which. A development figure: it reads only the
// dev split.
import { parseArgs } from 'node:util';
import type { Graph } from '../src/graph/driver';
import { ingestPaths } from '../src/ingest';
import { withEmptyGraph } from './bench/bench-database';

const DEFAULT_FOLDER = '../shared/eval/dev/polnear-dev/docs';
const EMPTY_GRAPH = 'MATCH (n) DETACH DELETE n';
// Each entity as its type, its names and the mentions it holds ("articleId:start:end").
const ENTITIES_BY_MENTIONS = `
MATCH (e:Entity)-[r:MENTIONED_IN]->(:Article)
WITH e, collect(r.evidence) AS lists
RETURN e.type AS type, [e.name] + coalesce(e.aliases, []) AS names, reduce(acc = [], l IN lists | acc + l) AS evidence`;

interface Entity {
  type: string;
  names: string[];
  evidence: string[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { split: { type: 'string', default: '1' }, list: { type: 'boolean', default: false } } });
const folder = positionals[0] ?? DEFAULT_FOLDER;
const split = Math.max(1, Number(values.split));

async function entitiesWhenCut(graph: Graph, articlesABatch: number): Promise<Map<string, Entity>> {
  await graph.write(EMPTY_GRAPH);
  await ingestPaths(graph, [folder], { batchLimits: { articles: articlesABatch, characters: Number.MAX_SAFE_INTEGER, first: articlesABatch } });
  const rows = await graph.read<Entity>(ENTITIES_BY_MENTIONS, {}, 600_000);
  return new Map(rows.map((row) => [`${row.type} ${[...row.evidence].sort().join(' ')}`, row]));
}

await withEmptyGraph(
  async (graph) => {
    const whole = await entitiesWhenCut(graph, 1_000_000);
    const cut = await entitiesWhenCut(graph, split);
    const only = (a: Map<string, Entity>, b: Map<string, Entity>) => [...a].filter(([key]) => !b.has(key)).map(([, entity]) => entity);
    const [wholeOnly, cutOnly] = [only(whole, cut), only(cut, whole)];
    console.log(`${folder}: ${whole.size} entities in one batch, ${cut.size} at ${split} a batch; ${wholeOnly.length} only in one batch, ${cutOnly.length} only at ${split} a batch`);
    if (!values.list) return;
    for (const [label, list] of [['one batch', wholeOnly], [`${split} a batch`, cutOnly]] as const) {
      console.log(`only ${label}:`);
      for (const entity of list.sort((a, b) => a.names[0]!.localeCompare(b.names[0]!))) console.log(`  ${entity.type} ${entity.names.join(' / ')} (${entity.evidence.length} mentions)`);
    }
  },
  { shortLived: true },
);
