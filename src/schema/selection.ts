// Which fields a question asks for below a resolver, read from its selection (fragments included), so that a
// read can bring along what will be asked for next instead of another round trip.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Where fragment spreads are looked up. */
type Fragments = Pick<GraphQLResolveInfo, 'fragments'>;

/** The fields of these selection sets, through inline fragments and fragment spreads. */
function fieldsOf(info: Fragments, sets: readonly SelectionSetNode[]): FieldNode[] {
  return sets.flatMap((set) =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
      return inner ? fieldsOf(info, [inner]) : [];
    }),
  );
}

/** The fields selected directly inside these fields (through fragments). */
export function fieldsInside(info: Fragments, fields: readonly FieldNode[]): FieldNode[] {
  return fieldsOf(info, fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : [])));
}

/** The fields selected at `path` below the resolver's field (e.g. ['edges', 'node'] of a connection). */
export function fieldNodesAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) fields = fieldsInside(info, fields).filter((field) => field.name.value === name);
  return fieldsInside(info, fields);
}

/** The names of the fields selected at `path` below the resolver's field. */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  return new Set(fieldNodesAt(info, path).map((field) => field.name.value));
}
