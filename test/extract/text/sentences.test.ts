import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/extract/text/sentences';

const sentencesOf = (text: string) => analyseText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('analyseText: sentences', () => {
  it.each([
    ['Dr. Smith arrived. He spoke.', ['Dr. Smith arrived.', 'He spoke.']],
    ['The U.S. said so. Then it left.', ['The U.S. said so.', 'Then it left.']],
    ['“We will stay.” The crowd cheered.', ['“We will stay.”', 'The crowd cheered.']],
    ['One line\nanother line', ['One line', 'another line']],
    ['He met J. K. Rowling. It rained.', ['He met J. K. Rowling.', 'It rained.']],
    ['Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('analyseText: tokens', () => {
  it('keeps offsets that point at the token text', () => {
    const text = 'Ex-President Jan Kowalski’s party, the “Unity” bloc, won 43.5% in Gdańsk.';
    for (const token of analyseText(text).tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('cuts glued words in two and marks quoted tokens', () => {
    const { tokens } = analyseText('The minister PetrenkoOlena said “the plan works” today.');
    expect(tokens.map((t) => t.text)).toContain('Petrenko');
    expect(tokens.map((t) => t.text)).toContain('Olena');
    expect(tokens.filter((t) => t.quoted).map((t) => t.text)).toEqual(['the', 'plan', 'works']);
  });
});
