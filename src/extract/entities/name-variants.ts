// Whether two spellings are one name in different transliterations (Zelenskyy / Zelensky / Zelenskiy),
// while related but different names stay apart (Ivanov / Ivanova).
import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { memoised } from '../text/memo';

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
  if (x.length < 5 || y.length < 5 || x[0] !== y[0]) return false;
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
  if (skeleton.length < 5) return [skeleton];
  const keys = new Set([skeleton]);
  for (let i = 1; i < skeleton.length; i += 1) keys.add(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return [...keys];
}
