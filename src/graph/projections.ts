// Cypher map projections (and lists of values, see Fields) shared by the read queries, so every query returns
// records of the same shape: with every property by default, or with those a question asks for (a Projection,
// read off its GraphQL selection): a page of statements asked for their words and dates then carries no
// sentences, speakers or spans. Ids (and an entity's type, which says what it is) always come; property names
// only ever come from the lists below.
import type { ArticleRecord } from './article-repository';
import type { Graph, Params } from './driver';
import type { EntityRecord, EventRecord } from './records';

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

// Each property a record of `kind` returns, by name, with the Cypher expression that reads it from `v`.
type Named = readonly (readonly [name: string, expression: string])[];
function named<K extends Kind>(kind: K, v: string, properties: readonly Property<K>[], always: Named): Named {
  const read = READ_AS[kind] as Partial<Record<string, (v: string) => string>>;
  return [...always, ...properties.map((name): readonly [string, string] => [name, read[name]?.(v) ?? `${v}.${name}`])];
}

function project(v: string, properties: Named): string {
  return `${v} { ${properties.map(([name, expression]) => (expression === `${v}.${name}` ? `.${name}` : `${name}: ${expression}`)).join(', ')} }`;
}

const ENTITY_NAMED = (v: string, p: Projection) => named('entity', v, p.entity, [['id', `${v}.id`], ['type', `${v}.type`]]);
const EVENT_NAMED = (v: string, p: Projection) => named('event', v, p.event, [['id', `${v}.id`]]);
const ARTICLE_NAMED = (v: string, p: Projection) => named('article', v, p.article, [['id', `${v}.id`]]);
const STATEMENT_NAMED = (v: string, p: Projection) => named('statement', v, p.statement, [['id', `${v}.id`]]);

export const ENTITY = (v: string, p: Projection = FULL) => project(v, ENTITY_NAMED(v, p));
export const EVENT = (v: string, p: Projection = FULL) => project(v, EVENT_NAMED(v, p));
export const ARTICLE = (v: string, p: Projection = FULL) => project(v, ARTICLE_NAMED(v, p));
export const STATEMENT = (v: string, p: Projection = FULL) => project(v, STATEMENT_NAMED(v, p));

/** The properties of a relationship `r` a projection asks for, as map entries to put beside others ("" for none). */
export const RELATION = (kind: 'eventPlace' | 'eventParticipant' | 'eventReport', r: string, p: Projection = FULL) =>
  (p[kind] as readonly string[]).map((name) => `, ${name}: ${r}.${name}`).join('');

/**
 * A record as values in a fixed order, to put in a Cypher list, and how to read it back. The driver decodes every
 * key of a map in a reply as a string and sets each with Object.defineProperty; a list of values costs it a
 * fraction of that (a page of 20 events with their places, participants and reports: decoding its reply took
 * about a fifth of the server's CPU, most of it in the maps).
 */
export interface Fields<T> {
  /** The Cypher expressions, comma-separated (the inside of a list). */
  readonly values: string;
  /** How many values the record takes. */
  readonly size: number;
  /** The record from `values`, starting at `at`. */
  read(values: readonly unknown[], at: number): T;
}

function fields<T>(properties: Named): Fields<T> {
  const names = properties.map(([name]) => name);
  return {
    values: properties.map(([, expression]) => expression).join(', '),
    size: names.length,
    read(values, at) {
      const record: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i += 1) record[names[i]!] = values[at + i];
      return record as T;
    },
  };
}

export const ENTITY_FIELDS = (v: string, p: Projection = FULL) => fields<EntityRecord>(ENTITY_NAMED(v, p));
export const EVENT_FIELDS = (v: string, p: Projection = FULL) => fields<EventRecord>(EVENT_NAMED(v, p));
export const ARTICLE_FIELDS = (v: string, p: Projection = FULL) => fields<ArticleRecord>(ARTICLE_NAMED(v, p));
/** The properties of a relationship `r` a projection asks for (none, possibly). */
export const RELATION_FIELDS = (kind: 'eventPlace' | 'eventParticipant' | 'eventReport', r: string, p: Projection = FULL) =>
  fields<{ evidence?: string[]; role?: string }>((p[kind] as readonly string[]).map((name) => [name, `${r}.${name}`]));

/** Cypher lists of values, joined as one (empty parts left out). */
export const valuesList = (...parts: readonly string[]) => `[${parts.filter(Boolean).join(', ')}]`;

/**
 * A query that returns its records as one row, `rows`: a list of each record's values (one Bolt record instead
 * of one per record), and how to read them back.
 */
export interface CollectedQuery<T> {
  cypher: string;
  rows(values: unknown[][]): T[];
}

/** Runs a CollectedQuery and reads its one row. */
export async function readCollected<T>(graph: Graph, query: CollectedQuery<T>, params: Params): Promise<T[]> {
  const [row] = await graph.read<{ rows: unknown[][] }>(query.cypher, params);
  return query.rows(row?.rows ?? []);
}

/**
 * A query text for each projection, built once per projection (a question's projection is one object for as
 * long as its document is cached, so this is a look-up per request).
 */
export function projected<T>(build: (p: Projection) => T): (p?: Projection) => T {
  const built = new WeakMap<Projection, T>();
  return (p = FULL) => builtOnce(built, p, () => build(p));
}

/**
 * A query for each projection and each shape of a question (the lists it asks for, say), built when first used:
 * a list not asked for is left out of the text rather than switched off by a parameter, so it costs nothing.
 */
export function projectedShapes<S, T>(key: (shape: S) => string, build: (shape: S, p: Projection) => T): (p: Projection | undefined, shape: S) => T {
  const perProjection = projected(() => new Map<string, T>());
  return (p = FULL, shape) => builtOnce(perProjection(p), key(shape), () => build(shape, p));
}

/** The value `cache` holds under `key`, built and kept there when first asked for. */
function builtOnce<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, build: () => V): V {
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
