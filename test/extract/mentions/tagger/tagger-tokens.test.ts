import { describe, expect, it } from 'vitest';
import { taggerSentences } from '../../../../src/extract/mentions/tagger/tagger-tokens';
import { analyseText } from '../../../../src/extract/text/sentences';

const tokensOf = (text: string) => taggerSentences(analyseText(text)).map((sentence) => sentence.map((token) => token.text));

describe('the tagger’s tokens', () => {
  it('cut a possessive off its name and keep an abbreviation’s dot', () => {
    expect(tokensOf("Lena Holm's party met U.S. envoys.")).toEqual([['Lena', 'Holm', "'s", 'party', 'met', 'U.S.', 'envoys', '.']]);
  });

  it('keep offsets into the text', () => {
    const text = 'Talks in the U.K. ended. Ana’s aide left.';
    for (const sentence of taggerSentences(analyseText(text))) for (const token of sentence) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokensOf(text)).toEqual([['Talks', 'in', 'the', 'U.K.', 'ended', '.'], ['Ana', '’s', 'aide', 'left', '.']]);
  });

  it('cut a very long sentence into pieces, after a comma where one is near', () => {
    const text = `${Array.from({ length: 500 }, (_, i) => (i % 50 === 49 ? 'word,' : 'word')).join(' ')}.`;
    const pieces = taggerSentences(analyseText(text));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 300)).toBe(true);
    expect(pieces[0]!.at(-1)!.text).toBe(',');
    expect(pieces.flat()).toHaveLength(analyseText(text).tokens.length);
  });
});
