// Mentions → entities: one per real-world thing across all articles, with a canonical name and aliases.
import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import { countryByName } from '../knowledge/countries';
import { foldName } from '../knowledge/fold';
import { placeByName } from '../knowledge/places';
import { INSTITUTION_HEADS } from '../lexicon/institutions';
import { abbreviates, initialsOf } from '../mentions/acronyms';
import type { TitledMention as RawMention } from '../mentions/titles';
import type { EntityType } from '../mentions/typed-mentions';
import { isNameVariant, variantKeys } from './name-variants';

export interface ArticleMentions {
  articleId: string;
  mentions: RawMention[];
  acronyms: Map<string, string>;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: string[];
  country: string | null;
}

export interface EntityMention {
  entityId: string;
  articleId: string;
  start: number;
  end: number;
  mention: RawMention;
}

interface Cluster {
  type: EntityType;
  /** A person known by one word only, in this article alone. */
  article?: string;
  names: Map<string, number>;
  roles: Set<string>;
  country: string | null;
  parent?: Cluster;
}

function root(cluster: Cluster): Cluster {
  let node = cluster;
  while (node.parent) node = node.parent;
  return node;
}

function union(a: Cluster, b: Cluster): void {
  const x = root(a);
  const y = root(b);
  if (x === y) return;
  y.parent = x;
  for (const [name, count] of y.names) x.names.set(name, (x.names.get(name) ?? 0) + count);
  for (const role of y.roles) x.roles.add(role);
  x.country ??= y.country;
}

