// Cypher map projections shared by the read queries, so every query returns records of the same shape.
export const ENTITY = (v: string) => `${v} { .id, .name, type: ${v}.type, aliases: coalesce(${v}.aliases, []), roles: coalesce(${v}.roles, []), country: ${v}.country }`;
export const EVENT = (v: string) => `${v} { .id, .type, .label, .datePrecision, start: toString(${v}.start), end: toString(${v}.end) }`;
export const ARTICLE = (v: string) => `${v} { .id, .title, .author, .source, .url, date: toString(${v}.date) }`;
// Speaker, medium and principal ids are stored on the statement (beside SAID_BY, VIA, ON_BEHALF_OF) for cheap reads.
export const STATEMENT = (v: string) => `${v} { .id, .quote, .direct, .articleId, .start, .end, .speakerId, .mediumId, .onBehalfOfId, .sentence, date: toString(${v}.date) }`;

/** Items per parent a relationship list returns at most (its totalCount stays exact). */
export const MAX_RELATED = 500;

/** The end of a per-parent list query: the parent's items (nulls skipped), how many, and the first MAX_RELATED. */
export const PAGE_OF = (item: string) => `WITH id, collect(${item}) AS items
RETURN id, size(items) AS total, items[..$max] AS items`;
