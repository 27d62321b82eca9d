// Constraints and indexes of the graph model; every statement is idempotent (IF NOT EXISTS).
import type { Graph } from './driver';
import { EVENT_DAYS } from './event-repository';

const KEYED_LABELS = ['Article', 'Entity', 'Person', 'Institution', 'Country', 'Place', 'Event', 'Statement', 'NameKey'] as const;

/** Unique id per label: the key every MERGE uses. */
const CONSTRAINTS = KEYED_LABELS.map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

const INDEXES = [
  // Full-text: entity names and aliases, statement quotes, article titles and text.
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Institution|Country|Place) ON EACH [n.name, n.aliases]',
  'CREATE FULLTEXT INDEX statement_quotes IF NOT EXISTS FOR (n:Statement) ON EACH [n.quote]',
  'CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text]',
  // Range: the dates that period filters compare.
  'CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.start)',
  'CREATE INDEX event_end IF NOT EXISTS FOR (n:Event) ON (n.end)',
  // Range: an event's length in days, whose maximum widens the period filter's date range.
  'CREATE INDEX event_days IF NOT EXISTS FOR (n:Event) ON (n.days)',
  'CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date)',
  'CREATE INDEX article_ingested IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt)',
  'CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)',
  'CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)',
  'CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.country)',
];

const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';
const SETUP_TIMEOUT_MS = 600_000;

// Graphs written before events carried their length in days get it now.
const BACKFILL_EVENT_DAYS = `MATCH (ev:Event) WHERE ev.days IS NULL AND ev.start IS NOT NULL SET ${EVENT_DAYS}`;

/** Creates what is missing and waits until every index is online. */
export async function setupGraphSchema(graph: Graph): Promise<void> {
  for (const statement of [...CONSTRAINTS, ...INDEXES]) {
    await graph.write(statement);
  }
  // Building indexes and backfilling a large graph at start-up may take longer than a request's write may.
  await graph.write(AWAIT_INDEXES, {}, SETUP_TIMEOUT_MS);
  await graph.write(BACKFILL_EVENT_DAYS, {}, SETUP_TIMEOUT_MS);
}
