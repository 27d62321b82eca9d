// What a record read from the graph is, for the unions that mix them (search hits, path nodes, what a statement
// is about). Told by what every projection keeps: an entity's type, and the ids statements and events are
// given when they are written (src/ingest/bundles.ts, src/extract/events/merge-events.ts); articles' ids are
// content hashes.
import type { EntityType } from '../graph/records';

const ENTITY_TYPES = new Set<string>(['Person', 'Institution', 'Country', 'Place'] satisfies EntityType[]);

export function recordKind(value: { id: string; type?: string }): EntityType | 'Statement' | 'Event' | 'Article' {
  if (value.type !== undefined && ENTITY_TYPES.has(value.type)) return value.type as EntityType;
  if (value.id.startsWith('statement:')) return 'Statement';
  if (value.id.startsWith('event:')) return 'Event';
  return 'Article';
}
