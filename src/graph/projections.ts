// Cypher map projections shared by the read queries, so every query returns records of the same shape.
export const ENTITY = (v: string) => `${v} { .id, .name, type: ${v}.type, aliases: coalesce(${v}.aliases, []), roles: coalesce(${v}.roles, []), country: ${v}.country }`;
export const EVENT = (v: string) => `${v} { .id, .type, .label, .datePrecision, start: toString(${v}.start), end: toString(${v}.end) }`;
export const ARTICLE = (v: string) => `${v} { .id, .title, .author, .source, .url, date: toString(${v}.date) }`;
// Speaker, medium and principal ids are stored on the statement (beside SAID_BY, VIA, ON_BEHALF_OF) for cheap reads.
export const STATEMENT = (v: string) => `${v} { .id, .quote, .direct, .articleId, .start, .end, .speakerId, .mediumId, .onBehalfOfId, .sentence, date: toString(${v}.date) }`;

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
