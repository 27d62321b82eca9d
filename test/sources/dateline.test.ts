import { describe, expect, it } from 'vitest';
import { dateLine, parseDateline } from '../../src/sources/dateline';

describe('parseDateline', () => {
  it.each([
    ['Brussels 21.11.2022 “The European Union takes note', 'Brussels', '2022-11-21', '“The European'],
    ['Brussels, 06/01/2022 - The law-enforcement personnel', 'Brussels', '2022-01-06', 'The law'],
    ['LONDON 1996-08-30 West Indian all-rounder Phil Simmons', 'London', '1996-08-30', 'West Indian'],
    ['KYIV, Jan 7 (Reuters) - Ukraine said on Friday', 'Kyiv', null, 'Ukraine said'],
    ['WASHINGTON (AP) — The Senate voted on Tuesday', 'Washington', null, 'The Senate'],
    ['PARIS, March 3, 2023 (AFP) – France said', 'Paris', '2023-03-03', 'France said'],
    ['NEW YORK, Feb 2 (Reuters) — Stocks fell', 'New York', null, 'Stocks fell'],
    ['SEOUL — Japan and South Korea agreed on Friday', 'Seoul', null, 'Japan and'],
    ['SEOUL, South Korea — The two ministers met', 'Seoul', null, 'The two'],
    ['NEW YORK, March 3, 2023 -- Stocks fell', 'New York', '2023-03-03', 'Stocks fell'],
  ])('reads %j', (text, place, date, rest) => {
    const dateline = parseDateline(text);
    expect(dateline).toMatchObject({ place, date });
    expect(text.slice(dateline!.length)).toMatch(new RegExp(`^${rest}`));
  });

  it.each([
    'The European Union takes note of the results.',
    'Kazakhstan has been engulfed by protests for the fourth day in a row.',
    'Brussels is the capital of Belgium, home to 1.2 million people.',
    'On 21.11.2022 the vote was counted.',
    'Seoul — the capital — voted first.',
  ])('finds none in %j', (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it('never invents a day that does not exist', () => {
    expect(parseDateline('Brussels 31.02.2022 Text')?.date ?? null).toBeNull();
  });
});

describe('dateLine', () => {
  it.each([
    ['Published: 5 March 2023', '2023-03-05'],
    ['March 5, 2023 10:30 GMT', '2023-03-05'],
    ['Updated on 12 January 2021', '2021-01-12'],
    ['Jan 7', null],
    ['The vote took place on 5 March 2023 in the capital after weeks of campaigning.', null],
  ])('%j → %j', (line, expected) => {
    expect(dateLine(line)).toBe(expected);
  });
});
