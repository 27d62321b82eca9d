// The one Pothos builder. Types live in their own files beside it.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context';
import { prefetchEntities } from './entity-prefetch';
import { decodeGlobalIDOnce } from './global-id';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
  };
  // Every connection can say how many items it has in all; computed only when asked for.
  Connection: { totalCount: () => Promise<number> };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ErrorsPlugin, RelayPlugin],
  errors: { defaultTypes: [] },
  defaultFieldNullability: false,
  relay: {
    decodeGlobalID: decodeGlobalIDOnce,
    nodeQueryOptions: {
      description: 'Fetches any object by its global id; null when there is none.',
      args: { id: { description: 'A global id, as any `id` field returns it.' } },
      resolve: async (_root, args, context, info, resolveNode) => {
        await prefetchEntities(context, info, [args.id]);
        return resolveNode(args.id);
      },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global ids, in order; unknown ids give null.',
      args: { ids: { description: 'Global ids, as `id` fields return them.' } },
      resolve: async (_root, args, context, info, resolveNodes) => {
        await prefetchEntities(context, info, args.ids);
        return resolveNodes(args.ids);
      },
    },
    nodeTypeOptions: { description: 'An object with a global id.' },
    pageInfoTypeOptions: { description: 'Where a page sits in a connection.' },
    idFieldOptions: { description: 'Global id, usable with `node(id:)`.' },
    cursorFieldOptions: { description: 'Opaque cursor of this edge, for `after`/`before`.' },
    defaultConnectionTypeOptions: { description: 'One page of a list, with cursors and the total count.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Cursors and flags for fetching the neighbouring pages.' },
    nodeFieldOptions: { description: 'The item.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
    firstArgOptions: { description: 'Page size counted from the start (or from `after`).' },
    lastArgOptions: { description: 'Page size counted from the end (or from `before`).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
  },
});

builder.queryType({ description: 'Questions over the news knowledge graph.' });
builder.mutationType({ description: 'Adding and removing articles.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, across all pages.',
    nullable: false,
    resolve: (parent) => parent.totalCount(),
  }),
);
