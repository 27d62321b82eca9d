import { describe, expect, it } from 'vitest';
import { speakerContext } from '../../../src/extract/statements/context';
import { findQuoteSpans } from '../../../src/extract/statements/quote-spans';
import { speakerCandidates } from '../../../src/extract/statements/speaker-candidates';

describe('speaker candidates', () => {
  const text = 'The senator spoke first. “We will win this vote,” she told Ana Lind of the Daily Ledger.';
  const at = (word: string) => text.indexOf(word);
  const mentions = [
    { entityId: 'p1', type: 'Person' as const, start: at('Ana Lind'), end: at('Ana Lind') + 8 },
    { entityId: 'o1', type: 'Institution' as const, start: at('Daily Ledger'), end: at('Daily Ledger') + 12 },
  ];
  const quotes = findQuoteSpans(text);
  const candidates = speakerCandidates(quotes[0]!, speakerContext(text, quotes, mentions));

  it('offers the names, pronouns and descriptions of the attribution, and no one last', () => {
    expect(candidates.map((c) => [c.kind, text.slice(c.start, c.end)])).toEqual([
      ['pronoun', 'she'],
      ['Person', 'Ana Lind'],
      ['Institution', 'Daily Ledger'],
      ['none', ''],
    ]);
  });

  it('describes each by its side, distance and the speech verb between', () => {
    const [she, lind] = candidates;
    expect(she!.features).toContain('k=pron-she|A');
    expect(she!.features).toContain('nextsv=true|pron-she|A');
    expect(lind!.features).toContain('sv=true|Person|A');
    expect(lind!.features).toContain('verb=after|Person|A');
  });
});
