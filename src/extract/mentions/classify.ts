// Decides what a capitalised run names: a person (titles stripped), an institution, a country or a place.
import { countryByDemonym, countryByName } from '../knowledge/countries';
import { placeByName } from '../knowledge/places';
import { isCommonWord, isGivenName } from '../knowledge/words';
import { COMPANY_NOUNS, INSTITUTION_HEADS, LOWERCASE_INSTITUTION_HEADS, MEDIA_HEADS, TRAILING_INSTITUTION_HEADS } from '../lexicon/institutions';
import { SENTENCE_OPENERS } from '../lexicon/function-words';
import { CALENDAR_WORDS, NOT_ENTITY_ACRONYMS, NOT_PERSON_WORDS } from '../lexicon/not-names';
import { PLACE_HEADS, PLACE_PREPOSITIONS } from '../lexicon/places';
import { PERSON_NOUNS, ROLE_WORDS } from '../lexicon/roles';
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
  /** Title written before a person's name ("foreign minister"), lower case. */
  role?: string;
  /** Country code when the knowledge packages place it. */
  country?: string | null;
  /** Another name the same mention gives ("Rustavi-2" in "Rustavi-2 TV channel"). */
  alias?: string;
  /** For a titled person: the body or country the title is held in ("French President" → France). */
  roleHolder?: RawMention;
  /** Where the title starts, for the evidence of a position. */
  roleStart?: number;
}

export interface ClassifyContext {
  tokens: Token[];
  text: string;
  /** Per-article answers to "is this acronym spelled out in lower case?" (each is a scan of the text). */
  spelledOut?: Map<string, boolean>;
  /** Acronyms the article states with their expansion ("World Health Organization (WHO)"). */
  acronyms?: ReadonlySet<string>;
}

// Surname endings common across naming traditions (Slavic, Caucasian, Turkic, Romance, Nordic…).
const SURNAME_ENDING = /(ov|ova|ev|eva|yev|yeva|in|ina|sky|ski|skiy|ska|enko|chuk|vich|ovic|ović|yan|ian|dze|shvili|uly|bek|ez|son|sen|sson|ini|elli|escu|oglu|oğlu|zadeh|pour)$/i;
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&/-]{1,9}$/u;
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'das', 'dos', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al']);
const COMPOUND_SUFFIX = /-(led|backed|born|based|owned|run|made|controlled|allied|speaking)$/i;

