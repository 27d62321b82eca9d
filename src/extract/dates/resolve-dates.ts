// Dates in a sentence, resolved against the article's date (chrono-node): "on January 2", "5-6 January",
// "at the end of October", "in June 2019"; relative ones ("two days later") against the last date told.
// English only: the package's entry point loads every language's parsers (about 0.1 s at each thread's start).
import * as en from 'chrono-node/en';

export type DatePrecision = 'day' | 'month' | 'year';

export interface FoundDate {
  start: string;
  end: string;
  precision: DatePrecision;
  index: number;
  text: string;
}

const RELATIVE = /\b(?:later|earlier|before|after|afterwards|following|previous|next)\b/i;
const iso = (date: Date) => date.toISOString().slice(0, 10);

function toFound(result: en.ParsedResult, hasReference: boolean): FoundDate | null {
  const { start } = result;
  // A weekday alone ("on Saturday") is the latest such day before the article's date.
  const weekday = hasReference && start.isCertain('weekday');
  const precision: DatePrecision | null = start.isCertain('day') || weekday ? 'day' : start.isCertain('month') ? 'month' : start.isCertain('year') ? 'year' : null;
  if (!precision) return null; // "on Sunday" alone: a weekday without a date
  const startDate = start.date();
  let endDate = result.end?.date() ?? startDate;
  if (!result.end && precision !== 'day') {
    const to = new Date(startDate);
    if (precision === 'month') to.setUTCMonth(to.getUTCMonth() + 1, 0);
    else to.setUTCFullYear(to.getUTCFullYear(), 11, 31);
    endDate = to;
  }
  if (precision === 'month') startDate.setUTCDate(1);
  return { start: iso(startDate), end: iso(endDate), precision, index: result.index, text: result.text };
}

const DURATION = /^(?:after|for|within|in|over|during)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:days?|weeks?|months?|years?|hours?)$/i;

/** Dates written in `text`; `reference` is the article date, `last` the latest date the article told before. */
export function findDates(text: string, reference: string | null, last: string | null): FoundDate[] {
  if (!reference && !last) {
    // Without a reference, only dates that write their year out are known ("last year" is not).
    return en.GB.parse(text, { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 }).filter((r) => r.start.isCertain('year') && /\b\d{4}\b/.test(r.text)).map((r) => toFound(r, false)).filter((d): d is FoundDate => d !== null);
  }
  const anchor = RELATIVE.test(text) && last ? last : (reference ?? last)!;
  const instant = new Date(`${anchor}T12:00:00Z`);
  const found: FoundDate[] = [];
  for (const result of en.GB.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    // "after two days of fighting", "within a week": a length of time, not a day (chrono counts it from today).
    if (DURATION.test(result.text)) continue;
    // "November 20" read by the day-first parser as a month and a year: ask the month-first one.
    const retry = !result.start.isCertain('day') ? en.parse(result.text, { instant, timezone: 0 }, { forwardDate: false })[0] : undefined;
    const date = toFound(retry?.start.isCertain('day') ? ({ ...retry, index: result.index } as en.ParsedResult) : result, true);
    if (date) found.push(date);
  }
  return found;
}
