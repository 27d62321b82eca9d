// Cypher map projections shared by the read queries, so every query returns records of the same shape.
export const ENTITY = (v: string) => `${v} { .id, .name, type: ${v}.type, aliases: coalesce(${v}.aliases, []), roles: coalesce(${v}.roles, []), country: ${v}.country }`;
export const EVENT = (v: string) => `${v} { .id, .type, .label, .datePrecision, start: toString(${v}.start), end: toString(${v}.end) }`;
export const STATEMENT = (v: string) =>
  `${v} { .id, .quote, .direct, .articleId, .start, .end, date: toString(${v}.date), speakerId: COLLECT { MATCH (${v})-[:SAID_BY]->(x) RETURN x.id }[0], mediumId: COLLECT { MATCH (${v})-[:VIA]->(x) RETURN x.id }[0], onBehalfOfId: COLLECT { MATCH (${v})-[:ON_BEHALF_OF]->(x) RETURN x.id }[0] }`;

/** Items per parent a relationship list returns at most (its totalCount stays exact). */
export const MAX_RELATED = 500;
