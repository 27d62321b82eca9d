// Joins a fresh extraction to what the graph already holds: an entity or event already stored keeps its id,
// so one person mentioned in articles ingested on different days is one node.
import type { Extraction } from '../extract/contract';
import type { Graph } from '../graph/driver';
import { isArticleLocal, sameFullName } from '../extract/entities/resolve';
import { foldName } from '../extract/knowledge/fold';
import { abbreviates } from '../extract/mentions/acronyms';
import { findMatchingEventIds, findNamedEntitiesByKeys, type NamedEntity } from '../graph/resolution-reads';
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

// A body's name that only ends a longer one of its names ("Times" of "New York Times", "Security Council" of
// "UN Security Council"): an article's short form for that body, which within a batch joins nothing outside
// the article, so no other body is joined by it through the graph either.
const bare = (name: string) => foldName(name).replace(/^the /, '');
const isShortForm = (name: string, names: readonly string[]) => names.some((other) => bare(other).endsWith(` ${bare(name)}`));

/**
 * Whether a stored body found by `key` (looked up for the new body's name `name`) is one the batch rules would
 * join: by a name both have in full (not a short form on either side), or by an acronym one has that spells a
 * name of the other ("NIF" / "Nordic Investment Fund"); two full names that merely share initials stay apart.
 */
function joinsBody(name: string, key: string, stored: NamedEntity): boolean {
  if (nameKey('Institution', name) === key) {
    return stored.names.some((other) => (nameKey('Institution', other) === key && !isShortForm(other, stored.names)) || (!isFullName(name) && abbreviates(name, other)));
  }
  // `key` is the initials of `name`: the stored body must be known by that acronym.
  return stored.names.some((other) => nameKey('Institution', other) === key && abbreviates(other, name));
}

/**
 * The stored entity each extracted one is, where there is exactly one: by the key of its canonical name, else
 * the one all its other names agree on. People join only by a full name, never by a surname alone, so that two
 * people of one surname stay two whatever the order of ingest: the same full name, or one spelled otherwise
 * ("Ilham Aliev" for "Ilham Aliyev"). A person one article knows by one word only joins no one. Bodies join as
 * within a batch (joinsBody).
 */
async function storedEntityIds(graph: Graph, entities: Entity[]): Promise<Map<string, string>> {
  // Per entity, the keys to look up, each with the name it stands for (the canonical name's first).
  const lookups = new Map<string, { direct: { key: string; name: string }[]; variants: string[] }>();
  for (const entity of entities) {
    const names = [entity.name, ...entity.aliases];
    const byName = (list: string[]) => list.map((name) => ({ key: nameKey(entity.type, name), name }));
    if (entity.type === 'Institution') {
      // An acronym here may be a name stored in full there, and the other way round.
      const joinable = names.filter((name) => !isShortForm(name, names));
      const initials = joinable.flatMap((name) => {
        const key = initialsKey(name);
        return key ? [{ key, name }] : [];
      });
      lookups.set(entity.id, { direct: [...byName(joinable), ...initials], variants: [] });
    } else if (entity.type !== 'Person') lookups.set(entity.id, { direct: byName(names), variants: [] });
    else if (!isArticleLocal(entity.id)) {
      const full = names.filter(isFullName);
      lookups.set(entity.id, { direct: byName(full), variants: full.flatMap(fullNameVariantLookups) });
    }
  }
  const keys = [...new Set([...lookups.values()].flatMap(({ direct, variants }) => [...direct.map(({ key }) => key), ...variants]))];
  const stored = await findNamedEntitiesByKeys(graph, keys);
  const entityMap = new Map<string, string>();
  for (const entity of entities) {
    const lookup = lookups.get(entity.id);
    if (!lookup?.direct.length) continue;
    const idsOf = ({ key, name }: { key: string; name: string }) =>
      (stored.get(key) ?? []).filter((found) => entity.type !== 'Institution' || joinsBody(name, key, found)).map((found) => found.id);
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
