import { describe, expect, it } from 'vitest';
import { allowed, decode, encode, TAGS } from '../../../../src/extract/mentions/tagger/labels';

const tag = (name: string) => TAGS.indexOf(name);

describe('BILOU tags', () => {
  it('encodes spans and decodes them back', () => {
    const spans = [
      { first: 0, last: 2, kind: 'PER' as const },
      { first: 3, last: 4, kind: 'LOC' as const },
      { first: 5, last: 8, kind: 'ORG' as const },
    ];
    const tags = encode(spans, 9);
    expect(tags.map((t) => TAGS[t])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(decode(tags)).toEqual(spans);
  });

  it.each([
    ['O', 'I-PER', false],
    ['B-PER', 'L-ORG', false],
    ['B-PER', 'O', false],
    ['B-PER', 'I-PER', true],
    ['I-ORG', 'L-ORG', true],
    ['L-LOC', 'U-MISC', true],
    ['U-PER', 'B-PER', true],
  ])('%s → %s allowed: %s', (previous, next, expected) => {
    expect(allowed(tag(previous), tag(next))).toBe(expected);
  });

  it('allows no open name at the start or the end of a sentence', () => {
    expect(allowed(-1, tag('I-PER'))).toBe(false);
    expect(allowed(-1, tag('B-PER'))).toBe(true);
    expect(allowed(tag('B-ORG'), -1)).toBe(false);
    expect(allowed(tag('L-ORG'), -1)).toBe(true);
  });
});
