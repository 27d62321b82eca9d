import { describe, expect, it } from 'vitest';
import { datePart } from '../../src/sources/date-part';

describe('datePart', () => {
  it.each([
    // The date as written, never moved to UTC (which would make these the next or the previous day).
    ['2024-03-05T23:40:00-05:00', '2024-03-05'],
    ['2024-04-12T06:20:00+10:00', '2024-04-12'],
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05 08:00', '2024-03-05'],
    ['Mon, 15 Jan 2024 22:10:00 -0800', '2024-01-15'],
    ['17 Jan 2024 07:45:00 GMT', '2024-01-17'],
    ['Tue, 02 Apr 24 09:00:00 +0200', '2024-04-02'],
    ['March 5, 2024', '2024-03-05'],
    ['2024-02-30T10:00:00Z', null],
    ['next Tuesday-ish', null],
    ['March 5', null],
    ['', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(datePart(raw)).toBe(expected);
  });
});
