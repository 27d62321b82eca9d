import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates/resolve-dates';

const first = (text: string, reference: string | null, last: string | null = null) => {
  const [date] = findDates(text, reference, last);
  return date ? { start: date.start, end: date.end, precision: date.precision } : null;
};

describe('findDates', () => {
  it.each([
    ['on January 2, crowds gathered', '2022-01-06', { start: '2022-01-02', end: '2022-01-02', precision: 'day' }],
    ['Wednesday night, 5-6 January', '2022-01-07', { start: '2022-01-05', end: '2022-01-05', precision: 'day' }],
    ['at the end of October', '2022-11-20', { start: '2022-10-31', end: '2022-10-31', precision: 'day' }],
    ['in June 2019', null, { start: '2019-06-01', end: '2019-06-30', precision: 'month' }],
    ['on 16 to 17 November', '2022-11-17', { start: '2022-11-16', end: '2022-11-17', precision: 'day' }],
    ['on Sunday, November 20', '2022-11-21', { start: '2022-11-20', end: '2022-11-20', precision: 'day' }],
  ])('%s (article of %s)', (text, reference, expected) => {
    const found = findDates(text, reference, null).sort((a, b) => (a.precision === 'day' ? -1 : 1) - (b.precision === 'day' ? -1 : 1) || b.text.length - a.text.length)[0];
    expect(found && { start: found.start, end: found.end, precision: found.precision }).toEqual(expected);
  });

  it('reads relative dates against the last date told', () => {
    expect(first('Two days later, the protests spread', '2022-01-06', '2022-01-02')?.start).toBe('2022-01-04');
  });

  it('invents nothing without a reference', () => {
    expect(findDates('since last year, on Monday, in March', null, null)).toEqual([]);
  });

  it('takes a length of time for no day, and "ago" for one', () => {
    expect(findDates('a ceasefire after two days of fighting, within a week of the vote', '2022-09-17', null)).toEqual([]);
    expect(findDates('two days ago', '2022-09-17', null).map((d) => d.start)).toEqual(['2022-09-15']);
  });
});
