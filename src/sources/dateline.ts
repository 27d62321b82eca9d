// Datelines at the head of an article body, in the usual wire and web styles, and stand-alone date lines.
// English only: the package's entry point loads every language's parsers.
import * as en from 'chrono-node/en';
import { SENTENCE_OPENERS } from '../extract/lexicon/function-words';

export interface Dateline {
  place: string | null;
  /** ISO date, or null when the dateline gives no year (never guessed). */
  date: string | null;
  /** Characters the dateline takes at the start of the text, separator included. */
  length: number;
  /** Characters the place name takes at the start of the text, as written. */
  placeLength: number;
}

const LETTER = 'A-Za-z\\u00C0-\\u024F';
// A place name: one to four capitalised words ("Paris", "NEW YORK", "Port-au-Prince"), optionally ", Region".
const PLACE = `[A-Z][${LETTER}.'’\\-]*(?:\\s[A-Z][${LETTER}.'’\\-]*){0,3}(?:,\\s[A-Z][${LETTER}.]*(?:\\s[A-Z][${LETTER}.]*)?)?`;
const SEPARATOR = '\\s*(?:[-–—:]+\\s*|\\s)';
// The same in capitals only ("NEW YORK"), for datelines that have nothing else to tell them from a sentence.
const CAPITALS_PLACE = `[A-Z][A-Z.'’\\-]+(?:\\s[A-Z][A-Z.'’\\-]+){0,3}`;
// "Jan 7", "March 3, 2023", "3 March".
const MONTH_DAY = '(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?)(?:,?\\s+\\d{4})?';

const DATELINE_STYLES: RegExp[] = [
  // Paris 21.11.2022 / Paris, 21/11/2022 / LONDON 1996-08-30
  new RegExp(`^(${PLACE}),?\\s+(\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{4}-\\d{2}-\\d{2})(?=[\\s:–—-])${SEPARATOR}`),
  // KYIV, Jan 7 (Reuters) - / WASHINGTON (AP) — / PARIS, March 3, 2023 (AFP) –
  new RegExp(`^(${PLACE})(?:,\\s*(${MONTH_DAY}))?\\s*\\(([A-Z][\\w .&-]{1,40})\\)\\s*[-–—]+\\s*`),
  // SEOUL — / NEW YORK, March 3 — / SEOUL, South Korea — : a place in capitals, a dash, no agency
  new RegExp(`^(${CAPITALS_PLACE})(?:,\\s[A-Z][${LETTER}.]*(?:\\s[A-Z][${LETTER}.]*)?)?(?:,\\s*(${MONTH_DAY}))?\\s*(?:—|–|--)\\s+`),
];

/** The dateline at the very start of `text`, or null. */
export function parseDateline(text: string): Dateline | null {
  for (const style of DATELINE_STYLES) {
    const match = style.exec(text);
    if (!match || SENTENCE_OPENERS.has(match[1]!.split(/\s/)[0]!)) continue;
    const place = normalisePlace(match[1]!);
    return { place, date: match[2] ? certainDate(match[2]) : null, length: match[0].length, placeLength: match[1]!.replace(/,$/, '').length };
  }
  return null;
}

// "NEW YORK" → "New York"; mixed case is kept as written.
function normalisePlace(raw: string): string {
  const place = raw.replace(/,$/, '').trim();
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** A calendar date written in `text` with day, month and year all stated, as ISO; otherwise null. */
export function certainDate(text: string): string | null {
  const [result] = en.GB.parse(text);
  if (!result) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return isoDate(start.get('year')!, start.get('month')!, start.get('day')!);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_LINE_PREFIX = /^(?:(?:first\s+)?published|updated|posted|date|last updated)(?:\s+on)?\s*:?\s*/i;

/** A line that only states a date ("Published: 5 March 2023", "March 5, 2023"), as ISO; otherwise null. */
export function dateLine(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 80) return null;
  const rest = trimmed.replace(DATE_LINE_PREFIX, '');
  const [result] = en.GB.parse(rest);
  // The date must be the whole line (a time or zone may follow), not a date inside a sentence.
  if (!result || result.index > 3 || result.text.length < rest.length * 0.6) return null;
  return certainDate(result.text);
}
