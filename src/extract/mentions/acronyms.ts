// Acronyms tied to their expansions: "World Health Organization (WHO)", "(… Organization -WHO)".
import { foldName } from '../knowledge/fold';

const STOP_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/** Initial letters of a name's significant words ("World Health Organization" → "WHO"). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word && !STOP_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** Whether `acronym` abbreviates `name` (the initials of its significant words). */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (letters.length < 2 || letters.length > 10 || foldName(acronym) === foldName(name)) return false;
  const initials = initialsOf(name);
  return initials === letters;
}

// "Name (ACR)": the bracketed acronym is found first and its name read back from it within a bounded stretch,
// since a pattern that starts at every capital and runs to a bracket is quadratic in a long capitalised run.
const ACRONYM_IN_BRACKETS = /\(\s*(?:[-–—]\s*)?([\p{Lu}][\p{Lu}\d&/-]{1,9})\s*\)/gu;
const NAME_BEFORE = /([\p{Lu}][\p{L}'’-]*(?:\s+(?:of|for|and|the|on|[\p{Lu}][\p{L}'’-]*))*)\s*$/u;
// Characters read back from the bracket: longer than any spelled-out name.
const NAME_REACH = 200;
const PAIR_INSIDE = /\(\s*([\p{Lu}][\p{L}'’-]*(?:\s+(?:of|for|and|the|on|[\p{Lu}][\p{L}'’-]*))*)\s*[-–—,]\s*([\p{Lu}][\p{Lu}\d&/-]{1,9})\s*\)/gu;

/** Each "Name (ACR)" of the text as [whole, name, acronym]. */
function* namesBeforeAcronyms(text: string): Generator<[string, string, string]> {
  for (const bracket of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, bracket.index - NAME_REACH), bracket.index));
    if (name) yield [name[0] + bracket[0], name[1]!, bracket[1]!];
  }
}

/** Acronym → expansion pairs a text states in brackets, kept only when the letters fit. */
export function findAcronymPairs(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const inside of [false, true]) {
    for (const match of inside ? text.matchAll(PAIR_INSIDE) : namesBeforeAcronyms(text)) {
      const words = match[1]!.split(/\s+/);
      const acronym = match[2]!;
      // Take the shortest tail of the words whose initials spell the acronym; failing that (acronyms of
      // another language, "SENAPRED"), the whole bracketed-before phrase when it is a name of several words.
      let tied = false;
      for (let start = words.length - 1; start >= 0 && !tied; start -= 1) {
        const candidate = words.slice(start).join(' ');
        if (abbreviates(acronym, candidate)) {
          pairs.set(acronym, candidate);
          tied = true;
        }
      }
      const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
      if (!tied && !inside && capitalised.length >= 3 && acronym.length >= 3) {
        pairs.set(acronym, match[1]!.replace(/^(?:The|A|An)\s+/, ''));
      }
    }
  }
  return pairs;
}
