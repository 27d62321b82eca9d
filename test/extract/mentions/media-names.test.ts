import { describe, expect, it } from 'vitest';
import { typeMediaNames } from '../../../src/extract/mentions/media-names';
import type { Mention } from '../../../src/extract/mentions/typed-mentions';

const mention = (text: string, name: string, type: Mention['type']): Mention => ({ type, name, start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('names before media words', () => {
  it('are media, with "TV channel" in the name and "agency" left out', () => {
    const text = 'the Rete-7 TV channel said, quoting the AFP and Kyodo agencies and Nord Radio.';
    const result = typeMediaNames([mention(text, 'Rete-7', 'Place'), mention(text, 'Kyodo', 'Person'), mention(text, 'Nord Radio', 'Institution')], text);
    expect(result.map((m) => `${m.type}:${m.name}`)).toEqual(['Institution:Rete-7 TV channel', 'Institution:Kyodo', 'Institution:Nord Radio']);
    expect(result[0]!.alias).toBe('Rete-7');
  });

  it('leave a country before a media word alone', () => {
    const text = 'Kenya television showed it.';
    const kenya: Mention = { type: 'Country', name: 'Kenya', start: 0, end: 5, country: 'KE' };
    expect(typeMediaNames([kenya], text)).toEqual([kenya]);
  });
});
