// The ways to the events of a filter (every event, by type, by the date index, from the place) must select the
// same events: checked on a generated graph against a plain-JavaScript reading of the same events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver';
import { chooseEventSource, countEvents, listEvents, type EventFilter, type EventOrder, type NamedEventFilter } from '../../src/graph/event-repository';
import { writeArticleBundle } from '../../src/graph/knowledge-writer';
import { setupGraphSchema } from '../../src/graph/schema-setup';
import { findCommentators } from '../../src/graph/statement-repository';
import type { ArticleBundle } from '../../src/ingest/bundles';
import { openEmptyGraph } from '../support/graph';

interface TestEvent {
  id: string;
  type: string;
  start: string;
  end: string | null;
  placeId: string;
  speakerId: string;
  participantIds: string[];
}

const COUNTRIES = ['country:aa', 'country:bb'];
const PLACES = { 'place:a1': 'country:aa', 'place:a2': 'country:aa', 'place:b1': 'country:bb' } as Record<string, string>;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function generateEvents(count: number): TestEvent[] {
  const next = random(7);
  const origin = Date.parse('2020-01-01');
  const placeIds = [...COUNTRIES, ...Object.keys(PLACES)];
  return Array.from({ length: count }, (_, i) => {
    const start = origin + Math.floor(next() * 3 * 365) * DAY;
    // Most events last a day; some run for weeks (so they overlap periods they started before); a few have no end.
    const roll = next();
    const end = roll < 0.1 ? null : roll < 0.3 ? start + Math.floor(next() * 90) * DAY : start;
    return { id: `event:t${i}`, type: next() < 0.5 ? 'protest' : 'election', start: iso(start), end: end === null ? null : iso(end), placeId: placeIds[Math.floor(next() * placeIds.length)]!, speakerId: `person:s${i % 7}`, participantIds: i % 3 === 0 ? [`person:s${i % 5}`] : [] };
  });
}

function bundleOf(events: TestEvent[]): ArticleBundle {
  // A country's code is what places are linked to it by ("country:aa" has the code "AA").
  const code = (countryId: string) => countryId.slice('country:'.length).toUpperCase();
  const entity = (id: string, type: 'Country' | 'Place' | 'Person') => ({ id, type, name: id, aliases: [], keys: [`${type.toLowerCase()}|${id}`], country: type === 'Country' ? code(id) : null, roles: [] });
  const speakers = [...new Set(events.flatMap((event) => [event.speakerId, ...event.participantIds]))];
  return {
    article: { id: 'article:t', title: 'Generated', date: '2020-01-01', author: null, datelinePlace: null, source: 'test', url: null, text: 'Generated text.' },
    entities: [...COUNTRIES.map((id) => entity(id, 'Country')), ...Object.keys(PLACES).map((id) => entity(id, 'Place')), ...speakers.map((id) => entity(id, 'Person'))],
    mentions: [],
    events: events.map((event) => ({ id: event.id, type: event.type, label: event.id, start: event.start, end: event.end, datePrecision: 'day', evidence: ['article:t:0:9'], places: [event.placeId], participants: event.participantIds, partOf: null })),
    statements: events.map((event, i) => ({ id: `statement:t${i}`, quote: `Said ${i}`, direct: true, date: event.start, start: 0, end: 9, speakerId: event.speakerId, mediumId: null, onBehalfOfId: null, sentence: 'Generated text.', aboutEntities: [], aboutEvents: [event.id], evidence: 'article:t:0:9' })),
    referencedEvents: [],
    positions: [],
    placeCountries: Object.entries(PLACES).map(([placeId, country]) => ({ placeId, country: code(country), evidence: 'article:t:0:9' })),
  };
}

/** What the filter means, read plainly: overlapping the period, of one of the types, in one of the places or a place inside one. */
function expected(events: TestEvent[], filter: EventFilter): string[] {
  return events
    .filter((event) => !filter.types || filter.types.includes(event.type))
    .filter((event) => !filter.from || (event.end ?? event.start) >= filter.from)
    .filter((event) => !filter.to || event.start <= filter.to)
    .filter((event) => !filter.placeIds || filter.placeIds.includes(event.placeId) || filter.placeIds.includes(PLACES[event.placeId] ?? ''))
    .filter((event) => !filter.participantIds || event.participantIds.some((id) => filter.participantIds!.includes(id)))
    .map((event) => event.id)
    .sort();
}

