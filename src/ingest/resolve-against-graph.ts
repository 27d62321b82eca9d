// Joins a fresh extraction to what the graph already holds: an entity or event already stored keeps its id,
// so one person mentioned in articles ingested on different days is one node.
import type { Extraction } from '../extract/contract';
import type { Graph } from '../graph/driver';
import { findEntityIdsByKeys, findMatchingEventIds } from '../graph/resolution-reads';
import { entityKeys } from './bundles';

type Result = Omit<Extraction, 'errors'>;
const DAY = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export async function resolveAgainstGraph(graph: Graph, extraction: Result): Promise<Result> {
  // Entities: the stored entity that a key of the canonical name names, else the one all matching keys agree on.
  const keysOf = new Map(extraction.entities.map((entity) => [entity.id, entityKeys(entity.type, [entity.name, ...entity.aliases])]));
  const byKey = await findEntityIdsByKeys(graph, [...new Set([...keysOf.values()].flat())]);
  const entityMap = new Map<string, string>();
  for (const entity of extraction.entities) {
    const [canonical, ...others] = keysOf.get(entity.id)!;
    const direct = byKey.get(canonical!) ?? [];
    const candidates = new Set(others.flatMap((key) => byKey.get(key) ?? []));
    const chosen = direct.length === 1 ? direct[0] : direct.length === 0 && candidates.size === 1 ? [...candidates][0] : undefined;
    if (chosen && chosen !== entity.id) entityMap.set(entity.id, chosen);
  }
  const entity = (id: string) => entityMap.get(id) ?? id;

  // Events: a stored event of the same type, within a day, sharing a place.
  const candidates = extraction.events
    .filter((event) => event.start && event.places.length > 0)
    .map((event) => ({ id: event.id, type: event.type, from: shift(event.start!, -1), to: shift(event.end ?? event.start!, 1), places: event.places.map(entity) }));
  const eventMap = await findMatchingEventIds(graph, candidates);
  const event = (id: string) => eventMap.get(id) ?? id;
  const target = (id: string) => (eventMap.has(id) ? event(id) : entity(id));

  return {
    articles: extraction.articles,
    entities: extraction.entities.map((e) => ({ ...e, id: entity(e.id) })),
    mentions: extraction.mentions.map((m) => ({ ...m, entityId: entity(m.entityId) })),
    statements: extraction.statements.map((s) => ({
      ...s,
      speakerId: s.speakerId && entity(s.speakerId),
      mediumId: s.mediumId && entity(s.mediumId),
      onBehalfOfId: s.onBehalfOfId && entity(s.onBehalfOfId),
      about: s.about.map(target),
    })),
    events: extraction.events.map((e) => ({
      ...e,
      id: event(e.id),
      places: e.places.map(entity),
      participants: e.participants.map(entity),
      ...(e.partOf ? { partOf: { ...e.partOf, eventId: event(e.partOf.eventId) } } : {}),
    })),
    positions: extraction.positions.map((p) => ({ ...p, personId: entity(p.personId), holderId: entity(p.holderId) })),
  };
}
