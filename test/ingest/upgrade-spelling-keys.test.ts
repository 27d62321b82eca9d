// A graph written by earlier versions (real Neo4j): its people get the spelling keys of today and lose the old
// ones (a key per letter of the surname, or keys that began with the given name's written initial), and a later
// article spelling a name otherwise joins them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantKeys } from '../../src/extract/entities/name-variants';
import type { Graph } from '../../src/graph/driver';
import { ingestArticles } from '../../src/ingest';
import { entityKeys } from '../../src/ingest/bundles';
import { upgradeSpellingKeys } from '../../src/ingest/upgrade-spelling-keys';
import { openEmptyGraph } from '../support/graph';
import { peopleCorpus } from '../support/people-corpus';

// What the earlier version linked to a person: its name keys, and a key per letter of its surname's skeleton.
const OLD_PERSON = `
CREATE (e:Entity:Person {id: $id, name: $name, type: 'Person', aliases: [], roles: [], country: null})
WITH e
UNWIND $keys AS key
MERGE (k:NameKey {id: key})
CREATE (k)-[:NAMES]->(e)`;

const keysOf = (graph: Graph, id: string) =>
  graph.read<{ key: string }>('MATCH (k:NameKey)-[:NAMES]->(:Person {id: $id}) RETURN k.id AS key ORDER BY key', { id }).then((rows) => rows.map(({ key }) => key));

describe('upgrading spelling keys (real Neo4j)', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await openEmptyGraph();
  });
  afterAll(() => graph?.close());

  it('swaps the old keys for the new, and a name spelled otherwise then joins the stored person', async () => {
    const name = 'Ilham Aliyev';
    const old = [...entityKeys('Person', [name]).filter((key) => !key.startsWith('spelling~')), ...variantKeys('Aliyev').map((key) => `person~i|${key}`)];
    await graph.write(OLD_PERSON, { id: 'person:ilham-aliyev', name, keys: old });
    await graph.write(OLD_PERSON, { id: 'person:ilyas-alibek', name: 'Ilyas Alibek', keys: ['person|ilyas alibek', 'person~i|alibek', 'person~i|aliek'] });

    // The keys of the version before: the written initial of the given name, with the surname's halves.
    const written = entityKeys('Person', ['Qadir Tolqunov']).map((key) => key.replace(/^variant~k\|/, 'spelling~q|'));
    expect(written.filter((key) => key.startsWith('spelling~q|'))).not.toEqual([]);
    await graph.write(OLD_PERSON, { id: 'person:qadir-tolqunov', name: 'Qadir Tolqunov', keys: written });

    expect(await upgradeSpellingKeys(graph)).toBe(3);
    expect(await keysOf(graph, 'person:ilham-aliyev')).toEqual([...entityKeys('Person', [name])].sort());
    expect(await keysOf(graph, 'person:qadir-tolqunov')).toEqual([...entityKeys('Person', ['Qadir Tolqunov'])].sort());
    // Old keys no one is named by any more are gone; a second run finds nothing to do.
    expect(await graph.read('MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->() RETURN k')).toEqual([]);
    expect(await graph.read("MATCH (k:NameKey) WHERE k.id STARTS WITH 'person~' OR k.id STARTS WITH 'spelling~' RETURN k")).toEqual([]);
    expect(await upgradeSpellingKeys(graph)).toBe(0);

    const aliev = peopleCorpus().find((article) => article.title === 'Baku again')!;
    await ingestArticles(graph, [aliev]);
    const people = await graph.read<{ id: string; names: string[] }>("MATCH (p:Person) WHERE p.name STARTS WITH 'Ilham' RETURN p.id AS id, [p.name] + p.aliases AS names");
    expect(people).toEqual([{ id: 'person:ilham-aliyev', names: ['Ilham Aliyev', 'Ilham Aliev'] }]);
  });
});
