// Which fields a question asks for below a resolver, read from its selection (fragments included), so that a
// read can bring along what will be asked for next instead of another round trip.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields of these selection sets, through inline fragments and fragment spreads. */
function fieldsOf(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[]): FieldNode[] {
  return sets.flatMap((set) =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
      return inner ? fieldsOf(info, [inner]) : [];
    }),
  );
}

/** The names of the fields selected at `path` below the resolver's field (e.g. ['edges', 'node'] of a connection). */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(info, sets).flatMap((field) => (field.name.value === name && field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(info, sets).map((field) => field.name.value));
}
