// Joins a fresh extraction to what the graph already holds: an entity or event already stored keeps its id,
// so one person mentioned in articles ingested on different days is one node.
import type { Extraction } from '../extract/contract';
import type { Graph } from '../graph/driver';
import { isArticleLocal, sameFullName } from '../extract/entities/resolve';
import { findMatchingEventIds, findNamedEntitiesByKeys } from '../graph/resolution-reads';
import { fullNameVariantLookups, initialsKey, nameKey } from './bundles';

type Result = Omit<Extraction, 'errors'>;
const DAY = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export async function resolveAgainstGraph(graph: Graph, extraction: Result): Promise<Result> {
  const entityMap = await storedEntityIds(graph, extraction.entities);
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

type Entity = Result['entities'][number];
const isFullName = (name: string) => /\S\s+\S/.test(name.trim());

/**
 * The stored entity each extracted one is, where there is exactly one: by the key of its canonical name, else
 * the one all its other names agree on. People join only by a full name, never by a surname alone, so that two
 * people of one surname stay two whatever the order of ingest: the same full name, or one spelled otherwise
 * ("Ilham Aliev" for "Ilham Aliyev"). A person one article knows by one word only joins no one.
 */
async function storedEntityIds(graph: Graph, entities: Entity[]): Promise<Map<string, string>> {
  const lookups = new Map<string, { direct: string[]; variants: string[] }>();
  for (const entity of entities) {
    const names = [entity.name, ...entity.aliases];
    if (entity.type === 'Institution') {
      // An acronym here may be a name stored in full there, and the other way round.
      const initials = names.map(initialsKey).filter((key): key is string => key !== null);
      lookups.set(entity.id, { direct: [...names.map((name) => nameKey(entity.type, name)), ...initials], variants: [] });
    } else if (entity.type !== 'Person') lookups.set(entity.id, { direct: names.map((name) => nameKey(entity.type, name)), variants: [] });
    else if (!isArticleLocal(entity.id)) {
      const full = names.filter(isFullName);
      lookups.set(entity.id, { direct: full.map((name) => nameKey('Person', name)), variants: full.flatMap(fullNameVariantLookups) });
    }
  }
  const keys = [...new Set([...lookups.values()].flatMap(({ direct, variants }) => [...direct, ...variants]))];
  const stored = await findNamedEntitiesByKeys(graph, keys);
  const idsOf = (key: string) => (stored.get(key) ?? []).map((found) => found.id);
  const entityMap = new Map<string, string>();
  for (const entity of entities) {
    const lookup = lookups.get(entity.id);
    if (!lookup?.direct.length) continue;
    const [canonical, ...others] = lookup.direct;
    const direct = new Set(idsOf(canonical!));
    const agreed = new Set(others.flatMap(idsOf));
    let chosen = direct.size === 1 ? [...direct][0] : direct.size === 0 && agreed.size === 1 ? [...agreed][0] : undefined;
    if (!chosen && direct.size === 0 && agreed.size === 0 && lookup.variants.length) {
      // Other spellings: stored people whose full names are variants of one of this person's.
      const full = [entity.name, ...entity.aliases].filter(isFullName);
      const spelled = new Set(
        lookup.variants.flatMap((key) => (stored.get(key) ?? []).filter(({ names }) => names.some((a) => isFullName(a) && full.some((b) => sameFullName(a, b)))).map(({ id }) => id)),
      );
      if (spelled.size === 1) chosen = [...spelled][0];
    }
    if (chosen && chosen !== entity.id) entityMap.set(entity.id, chosen);
  }
  return entityMap;
}
