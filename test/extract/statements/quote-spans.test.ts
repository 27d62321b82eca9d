import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/extract/statements/quote-spans';

const quotes = (text: string) => findQuoteSpans(text).map((q) => ({ quote: text.slice(q.start, q.end), group: q.group }));

describe('findQuoteSpans', () => {
  it('finds curly and straight quotes, short ones too (statements keep them only as half of a split quotation)', () => {
    expect(quotes('“We will win this,” she said. He called it "a total disaster for everyone". The “so-called” plan.')).toEqual([
      { quote: 'We will win this', group: 1 },
      { quote: 'a total disaster for everyone', group: 2 },
      { quote: 'so-called', group: 3 },
    ]);
  });

  it('joins a quotation over paragraphs that open with a mark and only the last closes', () => {
    const text = '“First part of the speech goes here.\n\n“Second part of the speech goes here.\n\n“Last part ends here,” he said.';
    const found = quotes(text);
    expect(found.map((q) => q.quote)).toEqual(['First part of the speech goes here.', 'Second part of the speech goes here.', 'Last part ends here']);
    expect(new Set(found.map((q) => q.group)).size).toBe(1);
  });

  it('starts at the paragraph when the opening mark is missing, and reads a misused mark by its place', () => {
    expect(quotes('Nothing will change for years to come,” the analyst said.').map((q) => q.quote)).toEqual(['Nothing will change for years to come']);
    expect(quotes('The plan cannot work without money“, expert Jan Nowak wrote.').map((q) => q.quote)).toEqual(['The plan cannot work without money']);
  });

  it('survives unbalanced marks', () => {
    expect(() => findQuoteSpans('““ ” ” " “ text “ more ” ”” "')).not.toThrow();
    expect(findQuoteSpans('“ never closed at all and goes on and on').map((q) => q.closed)).toEqual([false]);
  });
});