const words = (name: string) => name.split(/\s+/).filter(Boolean);
const surname = (name: string) => words(name).at(-1)!.replace(/['’]s$/, '');

/** Two full names of one person in other spellings ("Ilham Aliyev", "Ilham Aliev"), not of one family. */
export const sameFullName = (a: string, b: string) => isNameVariant(surname(a), surname(b)) && givenNamesAgree(a, b);

/** Given names agree: the same, one a variant of the other, or one missing. */
function givenNamesAgree(a: string, b: string): boolean {
  const x = words(a).slice(0, -1);
  const y = words(b).slice(0, -1);
  if (x.length === 0 || y.length === 0) return true;
  return isNameVariant(x[0]!, y[0]!) || foldName(x[0]!) === foldName(y[0]!);
}

export function resolveEntities(articles: ArticleMentions[]): { entities: Entity[]; mentions: EntityMention[] } {
  const clusters = new Map<string, Cluster>();
  const assigned = new Map<RawMention, Cluster>();
  const clusterFor = (type: EntityType, key: string, country: string | null = null): Cluster => {
    const id = `${type}:${key}`;
    let cluster = clusters.get(id);
    if (!cluster) clusters.set(id, (cluster = { type, names: new Map(), roles: new Set(), country }));
    return root(cluster);
  };
  const addName = (cluster: Cluster, name: string) => cluster.names.set(name, (cluster.names.get(name) ?? 0) + 1);

  // Acronyms stated anywhere count everywhere.
  const expansions = new Map<string, string>();
  for (const article of articles) for (const [acronym, expansion] of article.acronyms) expansions.set(acronym, expansion);
  // Spelled-out acronyms with no body's head ("Severe Acute Respiratory Syndrome (SARS)") name no institution.
  const namesNoBody = (expansion: string) => !expansion.split(/\s+/).some((word) => INSTITUTION_HEADS.has(word.toLowerCase().replace(/['’]s$/, '')));
  const notBodies = new Set([...expansions.values()].filter(namesNoBody).map(foldName));
  const acronymOf = new Map([...expansions].map(([acronym, expansion]) => [foldName(expansion), acronym]));

  // 1. Names that say what they are: countries, places, institutions, full person names.
  const singles: { article: ArticleMentions; mention: RawMention }[] = [];
  const articleOf = new Map<RawMention, string>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      articleOf.set(mention, article.articleId);
      if (mention.type === 'Person' && words(mention.name).length === 1) {
        singles.push({ article, mention });
        continue;
      }
      let cluster: Cluster;
      if (mention.type === 'Country') {
        cluster = clusterFor('Country', countryByName(mention.name)?.code ?? foldName(mention.name), mention.country ?? null);
        addName(cluster, countryByName(mention.name)?.name ?? mention.name);
      } else if (mention.type === 'Institution') {
        const expansion = expansions.get(mention.name);
        // An acronym the text spells out as something other than a body ("… Encephalopathy (BSE)") names no institution.
        if ((expansion && namesNoBody(expansion)) || notBodies.has(foldName(mention.name))) continue;
        cluster = clusterFor('Institution', foldName(expansion ?? mention.name));
        if (expansion) addName(cluster, expansion);
        // The acronym a body's name is stated with ("World Health Organization (WHO)") is one of its names.
        const acronym = acronymOf.get(foldName(mention.name));
        if (acronym) addName(cluster, acronym);
      } else {
        cluster = clusterFor(mention.type, foldName(mention.name), mention.country ?? null);
      }
      if (mention.type !== 'Country') addName(cluster, mention.name);
      if (mention.alias) addName(cluster, mention.alias);
      if (mention.role) cluster.roles.add(mention.role);
      assigned.set(mention, cluster);
    }
  }

  const byType = (type: EntityType) => [...new Set([...clusters.values()].map(root))].filter((cluster) => cluster.type === type);

  // 2. Acronyms that spell another institution's name ("WHO" / "World Health Organization") join it (indexed by initials).
  const institutions = byType('Institution');
  const byInitials = new Map<string, Cluster>();
  for (const institution of institutions) {
    for (const name of institution.names.keys()) if (words(name).length > 1) byInitials.set(initialsOf(name), institution);
  }
  for (const short of institutions) {
    for (const name of short.names.keys()) {
      const long = words(name).length === 1 ? byInitials.get(name.replace(/[^\p{L}]/gu, '').toUpperCase()) : undefined;
      if (long && root(long) !== root(short) && [...long.names.keys()].some((full) => abbreviates(name, full))) union(long, short);
    }
  }

  // Within an article, a shorter institution name that ends a longer one is the same body
  // ("mayor’s office" / "Lviv mayor’s office", "Security Council" / "UN Security Council").
  for (const article of articles) {
    const named = article.mentions.filter((mention) => assigned.get(mention) && root(assigned.get(mention)!).type === 'Institution');
    // Every word-boundary ending of every name, with the mentions that have it.
    const endings = new Map<string, RawMention[]>();
    for (const mention of named) {
      // "Council of the European Bank" ends with "Bank", and its head part with "Council".
      const full = foldName(mention.name);
      for (const name of new Set([full, full.replace(/ of (the )?.+$/, '')])) {
        const parts = words(name);
        for (let i = 1; i < parts.length; i += 1) {
          const ending = parts.slice(i).join(' ');
          const list = endings.get(ending);
          // A mention adds an ending at most once (its whole name and its head part may share one).
          if (!list) endings.set(ending, [mention]);
          else if (list.at(-1) !== mention) list.push(mention);
        }
      }
    }
    for (const short of named) {
      // "Council of the European Bank" is known by its head part too.
      const full = foldName(short.name);
      for (const key of new Set([full, full.replace(/ of (the )?.+$/, '')])) {
        // One word ("the Council") only when a single longer name the article gave before ends with it.
        const longer = (endings.get(key) ?? []).filter((m) => words(key).length >= 2 || m.start < short.start);
        if (words(key).length >= 2 ? longer.length > 0 : new Set(longer.map((m) => root(assigned.get(m)!))).size === 1) {
          union(assigned.get(longer[0]!)!, assigned.get(short)!);
        }
      }
    }
  }

  // 3. One person spelled several ways: same or variant surname and agreeing given names.
  // Candidates come from an index of surname variant keys, not from comparing every pair.
  const people = byType('Person');
  const fullNames = new Map(people.map((person) => [person, canonicalName(person)]));
  const bySurnameKey = new Map<string, Cluster[]>();
  for (const person of people) {
    for (const key of variantKeys(surname(fullNames.get(person)!))) {
      const list = bySurnameKey.get(key) ?? [];
      for (const other of list) {
        const a = fullNames.get(person)!;
        const b = fullNames.get(other)!;
        if (root(person) !== root(other) && sameFullName(a, b)) union(other, person);
      }
      list.push(person);
      bySurnameKey.set(key, list);
    }
  }

  // 4. Single words: a surname or given name of a person in the same article; else a person of that article.
  const peopleOfArticle = new Map<string, Set<Cluster>>();
  // Where each person is named in each article, to tell two people of one surname apart by recency.
  const namedAt = new Map<string, { start: number; cluster: Cluster }[]>();
  for (const [mention, cluster] of assigned) {
    if (root(cluster).type !== 'Person') continue;
    const articleId = articleOf.get(mention)!;
    const set = peopleOfArticle.get(articleId) ?? new Set<Cluster>();
    set.add(root(cluster));
    peopleOfArticle.set(articleId, set);
    const named = namedAt.get(articleId) ?? [];
    named.push({ start: mention.start, cluster });
    namedAt.set(articleId, named);
  }
  // "Silva said" after "Minister Marina Silva" (and "President … da Silva" before her): the one named last.
  const latestBefore = (articleId: string, start: number) => (candidates: Cluster[]) => {
    const before = (namedAt.get(articleId) ?? []).filter((named) => named.start < start && candidates.includes(root(named.cluster)));
    return before.length ? root(before.reduce((a, b) => (b.start > a.start ? b : a)).cluster) : undefined;
  };
  // A surname (or given name) alone joins only a person the same article names: across articles one surname
  // is many people, and what joins must not depend on which articles are read together or in what order.
  // The article's people by the words of their full names, built once per article (step 4 adds no full names).
  const indexes = new Map<string, PeopleIndex>();
  const indexOfArticle = (articleId: string) => {
    let index = indexes.get(articleId);
    if (!index) indexes.set(articleId, (index = indexPeople([...(peopleOfArticle.get(articleId) ?? [])].map(root))));
    return index;
  };
  for (const { article, mention } of singles) {
    const match = matchSingle(mention.name, indexOfArticle(article.articleId), latestBefore(article.articleId, mention.start));
    if (match) {
      addName(match, mention.name);
      assigned.set(mention, match);
    } else {
      // Someone this article knows by one name only: a person of its own, of this article alone.
      const cluster = clusterFor('Person', `${foldName(mention.name)}@${article.articleId}`);
      cluster.article = article.articleId;
      addName(cluster, mention.name);
      assigned.set(mention, cluster);
    }
  }

  // 5. Entities with stable ids, and every mention pointing at one.
  // Two clusters whose names give one id are one thing (the graph would merge them on that id anyway).
  const byId = new Map<string, Cluster>();
  for (const cluster of new Set([...clusters.values()].map(root))) {
    const id = entityId(cluster.type, canonicalName(cluster), cluster.article);
    const same = byId.get(id);
    if (same && root(same) !== cluster) union(same, cluster);
    else byId.set(id, cluster);
  }
  const entityOf = new Map<Cluster, Entity>();
  for (const [id, found] of byId) {
    const cluster = root(found);
    if (entityOf.has(cluster)) continue;
    const name = canonicalName(cluster);
    const aliases = [...cluster.names.keys()].filter((alias) => alias !== name);
    entityOf.set(cluster, { id, type: cluster.type, name, aliases, roles: [...cluster.roles], country: cluster.country ?? placeByName(name)?.country ?? null });
  }
  const mentions: EntityMention[] = [];
  for (const article of articles) {
    for (const mention of article.mentions) {
      const cluster = assigned.get(mention);
      if (cluster) mentions.push({ entityId: entityOf.get(root(cluster))!.id, articleId: article.articleId, start: mention.start, end: mention.end, mention });
    }
  }
  return { entities: [...entityOf.values()], mentions };
}

/** An article's people (in order, as many times as listed) by the folded words of their full names. */
interface PeopleIndex {
  people: Cluster[];
  surname: Map<string, number[]>;
  given: Map<string, number[]>;
  inner: Map<string, number[]>;
  /** By the variant keys of their surnames: candidates for `isNameVariant`, checked one by one. */
  variant: Map<string, number[]>;
}

function indexPeople(people: Cluster[]): PeopleIndex {
  const index: PeopleIndex = { people, surname: new Map(), given: new Map(), inner: new Map(), variant: new Map() };
  const add = (map: Map<string, number[]>, keys: Iterable<string>, at: number) => {
    for (const key of new Set(keys)) {
      const list = map.get(key);
      if (list) list.push(at);
      else map.set(key, [at]);
    }
  };
  people.forEach((person, at) => {
    const full = [...person.names.keys()].filter((name) => words(name).length > 1);
    add(index.surname, full.map((name) => foldName(surname(name))), at);
    add(index.given, full.map((name) => foldName(words(name)[0]!)), at);
    add(index.inner, full.flatMap((name) => words(name).slice(1, -1).map(foldName)), at);
    add(index.variant, full.flatMap((name) => variantKeys(surname(name))), at);
  });
  return index;
}

/** A person of the article whose surname, given name or inner name the single word is. */
function matchSingle(word: string, index: PeopleIndex, latest: (candidates: Cluster[]) => Cluster | undefined): Cluster | undefined {
  const folded = foldName(word);
  const listed = (positions: number[] | undefined) => (positions ?? []).map((at) => index.people[at]!);
  const bySurname = listed(index.surname.get(folded));
  if (bySurname.length === 1) return bySurname[0];
  if (bySurname.length > 1) return latest(bySurname);
  const candidates = [...new Set(variantKeys(word).flatMap((key) => index.variant.get(key) ?? []))].sort((a, b) => a - b);
  const byVariant = listed(candidates).filter((person) => [...person.names.keys()].some((name) => words(name).length > 1 && isNameVariant(surname(name), word)));
  if (byVariant.length === 1) return byVariant[0];
  const byGiven = listed(index.given.get(folded));
  if (byGiven.length === 1) return byGiven[0];
  // A name inside a long one: "Lula" of "Luiz Inacio Lula da Silva".
  const byInner = listed(index.inner.get(folded));
  return byInner.length === 1 ? byInner[0] : undefined;
}

/** The name to show: the most used full form (people: with a given name), the longest on ties. */
function canonicalName(cluster: Cluster): string {
  const names = [...cluster.names.entries()];
  const score = ([name, count]: [string, number]) =>
    (cluster.type === 'Person' && words(name).length > 1 ? 1000 : 0) + (cluster.type === 'Institution' && /\p{Ll}/u.test(name) ? 1000 : 0) + count * 10 + name.length / 100;
  names.sort((a, b) => score(b) - score(a));
  return names[0]?.[0] ?? '';
}

/** Whether an entity id is that of a person one article alone knows by one word ("Qwertzova said"). */
export const isArticleLocal = (id: string) => id.includes('@');

/**
 * A stable id from the type and the canonical name, the same whichever articles are read with it: the name
 * transliterated ("Иван Петров" → "ivan-petrov"), a hash of it where nothing is left or the transliteration
 * drops what told two names apart, and the article for a person it alone knows by one word.
 */
const MAX_ID_SLUG = 120;

export function entityId(type: EntityType, name: string, article?: string): string {
  const folded = foldName(name);
  const ascii = anyAscii(folded).toLowerCase();
  let id = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Ids are indexed, and an index takes values of a few kilobytes at most: a long name keeps its start and a hash.
  if (!id || ascii !== folded || id.length > MAX_ID_SLUG) id = `${id.slice(0, MAX_ID_SLUG) || 'name'}-${createHash('sha1').update(folded).digest('hex').slice(0, 8)}`;
  return `${type.toLowerCase()}:${id}${article ? `@${article}` : ''}`;
}
