// What the graph already holds that new extractions must join: entities by name keys, events by type, date and place.
// The index hints keep the plans what they must be whatever the statistics: a plan made while the graph was
// nearly empty (the first batches of an ingest) scanned every key, or every entity, for each row, and stayed
// in the query cache until the statistics had changed enough and ten seconds had passed.
import type { Graph } from './driver';

// The entity ids each look-up key names.
const FIND_ENTITIES_BY_KEYS = `
UNWIND $keys AS key
MATCH (k:NameKey {id: key})-[:NAMES]->(e:Entity)
USING INDEX k:NameKey(id)
RETURN key, e.id AS id`;

// The entities each look-up key names, with their names, to check a spelling variant against.
const FIND_NAMED_ENTITIES_BY_KEYS = `
UNWIND $keys AS key
MATCH (k:NameKey {id: key})-[:NAMES]->(e:Entity)
USING INDEX k:NameKey(id)
RETURN key, e.id AS id, [e.name] + coalesce(e.aliases, []) AS names`;

// Known events of the same type within a day of each candidate's dates (the narrowest index: the dates are
// worked out first so that it is sought, not scanned) and sharing one of its places (only places are IN-linked
// from an event; without a label the planner can only look from the event).
const FIND_MATCHING_EVENTS = `
UNWIND $rows AS row
CALL (row) {
  MATCH (ev:Event)
  USING INDEX ev:Event(start)
  WHERE ev.start >= date(row.from) AND ev.start <= date(row.to)
  RETURN ev
}
WITH row, ev
WHERE ev.type = row.type AND EXISTS { MATCH (ev)-[:IN]->(p) WHERE p.id IN row.places }
RETURN row.id AS candidate, ev.id AS id
ORDER BY ev.start`;

export async function findEntityIdsByKeys(graph: Graph, keys: string[]): Promise<Map<string, string[]>> {
  const rows = keys.length ? await graph.read<{ key: string; id: string }>(FIND_ENTITIES_BY_KEYS, { keys }) : [];
  const found = new Map<string, string[]>();
  for (const { key, id } of rows) found.set(key, [...(found.get(key) ?? []), id]);
  return found;
}

/** A stored entity with its name and aliases. */
export interface NamedEntity {
  id: string;
  names: string[];
}

// The two look-ups below prepare an ingest's write: they run within the write's time limit, not an API read's,
// so that an ingest into a busy database does not stop because one took a few seconds.
export async function findNamedEntitiesByKeys(graph: Graph, keys: string[]): Promise<Map<string, NamedEntity[]>> {
  const rows = keys.length ? await graph.read<NamedEntity & { key: string }>(FIND_NAMED_ENTITIES_BY_KEYS, { keys }, graph.timeouts.writeMs) : [];
  const found = new Map<string, NamedEntity[]>();
  for (const { key, id, names } of rows) found.set(key, [...(found.get(key) ?? []), { id, names }]);
  return found;
}

export interface EventCandidate {
  id: string;
  type: string;
  from: string;
  to: string;
  places: string[];
}

export async function findMatchingEventIds(graph: Graph, candidates: EventCandidate[]): Promise<Map<string, string>> {
  const rows = candidates.length ? await graph.read<{ candidate: string; id: string }>(FIND_MATCHING_EVENTS, { rows: candidates }, graph.timeouts.writeMs) : [];
  const found = new Map<string, string>();
  for (const { candidate, id } of rows) if (!found.has(candidate)) found.set(candidate, id);
  return found;
}
