import { GraphQLError } from 'graphql';
import { builder } from './builder';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

builder.scalarType('Date', {
  description: 'A calendar date, written YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      throw new GraphQLError(`Date must be a YYYY-MM-DD calendar date, got ${JSON.stringify(value)}`);
    }
    return value;
  },
});
