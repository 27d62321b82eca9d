// `node` and `nodes` asked for entities: the entities and the first pages of the lists the question asks of
// them (statements, events) come in one read, which primes the loaders those fields then use. A person with
// their statements and events is one round trip instead of three; 20 speakers with their statement counts one
// instead of two.
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { PageKey } from '../../loaders/page-loader';
import type { Context } from '../context';
import { findEntitiesWithLists } from '../graph/entity-repository';
import type { Page } from '../graph/records';
import { itemsNeededFor } from './pagination';
import { fieldNodesAt, fieldsInside } from './selection';

const ENTITY_TYPES = new Set(['Person', 'Institution', 'Country', 'Place']);

/**
 * How many first items each selection of the list field `name` needs (see itemsNeeded), read from its
 * arguments and sub-selection; none when the field is not asked for. A selection whose arguments are out of
 * bounds is left to the field itself, which refuses them.
 */
function prefixesOf(info: GraphQLResolveInfo, name: 'statements' | 'events', maxPageSize: number): number[] {
  // Both lists take the same connection arguments wherever they are defined; a person has both.
  const definition = (info.schema.getType('Person') as GraphQLObjectType).getFields()[name]!;
  return fieldNodesAt(info, [])
    .filter((field) => field.name.value === name)
    .flatMap((field) => {
      try {
        const asked = new Set(fieldsInside(info, [field]).map((inner) => inner.name.value));
        return [itemsNeededFor(getArgumentValues(definition, field, info.variableValues), asked, maxPageSize)];
      } catch {
        return [];
      }
    });
}

/** Primes a list's loader for each prefix asked, with the first items of the page that was read. */
function primePages<T>(loader: { prime(key: PageKey, page: Page<T>): unknown }, id: string, prefixes: number[], page: Page<T> | null | undefined): void {
  for (const prefix of prefixes) loader.prime({ id, prefix }, { items: (page?.items ?? []).slice(0, prefix), total: page?.total ?? 0 });
}

const largest = (prefixes: number[]) => (prefixes.length ? Math.max(...prefixes) : null);

/** Reads the entities among `globalIds` with the lists the selection asks of them, into the request's loaders. */
export async function prefetchEntities(context: Context, info: GraphQLResolveInfo, globalIds: readonly { typename: string; id: string }[]): Promise<void> {
  const ids = [...new Set(globalIds.filter((global) => ENTITY_TYPES.has(global.typename)).map((global) => global.id))];
  if (ids.length === 0) return;
  const statements = prefixesOf(info, 'statements', context.limits.maxPageSize);
  const events = prefixesOf(info, 'events', context.limits.maxPageSize);
  // Entities alone: their loader reads them in one query as it is.
  if (statements.length === 0 && events.length === 0) return;
  const rows = await findEntitiesWithLists(context.graph, ids, { statements: largest(statements), events: largest(events) }, context.asked.projection);
  const found = new Map(rows.map((row) => [row.entity.id, row]));
  for (const id of ids) {
    const row = found.get(id);
    context.loaders.entityById.prime(id, row?.entity ?? null);
    primePages(context.loaders.statementsBySpeakerId, id, statements, row?.statements);
    primePages(context.loaders.eventsByEntityId, id, events, row?.events);
  }
}
