// Which fields a question asks for below a resolver, read from its selection (fragments included), so that a
// read can bring along what will be asked for next instead of another round trip.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function collect(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], name: string | null, into: SelectionSetNode[] | Set<string>): void {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (name === null) (into as Set<string>).add(selection.name.value);
        else if (selection.name.value === name && selection.selectionSet) (into as SelectionSetNode[]).push(selection.selectionSet);
      } else {
        const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
        if (inner) collect(info, [inner], name, into);
      }
    }
  }
}

/** The names of the fields selected at `path` below the resolver's field (e.g. ['edges', 'node'] of a connection). */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    collect(info, sets, name, next);
    sets = next;
  }
  const names = new Set<string>();
  collect(info, sets, null, names);
  return names;
}
