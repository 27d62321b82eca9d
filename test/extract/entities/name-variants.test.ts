import { describe, expect, it } from 'vitest';
import { isNameVariant } from '../../../src/extract/entities/name-variants';

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
