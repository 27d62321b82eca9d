// Cypher map projections shared by the read queries, so every query returns records of the same shape: with
// every property by default, or with those a question asks for (a Projection, read off its GraphQL selection):
// a page of statements asked for their words and dates then carries no sentences, speakers or spans. Ids (and
// an entity's type, which says what it is) always come; property names only ever come from the lists below.

/** The properties of each kind of record a query may return, beside its id. */
export const PROPERTIES = {
  entity: ['name', 'aliases', 'roles', 'country'],
  event: ['type', 'label', 'datePrecision', 'start', 'end'],
  // Speaker, medium and principal ids are stored on the statement (beside SAID_BY, VIA, ON_BEHALF_OF) for cheap reads.
  statement: ['quote', 'direct', 'articleId', 'start', 'end', 'speakerId', 'mediumId', 'onBehalfOfId', 'sentence', 'date'],
  article: ['title', 'author', 'source', 'url', 'date'],
  // The relationships of an event to its places, participants and reporting articles (the `r` of their queries).
  eventPlace: ['evidence'],
  eventParticipant: ['role', 'evidence'],
  eventReport: ['evidence'],
} as const;
type Kind = keyof typeof PROPERTIES;
export type Property<K extends Kind> = (typeof PROPERTIES)[K][number];

/** Which properties of each kind of record the queries of one question return. */
export type Projection = { readonly [K in Kind]: readonly Property<K>[] };

/** Every property: what callers outside GraphQL get (exports, explorer, subscriptions, ingest). */
export const FULL: Projection = PROPERTIES;

// How a property is read where it is not read as it is stored: dates as YYYY-MM-DD, lists never null.
const READ_AS: { [K in Kind]: Partial<Record<Property<K>, (v: string) => string>> } = {
  entity: { aliases: (v) => `coalesce(${v}.aliases, [])`, roles: (v) => `coalesce(${v}.roles, [])` },
  event: { start: (v) => `toString(${v}.start)`, end: (v) => `toString(${v}.end)` },
  statement: { date: (v) => `toString(${v}.date)` },
  article: { date: (v) => `toString(${v}.date)` },
  eventPlace: {},
  eventParticipant: {},
  eventReport: {},
};

function project<K extends Kind>(kind: K, v: string, properties: readonly Property<K>[], always: readonly string[]): string {
  const read = READ_AS[kind] as Partial<Record<string, (v: string) => string>>;
  return `${v} { ${[...always, ...properties.map((name) => (read[name] ? `${name}: ${read[name](v)}` : `.${name}`))].join(', ')} }`;
}

export const ENTITY = (v: string, p: Projection = FULL) => project('entity', v, p.entity, ['.id', `type: ${v}.type`]);
export const EVENT = (v: string, p: Projection = FULL) => project('event', v, p.event, ['.id']);
export const ARTICLE = (v: string, p: Projection = FULL) => project('article', v, p.article, ['.id']);
export const STATEMENT = (v: string, p: Projection = FULL) => project('statement', v, p.statement, ['.id']);

/** The properties of a relationship `r` a projection asks for, as map entries to put beside others ("" for none). */
export const RELATION = (kind: 'eventPlace' | 'eventParticipant' | 'eventReport', r: string, p: Projection = FULL) =>
  (p[kind] as readonly string[]).map((name) => `, ${name}: ${r}.${name}`).join('');

/**
 * A query text for each projection, built once per projection (a question's projection is one object for as
 * long as its document is cached, so this is a look-up per request).
 */
export function projected<T>(build: (p: Projection) => T): (p?: Projection) => T {
  const built = new WeakMap<Projection, T>();
  return (p = FULL) => builtOnce(built, p, () => build(p));
}

/** The value `cache` holds under `key`, built and kept there when first asked for. */
export function builtOnce<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = build()));
  return value;
}

/** Items per parent a relationship list returns at most (its totalCount stays exact). */
export const MAX_RELATED = 500;

/**
 * The end of a per-parent list query: how many items the parent has, and the first `$max` of them (a page asks
 * for no more than it shows; a count alone for none). `vars` are the variables `item` is built from, the first
 * null where the parent has none; rows are collected bare and only the ones returned are projected, so a
 * count never builds a record it does not return.
 */
export const PAGE_OF = (item: string, vars: readonly [string, ...string[]]) => `WITH id, collect(CASE WHEN ${vars[0]} IS NULL THEN null ELSE [${vars.join(', ')}] END) AS rows
CALL (rows) {
  UNWIND rows[..$max] AS row
  WITH ${vars.map((v, i) => `row[${i}] AS ${v}`).join(', ')}
  RETURN collect(${item}) AS items
}
RETURN id, size(rows) AS total, items`;
