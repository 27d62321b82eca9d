// Writes articles and everything they support in one transaction, in UNWIND batches (one per kind of row for
// the whole batch of articles; each row names its article). Every MERGE is on a stable key, evidence lists only
// grow by entries not yet there, and what is created instead of merged cannot be there yet (see
// writeArticleBundles), so writing an article twice changes nothing.
import type { ArticleBundle, EntityRow, EntityType } from '../ingest/bundles';
import { UPSERT_ARTICLES } from './article-repository';
import type { Graph } from './driver';
import { EVENT_DAYS } from './event-repository';

// Every query here finds and merges nodes by unique keys (a country by its indexed code), so its plan is the same
// on an empty graph as on a large one (checked with EXPLAIN): planned once, not again whenever the statistics
// change while an ingest grows the graph (planning them all costs this Neo4j about 0.4 s, the statement query
// alone 0.09 s).
const PLANNED_ONCE = 'CYPHER replan=skip';

// Appends the evidence strings in `$list` that `r.evidence` does not hold yet.
const addEvidence = (target: string, list: string) =>
  `${target}.evidence = reduce(acc = coalesce(${target}.evidence, []), x IN ${list} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

// One constant per entity label (labels come from this closed list, never from input). A longer name
// (a full name after a surname) becomes the entity's name; every other name is kept as an alias.
const ENTITY_LABELS: readonly EntityType[] = ['Person', 'Institution', 'Country', 'Place'];
const UPSERT_ENTITIES = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `
UNWIND $rows AS row
MERGE (e:Entity:${label} {id: row.id})
ON CREATE SET e.name = row.name, e.type = '${label}'
WITH e, row, CASE WHEN size(split(row.name, ' ')) > size(split(e.name, ' ')) THEN row.name ELSE e.name END AS name
WITH e, row, name, [x IN row.aliases + [row.name, e.name] WHERE x <> name] AS names
SET e.name = name,
    e.aliases = reduce(acc = [x IN coalesce(e.aliases, []) WHERE x <> name], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.roles = reduce(acc = coalesce(e.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.country = coalesce(e.country, row.country)`,
  ]),
) as Record<EntityType, string>;

// Look-up keys (names, aliases, surnames) by which later articles find these entities: only the keys not linked
// to the entity yet, each link created (a MERGE of it scans the relationships of a key many entities share).
// Sound because UPSERT_ENTITIES has set every entity of the batch before, so this transaction holds its lock
// (until commit: no one else links keys to it meanwhile), and each entity comes in one row, its keys distinct.
export const LINK_NEW_NAME_KEYS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, row, [(k:NameKey)-[:NAMES]->(e) | k.id] AS linked
UNWIND [key IN row.keys WHERE NOT key IN linked] AS key
MERGE (k:NameKey {id: key})
CREATE (k)-[:NAMES]->(e)`;

// How a query writes what belongs to one article: MERGE in general, CREATE for an article this transaction has
// just made (nothing of it can be there yet; see writeArticleBundles).
type Verb = 'MERGE' | 'CREATE';

const mentions = (verb: Verb) => `
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
${verb} (e)-[r:MENTIONED_IN]->(a)
SET ${addEvidence('r', 'row.evidence')}, r.count = size(r.evidence)`;
const UPSERT_MENTIONS = mentions('MERGE');
const CREATE_MENTIONS = mentions('CREATE');

// Events widen their dates (and their length in days) when another article tells more of them.
const UPSERT_EVENTS = `
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
ON CREATE SET ev.type = row.type, ev.label = row.label, ev.datePrecision = row.datePrecision
WITH ev, row, CASE WHEN row.start IS NULL THEN null ELSE date(row.start) END AS start, CASE WHEN row.end IS NULL THEN null ELSE date(row.end) END AS end
SET ev.start = CASE WHEN ev.start IS NULL OR (start IS NOT NULL AND start < ev.start) THEN start ELSE ev.start END,
    ev.end = CASE WHEN ev.end IS NULL OR (end IS NOT NULL AND end > ev.end) THEN end ELSE ev.end END
WITH ev, row
SET ${EVENT_DAYS}
WITH ev, row
MATCH (a:Article {id: row.articleId})
MERGE (ev)-[r:REPORTED_IN]->(a)
SET ${addEvidence('r', 'row.evidence')}`;

// Events other articles report, referenced by this article's statements: created bare if not there yet.
const MERGE_REFERENCED_EVENTS = `
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
ON CREATE SET ev.type = row.type, ev.label = row.label, ev.datePrecision = row.datePrecision,
              ev.start = CASE WHEN row.start IS NULL THEN null ELSE date(row.start) END,
              ev.end = CASE WHEN row.end IS NULL THEN null ELSE date(row.end) END
SET ${EVENT_DAYS}`;

// Links each row's node to every node its id list names, with the row's evidence (labels and types are constants).
const linkEach = (source: string, list: string, target: string, type: string, evidence: string, extra = '') => `
UNWIND $rows AS row
MATCH (s:${source} {id: row.id})
UNWIND row.${list} AS targetId
MATCH (t:${target} {id: targetId})
MERGE (s)-[r:${type}]->(t)
SET ${extra}${addEvidence('r', evidence)}`;

// Links a statement to the one entity an id names, when there is one.
const linkOptional = (verb: Verb, id: string, type: string) => `
WITH s, row
OPTIONAL MATCH (t:Entity {id: row.${id}})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END |
  ${verb} (s)-[r:${type}]->(t) SET ${addEvidence('r', '[row.evidence]')})`;

// Links a statement to each node of a label its id list names (ids distinct, so CREATE makes each link once).
const linkAbout = (verb: Verb, list: string, label: string) => `
WITH s, row
CALL (s, row) {
  UNWIND row.${list} AS targetId
  MATCH (t:${label} {id: targetId})
  ${verb} (s)-[r:ABOUT]->(t)
  SET ${addEvidence('r', '[row.evidence]')}
}`;

const LINK_EVENT_PLACES = linkEach('Event', 'places', 'Entity', 'IN', 'row.evidence');
// An event inside a larger one ("arrests during the protests"), with the sentences that say so.
const LINK_EVENT_FRAMES = `
UNWIND $rows AS row
WITH row WHERE row.partOf IS NOT NULL
MATCH (ev:Event {id: row.id}), (frame:Event {id: row.partOf.eventId})
MERGE (ev)-[r:PART_OF]->(frame)
SET ${addEvidence('r', 'row.partOf.evidence')}`;
const LINK_EVENT_PARTICIPANTS = linkEach('Event', 'participants', 'Entity', 'INVOLVES', 'row.evidence', "r.role = coalesce(r.role, 'participant'), ");

// A statement, its article and the entities and events it names (with MERGE, a statement stated twice in an
// article is one node with every link of both).
const statements = (verb: Verb) => `
UNWIND $rows AS row
${verb} (s:Statement {id: row.id})
SET s.quote = row.quote, s.direct = row.direct, s.articleId = row.articleId, s.start = row.start, s.end = row.end,
    s.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    // Kept on the node too, so reads of statements need no traversal for them.
    s.speakerId = row.speakerId, s.mediumId = row.mediumId, s.onBehalfOfId = row.onBehalfOfId, s.sentence = row.sentence
WITH s, row
MATCH (a:Article {id: row.articleId})
${verb} (s)-[r:REPORTED_IN]->(a)
SET ${addEvidence('r', '[row.evidence]')}${linkOptional(verb, 'speakerId', 'SAID_BY')}${linkOptional(verb, 'mediumId', 'VIA')}${linkOptional(verb, 'onBehalfOfId', 'ON_BEHALF_OF')}${linkAbout(verb, 'aboutEntities', 'Entity')}${linkAbout(verb, 'aboutEvents', 'Event')}`;
const UPSERT_STATEMENTS = statements('MERGE');
const CREATE_STATEMENTS = statements('CREATE');

// A place lies in the country the gazetteer names, when that country is in the graph.
const LINK_PLACE_COUNTRIES = `
UNWIND $rows AS row
MATCH (p:Place {id: row.placeId})
MATCH (c:Country {country: row.country})
MERGE (p)-[r:IN]->(c)
SET ${addEvidence('r', '[row.evidence]')}`;

// A title a person holds in a body or country, one relationship per title.
const LINK_POSITIONS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (h:Entity {id: row.holderId})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(h)
SET ${addEvidence('r', '[row.evidence]')}`;

/**
 * The rows less those repeated (an entity as several articles of a batch name it): an entity row applied again,
 * even after others of the same entity, changes nothing (its name and aliases are kept, roles and country too).
 */
function distinctRows<T>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** One row per entity with every key its rows give it, once. */
function keysByEntity(entities: readonly EntityRow[]): { id: string; keys: string[] }[] {
  const keys = new Map<string, Set<string>>();
  for (const entity of entities) for (const key of entity.keys) keys.set(entity.id, (keys.get(entity.id) ?? new Set()).add(key));
  return [...keys].map(([id, set]) => ({ id, keys: [...set] }));
}

/**
 * Writes article bundles in one transaction (a commit costs the database milliseconds whatever it holds, so a
 * batch shares one); if it fails, nothing of it is written. Each kind of row goes in one query for the whole
 * batch, kinds in the order they depend on each other (entities before their mentions, events before their
 * links); the queries are sent without waiting for each answer (Bolt pipelines them and runs them in order),
 * and a query with no rows is not sent. What belongs to one article (its mentions, its statements and their
 * links) is created outright when this transaction made the article: the article's lock, held until commit,
 * keeps others from writing to it meanwhile, and a statement is only ever written with its article. Only
 * that needs the answer of the first query; an article written before (or twice in the batch) is merged.
 */
export async function writeArticleBundles(graph: Graph, bundles: readonly ArticleBundle[]): Promise<void> {
  // Every row with its article's id, kind by kind across the bundles.
  const rowsOf = <T extends object>(among: readonly ArticleBundle[], pick: (bundle: ArticleBundle) => readonly T[]) =>
    among.flatMap((bundle) => pick(bundle).map((row) => ({ ...row, articleId: bundle.article.id })));
  const entities = distinctRows(bundles.flatMap((bundle) => bundle.entities));
  const events = rowsOf(bundles, (bundle) => bundle.events);
  // A statement names each entity or event once (two found in the text may be one in the graph).
  const statementsOf = (bundle: ArticleBundle) =>
    bundle.statements.map((statement) => ({ ...statement, aboutEntities: [...new Set(statement.aboutEntities)], aboutEvents: [...new Set(statement.aboutEvents)] }));
  const articles = bundles.map(({ article }) => ({ id: article.id, title: article.title, date: article.date, author: article.author, source: article.source, url: article.url, text: article.text }));
  const once = new Set(articles.map(({ id }) => id).filter((id, i, ids) => ids.indexOf(id) === ids.lastIndexOf(id)));
  await graph.writeTransaction(async (tx) => {
    const sent: PromiseLike<unknown>[] = [];
    const run = (cypher: string, rows: readonly unknown[]) => {
      if (rows.length > 0) sent.push(tx.run(`${PLANNED_ONCE} ${cypher}`, { rows }));
    };
    const written = tx.run<{ id: string; created: boolean }>(`${PLANNED_ONCE} ${UPSERT_ARTICLES}`, { rows: articles });
    sent.push(written);
    for (const label of ENTITY_LABELS) run(UPSERT_ENTITIES[label], entities.filter((entity) => entity.type === label));
    run(LINK_NEW_NAME_KEYS, keysByEntity(entities));
    run(UPSERT_EVENTS, events);
    run(MERGE_REFERENCED_EVENTS, rowsOf(bundles, (bundle) => bundle.referencedEvents));
    run(LINK_EVENT_PLACES, events);
    run(LINK_EVENT_PARTICIPANTS, events);
    run(LINK_EVENT_FRAMES, events.filter((event) => event.partOf !== null));
    run(LINK_PLACE_COUNTRIES, rowsOf(bundles, (bundle) => bundle.placeCountries));
    run(LINK_POSITIONS, rowsOf(bundles, (bundle) => bundle.positions));
    // New: made by this transaction, once in the batch, and no statement twice (a MERGE makes that one node).
    const created = new Set((await written).records.filter((record) => record.get('created')).map((record) => record.get('id')));
    const isNew = (bundle: ArticleBundle) => created.has(bundle.article.id) && once.has(bundle.article.id) && new Set(bundle.statements.map(({ id }) => id)).size === bundle.statements.length;
    const fresh = bundles.filter(isNew);
    const known = bundles.filter((bundle) => !isNew(bundle));
    run(CREATE_MENTIONS, rowsOf(fresh, (bundle) => bundle.mentions));
    run(UPSERT_MENTIONS, rowsOf(known, (bundle) => bundle.mentions));
    run(CREATE_STATEMENTS, rowsOf(fresh, statementsOf));
    run(UPSERT_STATEMENTS, rowsOf(known, statementsOf));
    await Promise.all(sent);
  });
}

/** Writes one article bundle in one transaction; a failure rolls back this article only. */
export const writeArticleBundle = (graph: Graph, bundle: ArticleBundle) => writeArticleBundles(graph, [bundle]);
