// How many of a parent's items a connection field fetches, read off the query as it would arrive.
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { offsetToCursor, resolveArrayConnection } from '@pothos/plugin-relay';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsNeeded, pageConnection } from '../../src/schema/pagination';

/** The resolve info of the first field inside the query's first field (`{ parent { field … } }`). */
function infoOf(query: string): GraphQLResolveInfo {
  const [operation, ...fragments] = parse(query).definitions as [OperationDefinitionNode, ...FragmentDefinitionNode[]];
  const parent = operation.selectionSet.selections[0] as FieldNode;
  const field = parent.selectionSet!.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD)!;
  return { fieldNodes: [field], fragments: Object.fromEntries(fragments.map((fragment) => [fragment.name.value, fragment])) } as unknown as GraphQLResolveInfo;
}

describe('itemsNeeded', () => {
  it('fetches none for a count alone, also inside inline fragments', () => {
    expect(itemsNeeded({}, infoOf('{ p { statements { totalCount } } }'), 100)).toBe(0);
    expect(itemsNeeded({ first: 5 }, infoOf('{ p { statements(first: 5) { __typename ... on StatementConnection { totalCount } } } }'), 100)).toBe(0);
  });

  it('fetches up to the end of the page and one more, from the start or after a cursor', () => {
    expect(itemsNeeded({}, infoOf('{ p { statements { edges { node { id } } } } }'), 100)).toBe(21);
    expect(itemsNeeded({ first: 5 }, infoOf('{ p { statements(first: 5) { totalCount edges { cursor } } } }'), 100)).toBe(6);
    expect(itemsNeeded({ first: 5, after: offsetToCursor(9) }, infoOf('{ p { statements { pageInfo { hasNextPage } } } }'), 100)).toBe(16);
    expect(itemsNeeded({ first: 0 }, infoOf('{ p { statements { edges { cursor } } } }'), 100)).toBe(1);
  });

  it('fetches everything for `last` counted from the end, and up to the cursor with `before`', () => {
    expect(itemsNeeded({ last: 3 }, infoOf('{ p { statements { edges { cursor } } } }'), 100)).toBe(Number.MAX_SAFE_INTEGER);
    expect(itemsNeeded({ last: 3, before: offsetToCursor(10) }, infoOf('{ p { statements { edges { cursor } } } }'), 100)).toBe(11);
  });

  it('reads fragment spreads: a count there fetches none, edges there fetch the page', () => {
    expect(itemsNeeded({}, infoOf('{ p { statements { ...Counted } } } fragment Counted on StatementConnection { totalCount }'), 100)).toBe(0);
    expect(itemsNeeded({}, infoOf('{ p { statements { totalCount ...Listed } } } fragment Listed on StatementConnection { edges { cursor } }'), 100)).toBe(21);
  });
});

describe('pageConnection', () => {
  it("gives Pothos' array connection (edges, cursors, page info) for any page of any list", async () => {
    const size = fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined });
    const cursor = fc.option(fc.integer({ min: -1, max: 1_200 }).map(offsetToCursor), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1_100 }), fc.record({ first: size, last: size, after: cursor, before: cursor }), async (length, args) => {
        const items = Array.from({ length }, (_, i) => ({ i }));
        const theirs = (() => {
          try {
            return resolveArrayConnection({ args, defaultSize: 20, maxSize: 30 }, items);
          } catch (error) {
            return (error as Error).message;
          }
        })();
        const mine = (() => {
          try {
            return pageConnection(args, { items, total: 7 }, 30);
          } catch (error) {
            return (error as Error).message;
          }
        })();
        if (typeof theirs === 'string' || typeof mine === 'string') return expect(mine).toEqual(theirs);
        expect({ edges: mine.edges, pageInfo: mine.pageInfo }).toEqual({ edges: theirs.edges, pageInfo: theirs.pageInfo });
        expect(await mine.totalCount()).toBe(7);
      }),
      { numRuns: 500 },
    );
  });
});
