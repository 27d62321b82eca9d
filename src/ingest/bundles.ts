// An extraction cut into one write bundle per article: everything that article supports, with its evidence.
// Pure: no database.
import type { Extraction } from '../extract/contract';
import { nameSkeleton, spellingKeys, spellingLookupKeys } from '../extract/entities/name-variants';
import { foldName } from '../extract/knowledge/fold';
import { initialsOf } from '../extract/mentions/acronyms';
import { sentenceAround } from '../extract/text/sentence-around';
import type { EntityType, EventRecord } from '../graph/records';
import type { SourceArticle } from '../sources/article';

export type { EntityType };

/** Evidence of a fact: the article and the character span that supports it, as "articleId:start:end". */
export const evidenceOf = (articleId: string, start: number, end: number) => `${articleId}:${start}:${end}`;

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Look-up keys ("person|jan nowak", "person|nowak") that later articles resolve against. */
  keys: string[];
  country: string | null;
  roles: string[];
}

export interface ArticleBundle {
  article: SourceArticle;
  entities: EntityRow[];
  mentions: { entityId: string; evidence: string[] }[];
  /** `partOf`: the larger event, when this article says so, with its sentences. */
  events: (EventRecord & { evidence: string[]; places: string[]; participants: string[]; partOf: { eventId: string; evidence: string[] } | null })[];
  statements: {
    id: string;
    quote: string;
    direct: boolean;
    date: string | null;
    start: number;
    end: number;
    speakerId: string | null;
    mediumId: string | null;
    onBehalfOfId: string | null;
    /** The sentence (or sentences) the words sit in. */
    sentence: string;
    aboutEntities: string[];
    aboutEvents: string[];
    evidence: string;
  }[];
  /** Events its statements are about that other articles report (written first as bare nodes, so the links hold). */
  referencedEvents: EventRecord[];
  /** Titles held, as this article states them: (Person)-[:HOLDS_ROLE {title}]->(Institution|Country). */
  positions: { personId: string; title: string; holderId: string; evidence: string }[];
  /** Places of this article whose country is known and also a country entity: (Place)-[:IN]->(Country). */
  placeCountries: { placeId: string; country: string; evidence: string }[];
}

/** The key of one name ("person|jan nowak"). */
export const nameKey = (type: EntityType, name: string) => `${type.toLowerCase()}|${foldName(name)}`;

/** The prefixes of the spelling keys graphs written by earlier versions hold (src/ingest/upgrade-spelling-keys.ts). */
export const OLD_SPELLING_KEY_PREFIXES = ['person~', 'spelling~'] as const;

// A person's spelling keys begin with the first letter of its given name's skeleton ("variant~i|"): the letter
// two spellings of one given name share ("Qadir" and "Kadir", "Khalid" and "Halid"), where the first written
// letters may differ. Before, they began with that written letter ("spelling~"), or were a key per letter of
// the surname ("person~").
function fullNameKeys(name: string, surnameKeys: (surname: string) => string[]): string[] {
  const parts = foldName(name).split(' ');
  if (parts.length < 2) return [];
  const initial = nameSkeleton(parts[0]!)[0] ?? parts[0]![0];
  return surnameKeys(parts[parts.length - 1]!).map((key) => `variant~${initial}|${key}`);
}

/**
 * The keys a person's full name is found by in other spellings: the given name's initial with each spelling
 * key of the surname ("variant~i|5<al" and "variant~i|5>iev" for "Ilham Aliev"; "Ilham Aliyev" finds them).
 */
export const fullNameVariantKeys = (name: string): string[] => fullNameKeys(name, spellingKeys);

/** The keys to look up for the stored people whose full names are other spellings of this one. */
export const fullNameVariantLookups = (name: string): string[] => fullNameKeys(name, spellingLookupKeys);

/** A body's name of several words is also found by its initials ("European Central Bank" by "ECB"). */
export function initialsKey(name: string): string | null {
  const initials = initialsOf(name);
  return initials.length >= 2 && /\s/.test(name.trim()) ? nameKey('Institution', initials) : null;
}

/**
 * The keys an entity is found by: its names and aliases; for a person also the surname alone (for a reader
 * asking for "Nowak"; ingest never joins on it) and the variant keys of its full names; for a body the
 * initials of its names.
 */
