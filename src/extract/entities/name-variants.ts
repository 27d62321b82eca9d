// Whether two spellings are one name in different transliterations (Zelenskyy / Zelensky / Zelenskiy),
// while related but different names stay apart (Ivanov / Ivanova).
import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { memoised } from '../text/memo';

// Below this length a skeleton is a variant only of itself.
const MIN_VARIANT_LENGTH = 5;

/** A spelling reduced to what transliterations agree on. */
export const nameSkeleton: (name: string) => string = memoised((name) =>
  anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/q/g, 'k')
    .replace(/kh/g, 'h')
    .replace(/([aeiou])y(?=[aeiou])/g, '$1') // Aliyev → Aliev
    .replace(/(.)\1+/g, '$1'), // Kassym → Kasym
);

/** Two single words that name the same thing, spelled differently. */
export function isNameVariant(a: string, b: string): boolean {
  const x = nameSkeleton(a);
  const y = nameSkeleton(b);
  if (x === y) return x.length > 0 && !differsByGender(a, b);
  if (x.length < MIN_VARIANT_LENGTH || y.length < MIN_VARIANT_LENGTH || x[0] !== y[0]) return false;
  if (differsByGender(a, b)) return false;
  return distance(x, y) <= 1;
}

// Slavic and Turkic feminine surnames add an -a: same family, different people.
function differsByGender(a: string, b: string): boolean {
  const x = anyAscii(a).toLowerCase();
  const y = anyAscii(b).toLowerCase();
  return (x === `${y}a` || y === `${x}a`) && /(ov|ev|in|sky|ski)a?$/.test(x);
}

/**
 * Keys two variant spellings always share (the skeleton and its one-letter deletions), so candidates
 * can be found through an index instead of comparing every pair.
 */
export function variantKeys(name: string): string[] {
  const skeleton = nameSkeleton(name);
  if (skeleton.length < MIN_VARIANT_LENGTH) return [skeleton];
  const keys = new Set([skeleton]);
  for (let i = 1; i < skeleton.length; i += 1) keys.add(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return [...keys];
}

// The keys of the first and the second half a skeleton of `length` letters would have, taken from the ends of
// this one (its own when it is that long): "8<alie", "8>vich".
const halfKeys = (skeleton: string, length: number): string[] => {
  const half = Math.floor(length / 2);
  return [`${length}<${skeleton.slice(0, half)}`, `${length}>${skeleton.slice(skeleton.length - (length - half))}`];
};

/**
 * What a stored index holds for a name so that its variant spellings find it: two keys, the halves of its
 * skeleton. One letter changed, added or dropped touches one half only, so a spelling within one letter
 * keeps the other half, which `spellingLookupKeys` asks for (a short skeleton has one key, itself).
 * Two keys a name where `variantKeys` gives one per letter: fewer to write to a database.
 */
export function spellingKeys(name: string): string[] {
  const skeleton = nameSkeleton(name);
  return skeleton.length < MIN_VARIANT_LENGTH ? [`=${skeleton}`] : halfKeys(skeleton, skeleton.length);
}

/**
 * The keys to look up for a name's variants among `spellingKeys`: the halves a spelling one letter shorter, as
 * long or one longer shares with it when the letter changed is in the other half.
 */
export function spellingLookupKeys(name: string): string[] {
  const skeleton = nameSkeleton(name);
  if (skeleton.length < MIN_VARIANT_LENGTH) return [`=${skeleton}`];
  const lengths = [skeleton.length - 1, skeleton.length, skeleton.length + 1].filter((length) => length >= MIN_VARIANT_LENGTH);
  return lengths.flatMap((length) => halfKeys(skeleton, length));
}
