import { describe, expect, it } from 'vitest';
import { everyMonth } from '../../../web/explore/months';

const bucket = (month: string, statements = 1) => ({ month, articles: 1, statements, events: 0 });

describe('everyMonth', () => {
  it('fills the quiet months between the first and the last with zeros, across a year end', () => {
    const months = everyMonth([bucket('2022-11', 2), bucket('2023-02', 3)]);
    expect(months.map((b) => b.month)).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    expect(months.map((b) => b.statements)).toEqual([2, 0, 0, 3]);
  });

  it('keeps a single month and an empty timeline as they are, in order', () => {
    expect(everyMonth([bucket('2022-01')]).map((b) => b.month)).toEqual(['2022-01']);
    expect(everyMonth([])).toEqual([]);
    expect(everyMonth([bucket('2022-03'), bucket('2022-01')]).map((b) => b.month)).toEqual(['2022-01', '2022-02', '2022-03']);
  });
});
