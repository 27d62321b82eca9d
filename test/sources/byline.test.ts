import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/sources/byline';

describe('parseByline', () => {
  it.each([
    ['Anna van Densky “We are concerned by the violence', 'Anna van Densky'],
    ['Anna van Densky The Collective Security Council approved', 'Anna van Densky'],
    ['By John Smith\nThe ministry said', 'John Smith'],
    ['Maria de la Cruz According to officials, the vote', 'Maria de la Cruz'],
  ])('finds the author in %j', (text, author) => {
    const byline = parseByline(text);
    expect(byline?.author).toBe(author);
    expect(text.slice(byline!.length)).not.toMatch(/^\s/);
  });

  it.each([
    'The EU top diplomat Josep Borrell will travel to Central Asia',
    'Given its geopolitical location, Kazakhstan should pursue',
    'Kazakhstan’s President Kassym-Jomart Tokayev in his televised address',
    'Prime Minister Nikol Pashinyan said on Thursday',
    '“Dozens” of protesters were killed',
    'Josep Borrell will travel to Samarkand',
  ])('finds none in %j', (text) => {
    expect(parseByline(text)).toBeNull();
  });
});
