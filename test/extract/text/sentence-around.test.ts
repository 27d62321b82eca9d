import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../src/extract/text/sentence-around';

describe('sentenceAround', () => {
  const text = 'Paris 06.01.2022 The U.S. envoy arrived. “We are here,” she said! Talks begin.\nNext line.';
  it.each([
    ['envoy', 'Paris 06.01.2022 The U.S. envoy arrived.'],
    ['We are here', '“We are here,” she said!'],
    ['Talks', 'Talks begin.'],
    ['Next', 'Next line.'],
  ])('%s', (word, sentence) => {
    const start = text.indexOf(word);
    expect(sentenceAround(text, start, start + word.length)).toBe(sentence);
  });
});
