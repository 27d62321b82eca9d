// Decides what a capitalised run names: a person (titles stripped), an institution, a country or a place.
import { countryByDemonym, countryByName } from '../knowledge/countries';
import { placeByName } from '../knowledge/places';
import { isCommonWord, isGivenName } from '../knowledge/words';
import { INSTITUTION_HEADS, MEDIA_HEADS } from '../lexicon/institutions';
import { PLACE_HEADS, PLACE_PREPOSITIONS } from '../lexicon/places';
import { ROLE_WORDS } from '../lexicon/roles';
import { SPEECH_VERBS } from '../lexicon/speech';
import type { Token } from '../text/tokens';
import { CONNECTORS, spanOf, type Chunk } from './chunks';

export type EntityType = 'Person' | 'Institution' | 'Country' | 'Place';

export interface RawMention {
  type: EntityType | 'Unknown';
  /** The name as written (titles stripped), used to build the entity. */
  name: string;
  start: number;
  end: number;
  /** Title written before a person's name ("Foreign Minister"), lower case. */
  role?: string;
  /** Country code when the knowledge packages place it. */
  country?: string | null;
  /** How sure the type is: strong evidence (gazetteer, head noun, role) or a guess. */
  sure: boolean;
}

// Surname endings common across naming traditions (Slavic, Caucasian, Turkic, Romance, Nordic…).
const SURNAME_ENDING = /(ov|ova|ev|eva|yev|yeva|in|ina|sky|ski|skiy|ska|enko|chuk|vich|ovic|ović|yan|ian|dze|shvili|uly|ly|bek|bekov|ez|es|son|sen|sson|ini|elli|escu|oglu|oğlu|zadeh|pour|ak|uk)$/i;
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&/-]{1,9}$/u;

