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
function fieldsInside(info: Fragments, fields: readonly FieldNode[]): FieldNode[] {
  return fieldsOf(info, fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : [])));
}

// A document's field nodes are the same objects for every item of a list and, documents being cached, for
// every request asking the same question: what lies below them is read once. The selection does not depend on
// variables (directives are not evaluated here), and a fragment spread only names fragments of the same document.
const nodesBelow = new WeakMap<readonly FieldNode[], Map<string, readonly FieldNode[]>>();
const namesBelow = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

function remembered<T>(memo: WeakMap<readonly FieldNode[], Map<string, T>>, fields: readonly FieldNode[], path: readonly string[], compute: () => T): T {
  let byPath = memo.get(fields);
  if (!byPath) memo.set(fields, (byPath = new Map()));
  const key = path.join('.');
  let value = byPath.get(key);
  if (value === undefined) byPath.set(key, (value = compute()));
  return value;
}

/** The fields selected at `path` below the resolver's field (e.g. ['edges', 'node'] of a connection). */
export function fieldNodesAt(info: GraphQLResolveInfo, path: readonly string[]): readonly FieldNode[] {
  return remembered(nodesBelow, info.fieldNodes, path, () => {
    let fields: readonly FieldNode[] = info.fieldNodes;
    for (const name of path) fields = fieldsInside(info, fields).filter((field) => field.name.value === name);
    return fieldsInside(info, fields);
  });
}

/** The names of the fields selected at `path` below the resolver's field. */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  return remembered(namesBelow, info.fieldNodes, path, () => new Set(fieldNodesAt(info, path).map((field) => field.name.value)));
}

const namesInside = new WeakMap<FieldNode, ReadonlySet<string>>();

/** The names of the fields selected directly inside one field (through fragments). */
export function fieldNamesInside(info: Fragments, field: FieldNode): ReadonlySet<string> {
  let names = namesInside.get(field);
  if (!names) namesInside.set(field, (names = new Set(fieldsInside(info, [field]).map((inner) => inner.name.value))));
  return names;
}
