// Brings a graph written by an earlier version up to the spelling keys look-ups ask for: each person that still
// has the old kind gets the keys its stored names give today, a thousand people a transaction.
import type { Graph } from '../graph/driver';
import { findPeopleWithOldSpellingKeys, replaceOldSpellingKeys } from '../graph/spelling-key-upgrade';
import { entityKeys, OLD_SPELLING_KEY_PREFIXES } from './bundles';

const PEOPLE_A_TRANSACTION = 1000;

/** Returns how many people it gave new keys (0 on a graph that needs none). */
export async function upgradeSpellingKeys(graph: Graph): Promise<number> {
  const people = await findPeopleWithOldSpellingKeys(graph, OLD_SPELLING_KEY_PREFIXES);
  for (let i = 0; i < people.length; i += PEOPLE_A_TRANSACTION) {
    const slice = people.slice(i, i + PEOPLE_A_TRANSACTION);
    await replaceOldSpellingKeys(
      graph,
      slice.map(({ id, names }) => ({ id, keys: entityKeys('Person', names) })),
      OLD_SPELLING_KEY_PREFIXES,
    );
  }
  return people.length;
}
