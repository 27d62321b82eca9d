import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isNameVariant, spellingKeys, spellingLookupKeys } from '../../../src/extract/entities/name-variants';

describe('isNameVariant', () => {
  it.each([
    ['Zelenskyy', 'Zelensky', true],
    ['Zelenskiy', 'Zelensky', true],
    ['Aliyev', 'Aliev', true],
    ['Qadhafi', 'Kadhafi', true],
    ['Khodorkovsky', 'Hodorkovsky', true],
    ['Ivanov', 'Ivanova', false],
    ['Petrov', 'Petrova', false],
    ['Smith', 'Jones', false],
    ['Kim', 'Kin', false],
    ['Morales', 'Moraes', true],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(isNameVariant(a, b)).toBe(expected);
  });
});

describe('spellingKeys and spellingLookupKeys', () => {
  const shares = (stored: string, asked: string) => spellingLookupKeys(asked).some((key) => spellingKeys(stored).includes(key));
  const letter = fc.constantFrom(...'abcdefghijklmnoprstuvwz');
  const word = fc.array(letter, { minLength: 1, maxLength: 12 }).map((letters) => letters.join(''));

  it('finds every variant spelling isNameVariant accepts, whichever spelling is stored', () => {
    // A word and one letter changed, added or dropped anywhere (or the word itself).
    const edited = fc.tuple(word, fc.nat(), letter, fc.constantFrom('change', 'add', 'drop', 'none')).map(([w, at, c, edit]) => {
      const i = at % (w.length + 1);
      const changed = edit === 'change' ? w.slice(0, i) + c + w.slice(i + 1) : edit === 'add' ? w.slice(0, i) + c + w.slice(i) : edit === 'drop' ? w.slice(0, i) + w.slice(i + 1) : w;
      return [w, changed] as const;
    });
    fc.assert(
      fc.property(edited, ([a, b]) => {
        if (!isNameVariant(a, b)) return;
        expect(shares(a, b)).toBe(true);
        expect(shares(b, a)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds transliterations and keeps names apart that share no half', () => {
    expect(shares('Aliyev', 'Aliev')).toBe(true);
    expect(shares('Zelenskyy', 'Zelenskiy')).toBe(true);
    expect(shares('Kassym', 'Kasym')).toBe(true);
    expect(shares('Smith', 'Jones')).toBe(false);
    expect(shares('Kim', 'Kin')).toBe(false);
  });

  it('stores two keys a name, one when it is short', () => {
    expect(spellingKeys('Navinski')).toEqual(['8<navi', '8>nski']);
    expect(spellingKeys('Kim')).toEqual(['=kim']);
  });
});
