// Graphs written before a surname's spelling keys were its two halves hold one key per letter of it
// ("person~i|aliev", "person~i|liev", …): the people that still have them, and how to swap them for the keys
// given (the look-ups ask only for the new ones, "spelling~i|…"). An index seek on the old keys' own prefix
// finds them, and nothing at once in a graph that has none.
import type { Graph } from './driver';
import { LINK_NEW_NAME_KEYS } from './knowledge-writer';

const PEOPLE_WITH_OLD_KEYS = `
MATCH (k:NameKey) WHERE k.id STARTS WITH 'person~'
MATCH (k)-[:NAMES]->(e:Person)
WITH DISTINCT e
RETURN e.id AS id, [e.name] + coalesce(e.aliases, []) AS names`;

// Unlinks their old keys and deletes those left naming no one.
const DROP_OLD_KEYS = `
UNWIND $ids AS id
MATCH (k:NameKey)-[r:NAMES]->(:Person {id: id})
WHERE k.id STARTS WITH 'person~'
DELETE r
WITH DISTINCT k
WHERE NOT EXISTS { (k)-[:NAMES]->() }
DELETE k`;

export interface StoredPerson {
  id: string;
  names: string[];
}

// Reading them in a large graph may take longer than a request's read may.
const READ_TIMEOUT_MS = 600_000;

/** The people that still have spelling keys of the old kind, with their names (one read: one pass over the keys). */
export function findPeopleWithOldSpellingKeys(graph: Graph): Promise<StoredPerson[]> {
  return graph.read<StoredPerson>(PEOPLE_WITH_OLD_KEYS, {}, READ_TIMEOUT_MS);
}

/** Replaces these people's old spelling keys with `keys` (keys they have already are kept), in one transaction. */
export async function replaceOldSpellingKeys(graph: Graph, people: { id: string; keys: string[] }[]): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    await tx.run(DROP_OLD_KEYS, { ids: people.map(({ id }) => id) });
    await tx.run(LINK_NEW_NAME_KEYS, { rows: people });
  });
}
