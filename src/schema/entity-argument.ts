import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { foldName } from '../extract/knowledge/fold';
import type { EntityReference } from '../graph/event-repository';
import { findEntityIdsByKeys } from '../graph/resolution-reads';
import { readGlobalID } from './global-id';
import type { EntityType } from '../graph/records';

const ENTITY_TYPES: EntityType[] = ['Person', 'Institution', 'Country', 'Place'];

/** An argument naming an entity, as a query can look it up: its id if it is a global id, else its name keys. */
export function entityReference(value: string, types: EntityType[] = ENTITY_TYPES): EntityReference {
  const global = readGlobalID(value);
  if (global && (ENTITY_TYPES as string[]).includes(global.typename)) return { id: global.id, keys: null };
  return { id: null, keys: types.map((type) => `${type.toLowerCase()}|${foldName(value)}`) };
}

/**
 * An argument naming an entity: its global id, or a name or alias ("Kazakhstan", "Borrell"), case and
 * accents ignored. A name that fits several entities, or none, is a GraphQL error that says so.
 */
export async function resolveEntityArgument(context: Context, value: string, types: EntityType[] = ENTITY_TYPES): Promise<string> {
  const { id, keys } = entityReference(value, types);
  if (id) return id;
  const found = await findEntityIdsByKeys(context.graph, [...keys!]);
  const ids = [...new Set([...found.values()].flat())];
  if (ids.length === 1) return ids[0]!;
  if (ids.length === 0) throw new GraphQLError(`No ${types.join(' or ').toLowerCase()} is known by the name ${JSON.stringify(value)}.`, { extensions: { code: 'NOT_FOUND' } });
  throw new GraphQLError(`The name ${JSON.stringify(value)} fits ${ids.length} entities; pass one's id instead.`, { extensions: { code: 'AMBIGUOUS' } });
}
