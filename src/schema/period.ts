import { GraphQLError } from 'graphql';
import { builder } from './builder';
import { isIsoDate } from './scalars';

export const periodInput = builder.inputType('PeriodInput', {
  description: 'A span of time: a month ("2022-01"), a year ("2022"), or from/to dates (either may be left open).',
  fields: (t) => ({
    month: t.string({ required: false, description: 'A month written YYYY-MM, or a year written YYYY.' }),
    from: t.field({ type: 'Date', required: false, description: 'First day included.' }),
    to: t.field({ type: 'Date', required: false, description: 'Last day included.' }),
  }),
});

export interface DateRange {
  from: string | null;
  to: string | null;
}

/** A period argument as an inclusive date range; a bad month is a GraphQL error naming it. */
export function toDateRange(period: { month?: string | null; from?: string | null; to?: string | null } | null | undefined): DateRange {
  if (!period) return { from: null, to: null };
  if (period.month) {
    if (period.from || period.to) throw new GraphQLError('Give either `month` or `from`/`to` in a period, not both.');
    return monthRange(period.month);
  }
  const range = { from: period.from ?? null, to: period.to ?? null };
  if (range.from && range.to && range.from > range.to) throw new GraphQLError(`The period starts (${range.from}) after it ends (${range.to}).`);
  return range;
}

function monthRange(month: string): DateRange {
  if (/^\d{4}$/.test(month)) return { from: `${month}-01-01`, to: `${month}-12-31` };
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match || !isIsoDate(`${month}-01`)) throw new GraphQLError(`month must be YYYY-MM or YYYY, got ${JSON.stringify(month)}`);
  const lastDay = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}