const lower = (token: Token) => token.text.toLowerCase().replace(/['’]s$/, '');
const isRoleToken = (token: Token) => ROLE_WORDS.has(lower(token)) || /^(ex|former|vice)-/i.test(token.text);

export interface ClassifyContext {
  tokens: Token[];
  text: string;
}

/** Mentions named by one capitalised run (one, or several when it holds a title, a list or a country in a role). */
export function classifyChunk(chunk: Chunk, context: ClassifyContext): RawMention[] {
  const { tokens } = context;
  let first = chunk.first;
  const last = chunk.last;
  const mentions: RawMention[] = [];

  // A capital that only opens the sentence: drop everyday words ("Demonstrations across…", "Moreover").
  while (first < last && tokens[first]!.sentenceStart && isCommonWord(lower(tokens[first]!)) && !isRoleToken(tokens[first]!) && !knownName(tokens, first, first + 1, context)) {
    first += 1;
  }
  while (first < last && CONNECTORS.has(tokens[first]!.text)) first += 1;
  if (first >= last) return mentions;

  // Titles before a name: "Prime Minister of Armenia Nikol Pashinyan", "Uzbek Foreign Minister Vladimir Norov".
  const roleEnd = roleSpan(tokens, first, last, context);
  if (roleEnd > first && roleEnd < last && !isInstitutionHead(tokens[last - 1]!)) {
    for (let t = first; t < roleEnd; t += 1) {
      const country = countryOf(tokens[t]!);
      if (country) mentions.push({ type: 'Country', name: country.name, ...span(context, t, t + 1), country: country.code, sure: true });
    }
    const role = tokens.slice(first, roleEnd).filter((t) => isRoleToken(t)).map(lower).join(' ');
    const person = tokens.slice(roleEnd, last);
    if (person.length <= 4 && !person.some((t) => CONNECTORS.has(t.text))) {
      mentions.push({ type: 'Person', name: span(context, roleEnd, last).text, ...span(context, roleEnd, last), role, sure: true });
      return mentions;
    }
    first = roleEnd;
  } else if (roleEnd >= last) {
    return mentions; // only a title ("President", "Foreign Minister")
  }

  const typed = classifyName(first, last, context);
  if (typed) return [...mentions, typed];
  // A list glued by connectors ("Atyrau and Aktobe"): classify the parts.
  const parts = splitAtConnectors(tokens, first, last);
  if (parts.length > 1) {
    for (const [a, b] of parts) {
      const part = classifyName(a, b, context);
      if (part) mentions.push(part);
    }
  }
  return mentions;
}

function span(context: ClassifyContext, first: number, last: number) {
  return spanOf(context.tokens, context.text, first, last);
}

function countryOf(token: Token) {
  return countryByName(token.text) ?? countryByDemonym(token.text.replace(/-(led|backed|born|based)$/i, ''));
}

function knownName(tokens: Token[], first: number, last: number, context: ClassifyContext): boolean {
  const name = span(context, first, last).text;
  return Boolean(countryByName(name) ?? countryByDemonym(name) ?? placeByName(name));
}

/** Where the titles at the start of [first, last) end (first when there are none). */
function roleSpan(tokens: Token[], first: number, last: number, context: ClassifyContext): number {
  let end = first;
  let sawRole = false;
  for (let t = first; t < last; t += 1) {
    const token = tokens[t]!;
    if (isRoleToken(token)) {
      sawRole = true;
      end = t + 1;
    } else if (!sawRole && (countryOf(token) || ACRONYM.test(token.text)) && tokens[t + 1] && isRoleToken(tokens[t + 1]!)) {
      end = t + 1; // "Kazakh President", "EEAS Deputy Secretary-General"
    } else if (sawRole && token.text === 'of' && t + 1 < last && knownName(tokens, t + 1, t + 2, context)) {
      end = t + 2; // "President of Kazakhstan"
      t += 1;
    } else {
      break;
    }
  }
  return sawRole ? end : first;
}

const isInstitutionHead = (token: Token) => INSTITUTION_HEADS.has(lower(token));

function splitAtConnectors(tokens: Token[], first: number, last: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = first;
  for (let t = first; t < last; t += 1) {
    if (CONNECTORS.has(tokens[t]!.text) && !['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al'].includes(tokens[t]!.text)) {
      if (t > start) parts.push([start, t]);
      start = t + 1;
    }
  }
  if (start < last) parts.push([start, last]);
  return parts;
}

/** The type of the name in tokens [first, last), or null when nothing says what it is. */
function classifyName(first: number, last: number, context: ClassifyContext): RawMention | null {
  const { tokens } = context;
  const where = span(context, first, last);
  const name = where.text;
  const words = tokens.slice(first, last);
  const head = words[words.length - 1]!;
  const base = { name, start: where.start, end: where.end };

  const country = countryByName(name);
  if (country) return { ...base, type: 'Country', country: country.code, sure: true };
  if (words.length === 1) {
    const demonymOf = countryByDemonym(name.replace(/-(led|backed|born|based)$/i, ''));
    if (demonymOf) return { ...base, type: 'Country', name: demonymOf.name, country: demonymOf.code, sure: true };
  }
  if (words.length > 1 && PLACE_HEADS.has(lower(head)) && !isInstitutionHead(words[0]!)) {
    return { ...base, type: 'Place', country: placeByName(name)?.country ?? null, sure: true };
  }
  if (words.length > 1 && (isInstitutionHead(head) || isInstitutionHead(words[0]!)) && !words.every((w) => isRoleToken(w))) {
    return { ...base, type: 'Institution', sure: true };
  }
  const place = placeByName(name);
  if (place) return { ...base, type: 'Place', country: place.country, sure: true };
  // "CSTO", "OSCE/ODIHR": acronyms (countries' own, like "UK", were found above).
  if (words.every((w) => (ACRONYM.test(w.text) && /\p{Lu}.*\p{Lu}/u.test(w.text)) || w.text === '/' || w.text === '&')) {
    return { ...base, type: 'Institution', sure: true };
  }

  const before = tokens[first - 1];
  const after = tokens[last];
  const speaks = after && SPEECH_VERBS.has(after.text.toLowerCase());
  // "Khabar-24 TV channel", "the Interfax agency": a name before a media word.
  if (after && MEDIA_HEADS.has(after.text.toLowerCase())) return { ...base, type: 'Institution', sure: true };

  const allNameLike = words.every((w) => w.text.includes('-') || !isCommonWord(lower(w)) || isGivenName(w.text));
  if (words.length >= 2 && words.length <= 4 && !words.some((w) => CONNECTORS.has(w.text) && w.text !== 'van' && w.text !== 'de')) {
    if (isGivenName(words[0]!.text) || SURNAME_ENDING.test(head.text) || speaks || allNameLike) return { ...base, type: 'Person', sure: isGivenName(words[0]!.text) || Boolean(speaks) };
    return null;
  }
  if (words.length === 1) {
    if (before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && !isCommonWord(lower(head))) return { ...base, type: 'Place', country: null, sure: false };
    if (speaks && !isCommonWord(lower(head))) return { ...base, type: 'Person', sure: false };
    if (!isCommonWord(lower(head)) && !isGivenName(head.text)) return { ...base, type: 'Unknown', sure: false };
  }
  return null;
}
