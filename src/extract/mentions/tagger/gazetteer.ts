// What the knowledge packages say of each token: part of a country's or a place's name (with the place's size),
// a demonym, a given name, an everyday word, a word of titles or of bodies', media's or gatherings' names.
// Features for the tagger, not decisions. (Words of place names and nouns before companies' names were tried
// as features too and lowered the dev figure.)
import { countryByDemonym, countryByName } from '../../knowledge/countries';
import { isRegionAdjective, placeByName } from '../../knowledge/places';
import { isCommonWord, isGivenName, isHumanName } from '../../knowledge/words';
import { INSTITUTION_HEADS, MEDIA_HEADS } from '../../lexicon/institutions';
import { CALENDAR_WORDS, EVENT_NAME_HEADS, NOT_ENTITY_ACRONYMS } from '../../lexicon/not-names';
import { ROLE_WORDS } from '../../lexicon/roles';
import { memoised } from '../../text/memo';
import type { TaggerToken } from './tagger-tokens';

const MAX_SPAN = 4;
// Lower-case words that may sit inside a country's or a place's name ("Republic of the Congo", "Rio de Janeiro").
const JOINERS = new Set(['of', 'the', 'and', 'de', 'da', 'do', 'del', 'la', 'le', 'el', 'al', 'upon', 'on']);
const CAPITALISED = /^\p{Lu}/u;
const isNamePart = (text: string) => CAPITALISED.test(text) || JOINERS.has(text);

// Class names with their place in a name ("ctry:B"), made once so that look-ups reuse the same strings.
const NAME_CLASSES = ['ctry', 'dem', 'pl1m', 'pl100k', 'pl', 'reg'] as const;
type NameClass = (typeof NAME_CLASSES)[number];
const PART = Object.fromEntries(NAME_CLASSES.map((cls) => [cls, { B: `${cls}:B`, I: `${cls}:I`, L: `${cls}:L`, U: `${cls}:U` }])) as Record<NameClass, Record<'B' | 'I' | 'L' | 'U', string>>;

function placeClass(population: number): NameClass {
  if (population >= 1_000_000) return 'pl1m';
  if (population >= 100_000) return 'pl100k';
  return population > 0 ? 'pl' : 'reg';
}

/** The name classes of a name of one word or more, joined by spaces (remembered: names come again). */
const nameClasses: (text: string) => NameClass[] = memoised((text) => {
  const hits: NameClass[] = [];
  if (countryByName(text)) hits.push('ctry');
  if (text.split(' ').length <= 2 && (countryByDemonym(text) || isRegionAdjective(text))) hits.push('dem');
  const place = placeByName(text);
  if (place) hits.push(placeClass(place.population));
  return hits;
});

interface WordClasses {
  /** Classes of the word as a name of its own ("ctry:U"). */
  names: NameClass[];
  /** What the word is whatever its neighbours ("giv", "com", "role", …). */
  word: string[];
}

/** What the knowledge packages say of one token's text (remembered per distinct text). */
const wordClasses: (text: string) => WordClasses = memoised((text) => {
  const lower = text.toLowerCase();
  const word: string[] = [];
  const capitalised = CAPITALISED.test(text);
  if (capitalised && isGivenName(text)) word.push('giv');
  if (capitalised && isHumanName(text)) word.push('hname');
  if (/\p{L}/u.test(text)) {
    if (isCommonWord(lower)) word.push('com');
    if (ROLE_WORDS.has(lower)) word.push('role');
    if (INSTITUTION_HEADS.has(lower) || INSTITUTION_HEADS.has(lower.replace(/s$/, ''))) word.push('ihead');
    if (MEDIA_HEADS.has(lower)) word.push('media');
    if (EVENT_NAME_HEADS.has(lower)) word.push('evhead');
    if (CALENDAR_WORDS.has(lower)) word.push('cal');
    if (NOT_ENTITY_ACRONYMS.has(text)) word.push('notent');
  }
  return { names: capitalised ? nameClasses(text) : [], word };
});

/** For each token, the gazetteer classes it carries ("ctry:B", "giv", "com", …). */
export function gazetteerClasses(tokens: TaggerToken[]): string[][] {
  const classes = tokens.map((token) => [...wordClasses(token.text).word]);
  tokens.forEach((token, i) => {
    if (!CAPITALISED.test(token.text)) return;
    // The longest name of each class starting here: one word from the cache, longer ones looked up.
    const longest = new Map<NameClass, number>(wordClasses(token.text).names.map((cls) => [cls, 1]));
    let text = token.text;
    for (let length = 2; length <= MAX_SPAN && i + length <= tokens.length; length += 1) {
      const next = tokens[i + length - 1]!.text;
      if (!isNamePart(next)) break;
      text = `${text} ${next}`;
      if (JOINERS.has(next)) continue; // a name does not end on a joiner
      for (const cls of nameClasses(text)) longest.set(cls, length);
    }
    for (const [cls, length] of longest) {
      if (length === 1) classes[i]!.push(PART[cls].U);
      else {
        classes[i]!.push(PART[cls].B);
        for (let k = i + 1; k < i + length - 1; k += 1) classes[k]!.push(PART[cls].I);
        classes[i + length - 1]!.push(PART[cls].L);
      }
    }
  });
  return classes;
}
