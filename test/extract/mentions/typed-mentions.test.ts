import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from '../../../src/extract/mentions/tagger';
import { typedMentions } from '../../../src/extract/mentions/typed-mentions';

/** Spans for the given words of the text, each with its kind. */
function spans(text: string, ...named: [string, TaggedSpan['kind']][]): TaggedSpan[] {
  return named.map(([words, kind]) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, kind }));
}

const typed = (text: string, ...named: [string, TaggedSpan['kind']][]) => typedMentions(spans(text, ...named), text).map((m) => `${m.type}:${m.name}${m.country ? `@${m.country}` : ''}`);

describe('the tagger’s kinds as the graph’s types', () => {
  it.each([
    ['Ana Lind met the Lowland Trust in Nairobi.', [['Ana Lind', 'PER'], ['Lowland Trust', 'ORG'], ['Nairobi', 'LOC']], ['Person:Ana Lind', 'Institution:Lowland Trust', 'Place:Nairobi@KE']],
    ['Talks in the U.S. and in Kenya.', [['U.S.', 'LOC'], ['Kenya', 'LOC']], ['Country:United States@US', 'Country:Kenya@KE']],
    ['Polish and Kremlin-backed groups met West Indian fans.', [['Polish', 'MISC'], ['Kremlin-backed', 'MISC'], ['West Indian', 'MISC']], ['Country:Poland@PL']],
    ['Norwegian troops left.', [['Norwegian', 'MISC']], ['Country:Norway@NO']],
    ['Before the Soviet Union fell, the Ottoman Empire had gone.', [['Soviet Union', 'LOC'], ['Ottoman Empire', 'LOC']], ['Country:Soviet Union', 'Country:Ottoman Empire']],
  ] as const)('%s', (text, named, expected) => {
    expect(typed(text, ...(named as unknown as [string, TaggedSpan['kind']][]))).toEqual(expected);
  });

  it('leaves out gatherings, documents, unit acronyms and compounds of names', () => {
    const text = 'At the Lowland Economic Forum, under the Nile Basin Treaty, LPG prices and EU-West Africa trade rose.';
    expect(typed(text, ['Lowland Economic Forum', 'ORG'], ['Nile Basin Treaty', 'ORG'], ['LPG', 'ORG'], ['EU-West Africa', 'ORG'])).toEqual([]);
  });
});
