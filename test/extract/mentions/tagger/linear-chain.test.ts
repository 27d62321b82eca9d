import { describe, expect, it } from 'vitest';
import { allowed, TAGS } from '../../../../src/extract/mentions/tagger/labels';
import { T, viterbi } from '../../../../src/extract/mentions/tagger/linear-chain';

describe('Viterbi decoding', () => {
  it('takes the best sequence the emissions and transitions give', () => {
    const emissions = new Float64Array(3 * T);
    emissions[0 * T + TAGS.indexOf('B-PER')] = 5;
    emissions[1 * T + TAGS.indexOf('L-PER')] = 5;
    emissions[2 * T + TAGS.indexOf('O')] = 5;
    expect(viterbi(emissions, 3, new Float32Array((T + 1) * T)).map((t) => TAGS[t])).toEqual(['B-PER', 'L-PER', 'O']);
  });

  it('never returns a sequence the BILOU rules forbid, whatever the scores', () => {
    // Scores that would pick "I-PER, I-ORG, B-LOC" tag by tag.
    const emissions = new Float64Array(3 * T);
    emissions[0 * T + TAGS.indexOf('I-PER')] = 9;
    emissions[1 * T + TAGS.indexOf('I-ORG')] = 9;
    emissions[2 * T + TAGS.indexOf('B-LOC')] = 9;
    const tags = viterbi(emissions, 3, new Float32Array((T + 1) * T));
    expect(allowed(-1, tags[0]!)).toBe(true);
    expect(allowed(tags[0]!, tags[1]!)).toBe(true);
    expect(allowed(tags[1]!, tags[2]!)).toBe(true);
    expect(allowed(tags[2]!, -1)).toBe(true);
  });

  it('returns nothing for no tokens', () => {
    expect(viterbi(new Float64Array(0), 0, new Float32Array((T + 1) * T))).toEqual([]);
  });
});
