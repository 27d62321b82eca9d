// The calendar date of a timestamp as its writer wrote it: "2024-03-05T23:40:00-05:00" is 5 March, not the
// 6 March it is in UTC, so dates are read from the text and never through Date (which would shift the zone).
import { certainDate, isoDate } from './dateline';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
// RFC 822 as RSS writes it: "Wed, 17 Jan 2024 07:45:00 +0000" (day name optional, two-digit years allowed).
const RFC_822 = /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s|$)/;

/** ISO YYYY-MM-DD from an ISO timestamp, an RFC 822 date or a written date ("March 5, 2024"); null otherwise. */
export function datePart(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = ISO.exec(raw);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC_822.exec(raw);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.slice(0, 3).toLowerCase()) + 1;
    const year = rfc[3]!.length === 2 ? 2000 + Number(rfc[3]) : Number(rfc[3]);
    if (month > 0) return validDate(year, month, Number(rfc[1]));
  }
  return raw.length <= 80 ? certainDate(raw) : null;
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoDate(year, month, day);
}
