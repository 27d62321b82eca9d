// Names listed together are mostly of one kind ("Tromsø, Bodø (in the north), Alta and Narvik"): in a list of
// three names or more, one of another kind than two thirds of the others takes theirs.
import type { EntityType, Mention } from './typed-mentions';

// Between two items of a list: a comma or "and"/"or", perhaps after a bracketed aside.
const LIST_GAP = /^\s*(?:\([^()]{0,40}\))?\s*(?:,|,?\s+and|,?\s+or)\s*(?:in\s+)?$/;
const kindOf = (type: EntityType) => (type === 'Country' || type === 'Place' ? 'location' : type);

/** `mentions` in text order; returns them with list members retyped (unchanged mentions stay the same objects). */
export function typeListsAlike(mentions: Mention[], text: string): Mention[] {
  const result = [...mentions];
  let first = 0;
  for (let i = 1; i <= result.length; i += 1) {
    const linked = i < result.length && LIST_GAP.test(text.slice(result[i - 1]!.end, result[i]!.start));
    if (linked) continue;
    if (i - first >= 3) retype(result, first, i);
    first = i;
  }
  return result;
}

function retype(mentions: Mention[], first: number, last: number) {
  const counts = new Map<string, number>();
  for (let i = first; i < last; i += 1) counts.set(kindOf(mentions[i]!.type), (counts.get(kindOf(mentions[i]!.type)) ?? 0) + 1);
  const [kind, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  if (count < ((last - first) * 2) / 3) return;
  for (let i = first; i < last; i += 1) {
    const mention = mentions[i]!;
    if (kindOf(mention.type) === kind) continue;
    mentions[i] = kind === 'location' ? { ...mention, type: 'Place', country: null } : { ...mention, type: kind as EntityType };
  }
}
