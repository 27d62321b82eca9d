// Imports every type file, then builds the schema. Nothing is defined here.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './period';
import './article';
import './refs';
import './evidence';
import './entity';
import './event';
import './statement';
import './article-mutations';
import './explore';
import './subscriptions';

export const schema = builder.toSchema();

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