const bare = (token: Token) => token.text.replace(/['’]s$/, '');
const lower = (token: Token) => bare(token).toLowerCase();
const isRoleToken = (token: Token) => ROLE_WORDS.has(lower(token)) || /^(ex|former|vice)-/i.test(token.text);
const isInstitutionHead = (token: Token) => INSTITUTION_HEADS.has(lower(token));

/** At most this many words in a person's name, not counting particles ("Luiz Inacio Lula da Silva" has four). */
const MAX_NAME_WORDS = 4;
const coreWords = (words: Token[]) => words.filter((w) => !NAME_PARTICLES.has(w.text)).length;

/** A country or demonym of two words at t ("South Korean", "New Zealand"), within [.., last). */
function twoWordCountry(tokens: Token[], t: number, last: number) {
  if (t + 1 >= last || !tokens[t]!.capitalised || !tokens[t + 1]!.capitalised) return undefined;
  return countryOf(`${tokens[t]!.text} ${bare(tokens[t + 1]!)}`);
}

/** A capitalised everyday word just before a title names its portfolio ("Environment Minister", "Trade Representative"). */
function isPortfolio(tokens: Token[], t: number, last: number): boolean {
  const token = tokens[t]!;
  const next = tokens[t + 1];
  return t + 1 < last && Boolean(next) && isRoleToken(next!) && !isRoleToken(token) && isCommonWord(lower(token)) && !isInstitutionHead(token) && !countryOf(token.text);
}

/** The title as written, lower case: its title words and portfolio ("environment minister"), not the country before it. */
function roleText(first: number, end: number, context: ClassifyContext): string {
  const { tokens } = context;
  return tokens
    .slice(first, end)
    .filter((token, i) => isRoleToken(token) || isPortfolio(tokens, first + i, end))
    .map(lower)
    .join(' ');
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A city before a title ("Kyiv Mayor"): a place the gazetteer knows that is no everyday word. */
const isTitlePlace = (token: Token) => Boolean(placeByName(bare(token))) && !isCommonWord(lower(token));

// Last words of states' names ("Soviet Union", "Czech Republic"): a nationality before them names a country.
const STATE_WORDS = new Set(['union', 'republic', 'federation', 'kingdom', 'emirates', 'states', 'empire']);

// Words that open a sentence without naming anything, even before a name and a speech verb.
const DISCOURSE_WORDS = new Set(['meanwhile', 'however', 'moreover', 'separately', 'instead', 'still', 'now', 'also', 'thus', 'besides']);

/**
 * A name opening a sentence before a speech verb, its first word kept: a lone given name ("Park said …"), or
 * two words or more not opened by a word that only opens sentences ("Human Rights Watch said …").
 */
function speakingName(tokens: Token[], first: number, last: number): boolean {
  const after = tokens[last];
  const opener = tokens[first]!;
  if (!after || !SPEECH_VERBS.has(after.text.toLowerCase())) return false;
  if (last === first + 1) return isGivenName(opener.text);
  return !SENTENCE_OPENERS.has(opener.text) && !DISCOURSE_WORDS.has(lower(opener)) && !/ly$/i.test(opener.text);
}

/**
 * A given name opening a sentence and a name after it ("Lee Jae-myung said…", "Will Ortega said…") start a
 * person's name, though the first is also an everyday word.
 */
function opensPersonName(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[first + 1];
  if (first + 1 >= last || !next || !isGivenName(tokens[first]!.text)) return false;
  return next.text.includes('-') || !isCommonWord(lower(next)) || SURNAME_ENDING.test(next.text);
}
// An acronym that spells a word ("WHO") counts only when the text states its expansion; none counts in a
// shouted line ("WARNING! GRAPHIC CONTENT").
const isAcronym = (token: Token, context: ClassifyContext) =>
  ACRONYM.test(bare(token)) &&
  /\p{Lu}.*\p{Lu}/u.test(bare(token)) &&
  !NOT_ENTITY_ACRONYMS.has(bare(token)) &&
  !token.shouted &&
  (!isCommonWord(lower(token)) || Boolean(context.acronyms?.has(bare(token))));
const countryOf = (text: string) => countryByName(text) ?? countryByDemonym(text.replace(COMPOUND_SUFFIX, ''));

/** Mentions named by one capitalised run: one, or several when it holds titles, a list or a country before a name. */
export function classifyChunk(chunk: Chunk, context: ClassifyContext): RawMention[] {
  const { tokens } = context;
  let first = chunk.first;
  // A capital that only opens the sentence: drop everyday words ("Demonstrations across…", "Moreover").
  // A body's name opening the sentence stays ("Senate Majority Leader …", "Interior Ministry officials").
  while (
    first < chunk.last &&
    tokens[first]!.sentenceStart &&
    isCommonWord(lower(tokens[first]!)) &&
    !isRoleToken(tokens[first]!) &&
    !opensPersonName(tokens, first, chunk.last) &&
    !speakingName(tokens, first, chunk.last) &&
    !isPortfolio(tokens, first, chunk.last) &&
    // "United Nations …", "Supreme Court …": the word qualifies a body's head.
    !(first + 1 < chunk.last && isInstitutionHead(tokens[first + 1]!)) &&
    !countryOf(tokens[first]!.text) &&
    !placeByName(tokens[first]!.text) &&
    !(isInstitutionHead(tokens[first]!) && first + 1 < chunk.last && !CONNECTORS.has(tokens[first + 1]!.text))
  ) {
    first += 1;
  }
  while (first < chunk.last && CONNECTORS.has(tokens[first]!.text)) first += 1;
  // "Last Tuesday Ana Lind said": a weekday before a name only dates it.
  while (first + 1 < chunk.last && WEEKDAYS.has(lower(tokens[first]!))) first += 1;
  if (first >= chunk.last) return [];
  // "Lyon and Lille", "Reuters and Bloomberg": a list, unless an institution's name holds the "and".
  const institutionNamed = isInstitutionHead(tokens[first]!) || isInstitutionHead(tokens[chunk.last - 1]!);
  const parts = institutionNamed ? splitBodies(tokens, first, chunk.last) : splitAt(tokens, first, chunk.last, new Set(['and', '&', 'or']));
  return parts.flatMap(([a, b]) => classifyWithRoles(a, b, chunk.last, context));
}

/**
 * Two bodies joined by a connector ("White House for the Democratic Party"): each side is a name of two words
 * or more that ends with a body's head. One body's own "of"/"for" ("Council of the African Union") stays whole.
 */
function splitBodies(tokens: Token[], first: number, last: number): (readonly [number, number])[] {
  for (let c = first + 2; c < last - 1; c += 1) {
    if (!CONNECTORS.has(tokens[c]!.text) || !isInstitutionHead(tokens[c - 1]!)) continue;
    let rest = c + 1;
    while (rest < last && CONNECTORS.has(tokens[rest]!.text)) rest += 1;
    if (rest < last && isInstitutionHead(tokens[last - 1]!) && last - rest >= 1) return [[first, c], ...splitBodies(tokens, rest, last)];
  }
  return [[first, last]];
}

function splitAt(tokens: Token[], first: number, last: number, separators: Set<string>): (readonly [number, number])[] {
  const parts: [number, number][] = [];
  let start = first;
  for (let t = first; t < last; t += 1) {
    if (separators.has(tokens[t]!.text)) {
      if (t > start) parts.push([start, t]);
      start = t + 1;
    }
  }
  if (start < last) parts.push([start, last]);
  return parts;
}

function span(context: ClassifyContext, first: number, last: number) {
  return spanOf(context.tokens, context.text, first, last);
}

/** Strips titles ("Prime Minister of Spain", "French President") and classifies what remains. */
function classifyWithRoles(first: number, last: number, chunkEnd: number, context: ClassifyContext): RawMention[] {
  const { tokens } = context;
  const mentions: RawMention[] = [];
  // A country's whole name may open with a title-like word ("Democratic Republic of the Congo").
  const whole = countryByName(span(context, first, last).text);
  if (whole) return [{ type: 'Country', name: whole.name, ...span(context, first, last), country: whole.code }];
  // A body before the titles ("United Nations Secretary-General Antonio Guterres").
  // A body's head that is also a title word belongs to the body when a title follows ("European Council President").
  const firstRole = tokens.slice(first, last).findIndex((token, i) => {
    const next = tokens[first + i + 1];
    return isRoleToken(token) && !(isInstitutionHead(token) && first + i + 1 < last && next && isRoleToken(next) && !isInstitutionHead(next));
  });
  // Not across a connector: "Ministry of Foreign Affairs" is one body, not "Ministry of" and a title.
  // Nor when a connector follows the title: "Office of the UN High Commissioner for Human Rights" names a body.
  const connectorAfterTitle = tokens.slice(first + Math.max(firstRole, 0), last).some((t) => CONNECTORS.has(t.text) && !NAME_PARTICLES.has(t.text));
  if (firstRole > 0 && first + firstRole < last - 1 && !isInstitutionHead(tokens[last - 1]!) && !CONNECTORS.has(tokens[first + firstRole - 1]!.text) && !connectorAfterTitle) {
    // A lone head before a title is a body even where it opens the sentence ("Senate Majority Leader …").
    const loneHead = firstRole === 1 && isInstitutionHead(tokens[first]!);
    const body = classifyName(first, first + firstRole, first + firstRole, context) ?? (loneHead ? { type: 'Institution' as const, ...span(context, first, first + 1), name: bare(tokens[first]!) } : null);
    if (body && (body.type === 'Institution' || body.type === 'Country')) {
      mentions.push(body);
      first += firstRole;
    }
  }
  const roleEnd = roleSpan(first, last, context);
  if (roleEnd >= last) return countriesIn(first, last, context); // only a title ("President", "Foreign Minister")
  // "Economist Lena Fischer of the Kiel Institute": a titled person, then the body they belong to.
  const of = tokens.slice(roleEnd, last).findIndex((t) => t.text === 'of' || t.text === 'at' || t.text === 'from');
  if (roleEnd > first && of > 0 && of <= 4 && personByShape(tokens.slice(roleEnd, roleEnd + of), false)) {
    const name = span(context, roleEnd, roleEnd + of);
    const role = roleText(first, roleEnd, context);
    let rest = roleEnd + of + 1;
    while (rest < last && CONNECTORS.has(tokens[rest]!.text)) rest += 1;
    const after = rest < last ? classifyWithRoles(rest, last, chunkEnd, context) : [];
    const titled = holdersIn(first, roleEnd, context);
    const holder = after.find((m) => m.type === 'Institution') ?? titled[titled.length - 1];
    const roleStart = context.tokens[first]!.start;
    return [...mentions, ...titled, { type: 'Person', name: name.text, start: name.start, end: name.end, role, roleStart, ...(holder ? { roleHolder: holder } : {}) }, ...after];
  }
  if (roleEnd > first && !isInstitutionHead(tokens[last - 1]!)) {
    const titled = holdersIn(first, roleEnd, context);
    const holder = titled[titled.length - 1] ?? mentions.find((m) => m.type === 'Institution' || m.type === 'Country');
    mentions.push(...titled);
    const role = roleText(first, roleEnd, context);
    const name = span(context, roleEnd, last);
    if (coreWords(tokens.slice(roleEnd, last)) <= MAX_NAME_WORDS && !tokens.slice(roleEnd, last).some((t) => CONNECTORS.has(t.text) && !NAME_PARTICLES.has(t.text))) {
      const typed = classifyName(roleEnd, last, chunkEnd, context);
      // After a title comes a person, unless the name is plainly something else ("President of France").
      if (typed && typed.type !== 'Person' && typed.type !== 'Unknown') return [...mentions, typed];
      return [...mentions, { type: 'Person', name: name.text, start: name.start, end: name.end, role, roleStart: context.tokens[first]!.start, ...(holder ? { roleHolder: holder } : {}) }];
    }
    first = roleEnd;
  }
  const typed = classifyName(first, last, chunkEnd, context);
  if (typed) return [...mentions, typed];
  // Not one name: a name, a connector, and the rest ("Helga Brandt of the Kiel Institute…", "Lyon in France");
  // when the first part names nothing ("Protests in Porto"), the rest still may.
  for (let c = first + 1; c < last; c += 1) {
    if (!CONNECTORS.has(tokens[c]!.text) || NAME_PARTICLES.has(tokens[c]!.text)) continue;
    let rest = c + 1;
    while (rest < last && CONNECTORS.has(tokens[rest]!.text)) rest += 1;
    if (rest >= last) break;
    const left = classifyName(first, c, c, context);
    return [...mentions, ...(left ? [left] : []), ...classifyWithRoles(rest, last, chunkEnd, context)];
  }
  return mentions;
}

/** The bodies a title names: countries and demonyms ("Uzbek Foreign Minister"), acronyms ("WHO Director-General"). */
function holdersIn(first: number, last: number, context: ClassifyContext): RawMention[] {
  const found: RawMention[] = [];
  for (let t = first; t < last; t += 1) {
    const token = context.tokens[t]!;
    if (isAcronym(token, context) && !countryOf(bare(token))) found.push({ type: 'Institution', name: bare(token), ...span(context, t, t + 1) });
    else if (isTitlePlace(token) && !countryOf(token.text)) found.push({ type: 'Place', name: bare(token), ...span(context, t, t + 1), country: placeByName(bare(token))!.country });
    else if (twoWordCountry(context.tokens, t, last)) {
      found.push(...countriesIn(t, t + 2, context));
      t += 1;
    } else found.push(...countriesIn(t, t + 1, context));
  }
  return found;
}

/** Country mentions among title words ("Uzbek Foreign Minister"). */
function countriesIn(first: number, last: number, context: ClassifyContext): RawMention[] {
  const found: RawMention[] = [];
  for (let t = first; t < last; t += 1) {
    const pair = twoWordCountry(context.tokens, t, last);
    if (pair) {
      found.push({ type: 'Country', name: pair.name, ...span(context, t, t + 2), country: pair.code });
      t += 1;
      continue;
    }
    const country = countryOf(context.tokens[t]!.text.replace(/['’]s$/, ''));
    if (country) found.push({ type: 'Country', name: country.name, ...span(context, t, t + 1), country: country.code });
  }
  return found;
}

/** Where the titles at the start of [first, last) end (first when there are none). */
function roleSpan(first: number, last: number, context: ClassifyContext): number {
  const { tokens } = context;
  let end = first;
  for (let t = first; t < last; t += 1) {
    const token = tokens[t]!;
    const next = tokens[t + 1];
    // A body's name is no title ("Party of Socialists"), unless a title follows it ("Party leader").
    if (isRoleToken(token) && !(isInstitutionHead(token) && !(next && t + 1 < last && isRoleToken(next) && !isInstitutionHead(next)))) {
      end = t + 1;
    } else if ((countryOf(token.text) || isAcronym(token, context) || isTitlePlace(token)) && t + 1 < last && next && isRoleToken(next)) {
      continue; // "French President", "WHO Deputy Director-General", "Kyiv Mayor"
    } else if (twoWordCountry(tokens, t, last) && t + 2 < last && isRoleToken(tokens[t + 2]!)) {
      t += 1; // "South Korean Foreign Minister", "New Zealand Prime Minister"
      continue;
    } else if (isPortfolio(tokens, t, last)) {
      continue; // "Environment Minister", "Trade Representative"
    } else if (end > first && token.text === 'of' && t + 1 < last && next && (countryOf(next.text) || placeByName(next.text)) && t + 2 < last) {
      end = t + 2; // "President of France" followed by a name
      t += 1;
    } else {
      break;
    }
  }
  return end;
}

/** The type of the name in tokens [first, last), or null when nothing says what it is. */
function classifyName(first: number, last: number, chunkEnd: number, context: ClassifyContext): RawMention | null {
  const { tokens, text } = context;
  const where = span(context, first, last);
  const name = where.text;
  const words = tokens.slice(first, last);
  const head = words[words.length - 1]!;
  const base = { name, start: where.start, end: where.end };
  const before = tokens[first - 1];
  const after = tokens[last];
  // "Monday", "January 2": calendar words are no names (but "Jan Nowak", "April Ryan" are).
  if (words.every((w) => CALENDAR_WORDS.has(lower(w)) || /^\d/.test(w.text))) return null;

  const country = countryByName(name);
  if (country) return { ...base, type: 'Country', name: country.name, country: country.code };
  if (words.length === 1) {
    const demonymOf = countryByDemonym(name.replace(COMPOUND_SUFFIX, ''));
    if (demonymOf) return { ...base, type: 'Country', name: demonymOf.name, country: demonymOf.code };
  }
  // A possessive name owns what follows ("Maria Lopez’s party", "Oslo’s radio"): it is not that body or medium.
  const owner = /['’]s$/.test(head.text);
  // "Rustavi-2 TV channel", "the Xinhua agency": a name before a media word is a medium.
  if (last === chunkEnd && after && !owner && MEDIA_HEADS.has(after.text.toLowerCase()) && !after.capitalised && !NOT_ENTITY_ACRONYMS.has(name)) {
    const withHead = after.text.toLowerCase() === 'agencies' || after.text.toLowerCase() === 'agency' ? where : span(context, first, last + 1);
    // The bare name is an alias: "Rustavi-2 TV channel" is also "Rustavi-2".
    const bare = words.filter((w) => !MEDIA_HEADS.has(lower(w))).map((w) => w.text).join(' ');
    return { type: 'Institution', name: withHead.text, start: withHead.start, end: withHead.end, ...(bare && bare !== withHead.text ? { alias: bare } : {}) };
  }
  // "the ruling Georgian Dream party", "brewer Heineken": a lower-case word next to the name says it is a body.
  if ((last === chunkEnd && after && !owner && !after.capitalised && TRAILING_INSTITUTION_HEADS.has(after.text)) || (before && !before.capitalised && COMPANY_NOUNS.has(before.text))) {
    return { ...base, type: 'Institution' };
  }
  // "WHO", "NATO/EU": acronyms, unless the text spells them out in lower case ("liquefied petroleum gas, or LPG").
  if (words.every((w) => isAcronym(w, context) || w.text === '/' || w.text === '&')) {
    return words.some((w) => isAcronym(w, context)) && !spelledOutInLowerCase(name, text, context.spelledOut) ? { ...base, type: 'Institution' } : null;
  }
  if (words.length > 1 && PLACE_HEADS.has(lower(head)) && !isInstitutionHead(words[0]!)) {
    return { ...base, type: 'Place', country: placeByName(name)?.country ?? null };
  }
  // The head ends the name ("Central Election Commission"), opens it ("Ministry of Defence"), or comes before
  // its complement ("Kiel Institute for the World Economy").
  const headBeforeComplement = words.some(
    (w, i) => i > 0 && isInstitutionHead(w) && ['of', 'for', 'on'].includes(words[i + 1]?.text ?? '') && !words.slice(0, i).some((x) => CONNECTORS.has(x.text)),
  );
  const institution = words.length > 1 ? isInstitutionHead(head) || isInstitutionHead(words[0]!) || headBeforeComplement : !head.sentenceStart && LOWERCASE_INSTITUTION_HEADS.has(lower(head));
  if (institution) {
    return { ...base, type: 'Institution' };
  }
  const place = placeByName(name);
  // Big places on their own; smaller ones, or names that are also words, need "in", "to", "from"…
  if (place && (!isCommonWord(name) || place.population >= 1_000_000 || (before && PLACE_PREPOSITIONS.has(before.text.toLowerCase())))) {
    return { ...base, type: 'Place', country: place.country };
  }
  // "Radio-Canada": a name joined to a country's is a medium or a company, not the country.
  if (words.length === 1 && /-/.test(name) && name.split('-').some((part) => countryByName(part)) && !countryOf(name)) {
    return { ...base, type: 'Institution' };
  }
  // A country written before a person's name ("president of France Emmanuel Macron").
  if (words.length >= 3 && countryByName(words[0]!.text)) {
    const rest = classifyName(first + 1, last, chunkEnd, context);
    return rest?.type === 'Person' ? rest : null;
  }
  const speaks = Boolean(after && SPEECH_VERBS.has(after.text.toLowerCase()));
  const afterPlacePreposition = Boolean(before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()));
  // A speaking name of everyday words ("Human Rights Watch said"), or one that opens with a nationality
  // ("Georgian Dream said"), is a body; a person's name opens with a given name or is no everyday word.
  // (Not "the Corruption Perceptions Index reported by …": a participle, nobody speaking.)
  const byAfter = tokens[last + 1]?.text === 'by';
  if (speaks && !byAfter && words.length >= 2 && !isGivenName(words[0]!.text) && !STATE_WORDS.has(lower(head)) && !PERSON_NOUNS.has(lower(head).replace(/s$/, '')) && (countryOf(words[0]!.text) || words.every((w) => isCommonWord(lower(w)) || CONNECTORS.has(w.text)))) {
    return { ...base, type: 'Institution' };
  }
  if (words.length >= 2 && coreWords(words) <= MAX_NAME_WORDS) {
    if (!personByShape(words, speaks)) return null;
    // "from Wolayita Sodo in southern Ethiopia": an unknown name after "from"/"in" is a place, unless a given name opens it.
    if (afterPlacePreposition && !speaks && !isGivenName(words[0]!.text)) return { ...base, type: 'Place', country: null };
    return { ...base, type: 'Person' };
  }
  // "Park said": a given name that is also a word, speaking, is a person (the article named them in full before).
  if (words.length === 1 && speaks && isGivenName(head.text) && !NOT_PERSON_WORDS.has(lower(head))) return { ...base, type: 'Person' };
  if (words.length === 1 && !isCommonWord(lower(head)) && !NOT_PERSON_WORDS.has(lower(head))) {
    if (speaks) return { ...base, type: 'Person' };
    // "told Reuters": one name after "told" that is no given name is whom one spoke to, a medium.
    if (before?.text === 'told' && !isGivenName(head.text) && !placeByName(name)) return { ...base, type: 'Institution' };
    if (before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && !isGivenName(head.text)) return { ...base, type: 'Place', country: null };
    return { ...base, type: 'Unknown' };
  }
  return null;
}

/** Two to four capitalised words that read as a person's name. */
function personByShape(words: Token[], speaks: boolean): boolean {
  const core = words.filter((w) => !NAME_PARTICLES.has(w.text));
  if (core.length < 2 || words.some((w) => CONNECTORS.has(w.text) && !NAME_PARTICLES.has(w.text))) return false;
  if (core.some((w) => NOT_PERSON_WORDS.has(lower(w)) || isInstitutionHead(w) || isRoleToken(w) || countryOf(w.text) || /^\p{Lu}+$/u.test(w.text))) return false;
  // "NATO-Africa Forum", "China-Arab summit": a compound of named things, not a name of a person.
  if (core.some((w) => w.text.includes('-') && w.text.split('-').some((part) => countryOf(part) || /^\p{Lu}{2,}$/u.test(part)))) return false;
  const notWords = core.every((w) => w.text.includes('-') || !isCommonWord(lower(w)) || isGivenName(w.text));
  return isGivenName(core[0]!.text) || SURNAME_ENDING.test(core[core.length - 1]!.text) || speaks || notWords;
}

function spelledOutInLowerCase(acronym: string, text: string, cache = new Map<string, boolean>()): boolean {
  const known = cache.get(acronym);
  if (known !== undefined) return known;
  const letters = acronym.toLowerCase().split('');
  const pattern = new RegExp(`\\b${letters.map((l) => `${l}[a-z]+`).join('\\s+')}\\b[^.]{0,12}\\b${acronym.replace(/[^\p{L}\d]/gu, '.')}\\b`, 'u');
  const answer = letters.length <= 6 && /^[\p{L}\d]+$/u.test(acronym) && pattern.test(text);
  cache.set(acronym, answer);
  return answer;
}
