// Graphs written by earlier versions hold spelling keys the look-ups no longer ask for: one key per letter of a
// surname ("person~i|aliev", "person~i|liev", …), or keys that began with the given name's written initial
// ("spelling~q|…" for "Qadir", where look-ups now ask for "variant~k|…"). The people that still have them, and
// how to swap them for the keys given. An index seek on each old prefix finds them, and nothing at once in a
// graph that has none.
import type { Graph } from './driver';
import { LINK_NEW_NAME_KEYS } from './knowledge-writer';

const PEOPLE_WITH_OLD_KEYS = `
UNWIND $prefixes AS prefix
MATCH (k:NameKey) WHERE k.id STARTS WITH prefix
MATCH (k)-[:NAMES]->(e:Person)
WITH DISTINCT e
RETURN e.id AS id, [e.name] + coalesce(e.aliases, []) AS names`;

// Unlinks their old keys and deletes those left naming no one.
const DROP_OLD_KEYS = `
UNWIND $ids AS id
MATCH (k:NameKey)-[r:NAMES]->(:Person {id: id})
WHERE any(prefix IN $prefixes WHERE k.id STARTS WITH prefix)
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

/** The people that still have spelling keys of the old kinds (`prefixes`), with their names (one read). */
export function findPeopleWithOldSpellingKeys(graph: Graph, prefixes: readonly string[]): Promise<StoredPerson[]> {
  return graph.read<StoredPerson>(PEOPLE_WITH_OLD_KEYS, { prefixes }, READ_TIMEOUT_MS);
}

/**
 * Replaces these people's spelling keys of the old kinds (`prefixes`) with `keys` (keys they have already are
 * kept), in one transaction.
 */
export async function replaceOldSpellingKeys(graph: Graph, people: { id: string; keys: string[] }[], prefixes: readonly string[]): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    await tx.run(DROP_OLD_KEYS, { ids: people.map(({ id }) => id), prefixes });
    await tx.run(LINK_NEW_NAME_KEYS, { rows: people });
  });
}