export function entityKeys(type: EntityType, names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const folded = foldName(name);
    if (!folded) continue;
    keys.add(nameKey(type, name));
    const parts = folded.split(' ');
    if (type === 'Person' && parts.length > 1) {
      keys.add(`person|${parts[parts.length - 1]}`);
      for (const key of fullNameVariantKeys(name)) keys.add(key);
    }
    const initials = type === 'Institution' ? initialsKey(name) : null;
    if (initials) keys.add(initials);
  }
  return [...keys];
}

/** Statement ids are stable: the same quotation of the same article always gets the same one. */
export const statementId = (articleId: string, start: number, end: number) => `statement:${articleId}:${start}-${end}`;

/** The "part of" link as one article supports it (null when it is another article that says so). */
function partOfIn(articleId: string, partOf: Extraction['events'][number]['partOf']): { eventId: string; evidence: string[] } | null {
  const evidence = (partOf?.evidence ?? []).filter((e) => e.articleId === articleId).map((e) => evidenceOf(articleId, e.start, e.end));
  return partOf && evidence.length > 0 ? { eventId: partOf.eventId, evidence } : null;
}

export function bundleArticles(articles: SourceArticle[], extraction: Omit<Extraction, 'errors'>): ArticleBundle[] {
  const entityById = new Map(extraction.entities.map((entity) => [entity.id, entity]));
  const eventById = new Map(extraction.events.map((event) => [event.id, event]));
  const eventIds = new Set(eventById.keys());
  return articles.map((article) => {
    const used = new Set<string>();
    const mentionSpans = new Map<string, string[]>();
    for (const mention of extraction.mentions) {
      if (mention.articleId !== article.id) continue;
      used.add(mention.entityId);
      mentionSpans.set(mention.entityId, [...(mentionSpans.get(mention.entityId) ?? []), evidenceOf(article.id, mention.start, mention.end)]);
    }
    const events = extraction.events
      .filter((event) => event.articleIds.includes(article.id))
      .map((event) => {
        [...event.places, ...event.participants].forEach((id) => used.add(id));
        return {
          id: event.id,
          type: event.type,
          label: event.label,
          start: event.start,
          end: event.end,
          datePrecision: event.datePrecision,
          evidence: event.evidence.filter((e) => e.articleId === article.id).map((e) => evidenceOf(article.id, e.start, e.end)),
          places: event.places,
          participants: event.participants,
          partOf: partOfIn(article.id, event.partOf),
        };
      });
    const statements = extraction.statements
      .filter((statement) => statement.articleId === article.id)
      .map((statement) => {
        for (const id of [statement.speakerId, statement.mediumId, statement.onBehalfOfId, ...statement.about]) if (id && entityById.has(id)) used.add(id);
        return {
          id: statementId(article.id, statement.start, statement.end),
          quote: statement.quote,
          direct: statement.direct,
          date: statement.date,
          start: statement.start,
          end: statement.end,
          speakerId: statement.speakerId,
          mediumId: statement.mediumId,
          onBehalfOfId: statement.onBehalfOfId,
          sentence: sentenceAround(article.text, statement.start, statement.end),
          aboutEntities: statement.about.filter((id) => entityById.has(id)),
          aboutEvents: statement.about.filter((id) => eventIds.has(id)),
          evidence: evidenceOf(article.id, statement.start, statement.end),
        };
      });
    const entities = [...used].map((id) => entityById.get(id)!).filter(Boolean).map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      keys: entityKeys(entity.type, [entity.name, ...entity.aliases]),
      country: entity.country ?? null,
      roles: entity.roles ?? [],
    }));
    const placeCountries = entities
      .filter((entity) => entity.type === 'Place' && entity.country && mentionSpans.has(entity.id))
      .map((entity) => ({ placeId: entity.id, country: entity.country!, evidence: mentionSpans.get(entity.id)![0]! }));
    const own = new Set(events.map((event) => event.id));
    const referencedEvents = [...new Set(statements.flatMap((statement) => statement.aboutEvents))]
      .filter((id) => !own.has(id))
      .map((id) => eventById.get(id)!)
      .map(({ id, type, label, start, end, datePrecision }) => ({ id, type, label, start, end, datePrecision }));
    const positions = extraction.positions
      .filter((position) => position.articleId === article.id)
      .map(({ personId, title, holderId, start, end }) => ({ personId, title, holderId, evidence: evidenceOf(article.id, start, end) }));
    return {
      article,
      positions,
      referencedEvents,
      entities,
      mentions: [...mentionSpans].map(([entityId, evidence]) => ({ entityId, evidence })),
      events,
      statements,
      placeCountries,
    };
  });
}
