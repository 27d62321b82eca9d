import { describe, expect, it } from 'vitest';
import { memoised } from '../../../src/extract/text/memo';

describe('a memoised function of a string', () => {
  it('computes each text once and gives the same answer, undefined and empty ones too', () => {
    const calls: string[] = [];
    const f = memoised((text) => {
      calls.push(text);
      return text === 'none' ? undefined : text.length;
    });
    expect([f('abc'), f('abc'), f(''), f(''), f('none'), f('none')]).toEqual([3, 3, 0, 0, undefined, undefined]);
    expect(calls).toEqual(['abc', '', 'none']);
  });

  it('forgets everything when full, so its memory stays bounded', () => {
    const calls: string[] = [];
    const f = memoised((text) => calls.push(text), 2);
    for (const text of ['a', 'b', 'c', 'a']) f(text);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
