import { describe, expect, it } from 'vitest';
import { fixSpanEdges } from '../../../src/extract/mentions/span-edges';
import type { TaggedSpan } from '../../../src/extract/mentions/tagger';

const span = (text: string, words: string, kind: TaggedSpan['kind']): TaggedSpan => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, kind });
const names = (text: string, spans: TaggedSpan[]) => fixSpanEdges(spans, text).map((s) => text.slice(s.start, s.end));

describe('the edges of a tagged name', () => {
  it('drop a lower-case everyday word at either end', () => {
    const text = 'The opposition Party of Socialists boycotted it.';
    expect(names(text, [span(text, 'opposition Party of Socialists', 'ORG')])).toEqual(['Party of Socialists']);
  });

  it('leave a title out of a person’s name', () => {
    const text = 'said Ms. Lena Holm and Sen. Ann Cole of the Senate.';
    expect(names(text, [span(text, 'Ms. Lena Holm', 'PER'), span(text, 'Sen. Ann Cole', 'PER')])).toEqual(['Lena Holm', 'Ann Cole']);
  });

  it('end a place’s name at its possessive', () => {
    const text = 'Peru’s Congress and the People’s Party voted.';
    expect(names(text, [span(text, 'Peru’s Congress', 'ORG'), span(text, 'People’s Party', 'ORG')])).toEqual(['Peru', 'Congress', 'People’s Party']);
  });

  it('run on through a body’s complement after its head', () => {
    const text = 'said Helga Brandt of the Kiel Institute for the World Economy. The Bank of Norland agreed.';
    expect(names(text, [span(text, 'Kiel Institute', 'ORG'), span(text, 'World Economy', 'MISC'), span(text, 'Bank', 'ORG'), span(text, 'Norland', 'LOC')])).toEqual([
      'Kiel Institute for the World Economy',
      'Bank of Norland',
    ]);
  });

  it('leave a name whose last word is no body’s head', () => {
    const text = 'Lena Holm of the Green Party spoke.';
    expect(names(text, [span(text, 'Lena Holm', 'PER'), span(text, 'Green Party', 'ORG')])).toEqual(['Lena Holm', 'Green Party']);
  });
});
