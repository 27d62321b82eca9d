import { describe, expect, it } from 'vitest';
import { typeListsAlike } from '../../../src/extract/mentions/list-kinds';
import type { Mention } from '../../../src/extract/mentions/typed-mentions';

function mentions(text: string, ...named: [string, Mention['type']][]): Mention[] {
  return named.map(([name, type]) => ({ type, name, start: text.indexOf(name), end: text.indexOf(name) + name.length }));
}
const types = (list: Mention[]) => list.map((m) => `${m.type}:${m.name}`);

describe('names listed together', () => {
  it('take the kind of two thirds of the list', () => {
    const text = 'Protests spread to Tromsø, Bodø (in the north), Alta, Harstad, Mo and Narvik.';
    const result = typeListsAlike(mentions(text, ['Tromsø', 'Place'], ['Bodø', 'Institution'], ['Alta', 'Person'], ['Harstad', 'Place'], ['Mo', 'Place'], ['Narvik', 'Place']), text);
    expect(types(result)).toEqual(['Place:Tromsø', 'Place:Bodø', 'Place:Alta', 'Place:Harstad', 'Place:Mo', 'Place:Narvik']);
  });

  it('stay as they are in a list of two, or where no kind has two thirds', () => {
    const text = 'Ana Lind and Alta met. Kenya, Ana Lind, the Lowland Trust and Alta.';
    const input = mentions(text, ['Ana Lind', 'Person'], ['Alta', 'Place']);
    expect(typeListsAlike(input, text)).toEqual(input);
    const second = text.indexOf('Kenya');
    const mixed: Mention[] = [
      { type: 'Country', name: 'Kenya', start: second, end: second + 5 },
      { type: 'Person', name: 'Ana Lind', start: text.indexOf('Ana Lind', second), end: text.indexOf('Ana Lind', second) + 8 },
      { type: 'Institution', name: 'Lowland Trust', start: text.indexOf('Lowland'), end: text.indexOf('Lowland') + 13 },
    ];
    expect(typeListsAlike(mixed, text)).toEqual(mixed);
  });
});
