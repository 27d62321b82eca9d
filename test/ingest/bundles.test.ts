// The keys a stored person is found by in other spellings: every full name the rule within a batch takes for
// the same person (sameFullName) finds the stored one, whichever spelling came first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameFullName } from '../../src/extract/entities/resolve';
import { fullNameVariantKeys, fullNameVariantLookups } from '../../src/ingest/bundles';

const finds = (stored: string, asked: string) => fullNameVariantLookups(asked).some((key) => fullNameVariantKeys(stored).includes(key));

describe('full-name spelling keys', () => {
  const letter = fc.constantFrom(...'abdeghiklmnopqrstuvyz');
  const word = fc.array(letter, { minLength: 2, maxLength: 10 }).map((letters) => letters.join(''));
  // Written first letters that transliterations swap ("Qadir" / "Kadir", "Khalid" / "Halid").
  const start = fc.constantFrom('k', 'q', 'kh', 'h', '');
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const edited = fc.tuple(word, fc.nat(), letter, fc.constantFrom('change', 'add', 'drop', 'none')).map(([w, at, c, edit]) => {
    const i = at % (w.length + 1);
    const changed = edit === 'change' ? w.slice(0, i) + c + w.slice(i + 1) : edit === 'add' ? w.slice(0, i) + c + w.slice(i) : edit === 'drop' ? w.slice(0, i) + w.slice(i + 1) : w;
    return [w, changed] as const;
  });
  const names = fc.tuple(start, start, word, edited).map(([s1, s2, given, [surname, other]]) => [`${capital(s1 + given)} ${capital(surname)}`, `${capital(s2 + given)} ${capital(other)}`] as const);

  it('finds every full name sameFullName takes for the same person, whichever is stored', () => {
    let accepted = 0;
    fc.assert(
      fc.property(names, ([a, b]) => {
        if (!sameFullName(a, b)) return;
        accepted += 1;
        expect(finds(a, b), `${a} / ${b}`).toBe(true);
        expect(finds(b, a), `${b} / ${a}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The property said something: many pairs were variants.
    expect(accepted).toBeGreaterThan(300);
  });

  it('finds a given name written with another first letter, and not another person of the surname', () => {
    expect(finds('Qadir Tolqunov', 'Kadir Tolkunov')).toBe(true);
    expect(finds('Khalida Rakhmanova', 'Halida Rahmanova')).toBe(true);
    expect(finds('Qadir Tolqunov', 'Mirza Tolqunov')).toBe(false);
  });
});
