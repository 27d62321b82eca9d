// An entity's timeline as the chart draws it: the API counts only months with something in them.

export interface TimelineBucket {
  month: string;
  articles: number;
  statements: number;
  events: number;
}

/** Every month from the first to the last, the ones without counts as zeros: a gap is a quiet month, not none. */
export function everyMonth(buckets: readonly TimelineBucket[]): TimelineBucket[] {
  const known = new Map(buckets.map((bucket) => [bucket.month, bucket]));
  const months = [...known.keys()].filter((month) => /^\d{4}-\d{2}$/.test(month)).sort();
  if (months.length === 0) return [...buckets];
  const out: TimelineBucket[] = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  for (let key = months[0]!; key <= months.at(-1)!; key = `${year}-${String(month).padStart(2, '0')}`) {
    out.push(known.get(key) ?? { month: key, articles: 0, statements: 0, events: 0 });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}