describe('event selection (real Neo4j)', () => {
  const events = generateEvents(300);
  let graph: Graph;
  beforeAll(async () => {
    graph = await openEmptyGraph();
    await writeArticleBundle(graph, bundleOf(events));
    const [written] = await graph.read<{ places: number }>('MATCH (:Place)-[r:IN]->(:Country) RETURN count(r) AS places');
    expect(written?.places).toBe(Object.keys(PLACES).length);
  });
  afterAll(() => graph?.close());

  const filters: EventFilter[] = [
    {},
    { types: ['protest'] },
    { types: ['protest', 'election'] },
    { types: [] },
    { from: '2021-03-01', to: '2021-03-31' },
    { from: '2021-03-01', to: '2021-03-31', placeIds: ['country:aa'] },
    { from: '2021-03-01', to: '2021-03-31', placeIds: ['place:b1'], types: ['election'] },
    { from: '2020-06-01', to: '2022-06-01', placeIds: ['country:bb'] },
    { from: '2020-06-01', to: '2022-06-01', placeIds: ['country:bb', 'place:a1'] },
    { from: '2022-01-01', placeIds: ['place:a1'] },
    { to: '2020-02-15' },
    { from: '2022-10-01' },
    { placeIds: ['country:aa'] },
    { placeIds: ['place:a1', 'place:b1'], types: ['protest'] },
    { participantIds: ['person:s2'] },
    { participantIds: ['person:s2', 'person:s4'], from: '2021-01-01' },
    { participantIds: ['person:s3'], types: ['election'], from: '2021-01-01', to: '2021-12-31' },
  ];

  it('uses each way to the events at least once among these filters', () => {
    expect(new Set(filters.map((filter) => chooseEventSource(filter, filter.placeIds)))).toEqual(new Set(['anywhere', 'type', 'period', 'place']));
  });

  it.each(filters)('lists and counts the events of %o', async (filter) => {
    const want = expected(events, filter);
    const listed = await listEvents(graph, filter, 0, 1000);
    expect(listed.map((event) => event.id).sort()).toEqual(want);
    expect(await countEvents(graph, filter)).toBe(want.length);
  });

  // By period, a page reads the events that start in the period in the date index's order and those that began
  // earlier apart, then merges them: each page, in either order, must be the plain reading's slice.
  const byPeriod = filters.filter((filter) => chooseEventSource(filter, filter.placeIds) === 'period');
  const startOf = new Map(events.map((event) => [event.id, event.start]));
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ordered = (ids: string[], order: EventOrder) =>
    [...ids].sort((a, b) => (order === 'START_DESC' ? compare(startOf.get(b)!, startOf.get(a)!) : compare(startOf.get(a)!, startOf.get(b)!)) || compare(a, b));

  it('has events that began before their period among the period filters', () => {
    expect(byPeriod.some((filter) => expected(events, filter).some((id) => startOf.get(id)! < filter.from!))).toBe(true);
  });

  it.each(byPeriod)('pages the events of %o in either order', async (filter) => {
    for (const order of ['START_DESC', 'START_ASC'] as const) {
      const want = ordered(expected(events, filter), order);
      const paged: string[] = [];
      for (let offset = 0; offset <= want.length; offset += 7) paged.push(...(await listEvents(graph, filter, offset, 7, order)).map((event) => event.id));
      expect(paged).toEqual(want);
    }
  });

  it('gives events stored before they carried their length in days that length at schema setup', async () => {
    const filter = { from: '2021-03-01', to: '2021-03-31' };
    await graph.write('MATCH (ev:Event) REMOVE ev.days');
    expect(await countEvents(graph, filter)).toBe(0);
    await setupGraphSchema(graph);
    expect(await countEvents(graph, filter)).toBe(expected(events, filter).length);
  });

  // The question names its places and participants; its query looks them up by their name keys.
  const named = ({ placeIds, participantIds, ...rest }: EventFilter): NamedEventFilter => ({
    ...rest,
    places: placeIds && placeIds.map((id) => ({ id: null, keys: [`country|${id}`, `place|${id}`] })),
    participants: participantIds && participantIds.map((id) => ({ id: null, keys: [`person|${id}`] })),
  });

  it.each(filters)('finds who commented on the events of %o', async (filter) => {
    const want = new Set(expected(events, filter));
    const { commentators } = await findCommentators(graph, named(filter));
    const statements = commentators.flatMap((c) => c.statements.map((s) => s.id));
    expect(statements.sort()).toEqual(events.flatMap((event, i) => (want.has(event.id) ? [`statement:t${i}`] : [])).sort());
  });

  it('finds nobody when a place names no entity or several, and takes ids as given', async () => {
    const period = { from: '2020-06-01', to: '2022-06-01' };
    const byId = await findCommentators(graph, { ...period, places: [{ id: 'country:bb', keys: null }] });
    expect(byId.commentators.length).toBeGreaterThan(0);
    expect(byId).toEqual(await findCommentators(graph, named({ ...period, placeIds: ['country:bb'] })));
    expect((await findCommentators(graph, { ...period, places: [{ id: null, keys: ['country|nowhere'] }] })).commentators).toEqual([]);
    const ambiguous = { id: null, keys: ['country|country:bb', 'place|place:a1'] };
    expect((await findCommentators(graph, { ...period, places: [ambiguous] })).commentators).toEqual([]);
  });
});
