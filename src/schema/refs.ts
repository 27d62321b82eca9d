// References to the GraphQL types that refer to each other (implemented in their own files), and the
// connection types they share.
import type { EntityRecord, EventRecord, StatementRecord } from '../graph/records';
import { builder } from './builder';

export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');
export const EventRef = builder.objectRef<EventRecord>('Event');
export const StatementRef = builder.objectRef<StatementRecord>('Statement');

export const EntityConnection = builder.connectionObject(
  { type: EntityRef, name: 'EntityConnection', description: 'Entities, in pages.' },
  { name: 'EntityEdge', description: 'One entity.' },
);
export const EventConnection = builder.connectionObject(
  { type: EventRef, name: 'EventConnection', description: 'Events, in pages.' },
  { name: 'EventEdge', description: 'One event.' },
);
export const StatementConnection = builder.connectionObject(
  { type: StatementRef, name: 'StatementConnection', description: 'Statements, in pages.' },
  { name: 'StatementEdge', description: 'One statement.' },
);
