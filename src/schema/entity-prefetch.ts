// Entities asked for with their statements or events (`node`, `nodes`, a page of `entities`): the entities and
// the first pages of the lists the question selects come in one read, which primes the loaders those fields
// then use. A person with their statements and events is one round trip instead of three; 20 speakers with
// their statement counts one instead of two.
import { getArgumentValues, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { PageKey } from '../../loaders/page-loader';
import type { Context } from '../context';
import { findEntitiesWithLists, type EntityListsWanted, type EntityWithLists } from '../graph/entity-repository';
import type { Page } from '../graph/records';
import { itemsNeededFor } from './pagination';
import { fieldNamesInside, fieldNodesAt } from './selection';

const ENTITY_TYPES = new Set(['Person', 'Institution', 'Country', 'Place']);

/** How many first items each selection of each list needs (see itemsNeeded); empty: the list is not asked for. */
export interface ListsAsked {
  statements: number[];
  events: number[];
}

/**
 * The lists asked of entities selected by these fields (the fields selected on an entity), read from each list
 * field's arguments and sub-selection. A selection whose arguments are out of bounds is left to the field
 * itself, which refuses them.
 */
export function listsAsked(info: GraphQLResolveInfo, entityFields: readonly FieldNode[], maxPageSize: number): ListsAsked {
  const prefixes = (name: 'statements' | 'events') => {
    // Both lists take the same connection arguments wherever they are defined; a person has both.
    const definition = (info.schema.getType('Person') as GraphQLObjectType).getFields()[name]!;
    return entityFields
      .filter((field) => field.name.value === name)
      .flatMap((field) => {
        try {
          return [itemsNeededFor(getArgumentValues(definition, field, info.variableValues), fieldNamesInside(info, field), maxPageSize)];
        } catch {
          return [];
        }
      });
  };
  return { statements: prefixes('statements'), events: prefixes('events') };
}

const largest = (prefixes: number[]) => (prefixes.length ? Math.max(...prefixes) : null);

/** What to read along with the entities for these lists: as many items as the largest page needs. */
export const listsWanted = (asked: ListsAsked): EntityListsWanted => ({ statements: largest(asked.statements), events: largest(asked.events) });

export const asksForLists = (asked: ListsAsked) => asked.statements.length > 0 || asked.events.length > 0;

/** Primes a list's loader for each prefix asked, with the first items of the page that was read. */
function primePages<T>(loader: { prime(key: PageKey, page: Page<T>): unknown }, id: string, prefixes: number[], page: Page<T> | null | undefined): void {
  for (const prefix of prefixes) loader.prime({ id, prefix }, { items: (page?.items ?? []).slice(0, prefix), total: page?.total ?? 0 });
}

/** Gives the lists read along with entities to the loaders their fields use. */
export function primeEntityLists(context: Context, id: string, asked: ListsAsked, row: EntityWithLists | undefined): void {
  primePages(context.loaders.statementsBySpeakerId, id, asked.statements, row?.statements);
  primePages(context.loaders.eventsByEntityId, id, asked.events, row?.events);
}

/** `node`/`nodes`: reads the entities among `globalIds` with the lists the selection asks of them, into the request's loaders. */
export async function prefetchEntities(context: Context, info: GraphQLResolveInfo, globalIds: readonly { typename: string; id: string }[]): Promise<void> {
  const ids = [...new Set(globalIds.filter((global) => ENTITY_TYPES.has(global.typename)).map((global) => global.id))];
  if (ids.length === 0) return;
  const asked = listsAsked(info, fieldNodesAt(info, []), context.limits.maxPageSize);
  // Entities alone: their loader reads them in one query as it is.
  if (!asksForLists(asked)) return;
  const rows = await findEntitiesWithLists(context.graph, ids, listsWanted(asked), context.asked.projection);
  const found = new Map(rows.map((row) => [row.entity.id, row]));
  for (const id of ids) {
    context.loaders.entityById.prime(id, found.get(id)?.entity ?? null);
    primeEntityLists(context, id, asked, found.get(id));
  }
}
