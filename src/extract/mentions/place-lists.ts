// Names of unknown kind listed among places ("Lyon, Lille (in the north), Roubaix (nearby)") are places.
import type { RawMention } from './classify';

// Between two items of a list: a comma or "and"/"or", perhaps after a bracketed aside.
const LIST_GAP = /^\s*(?:\([^()]{0,40}\))?\s*(?:,|,?\s+and|,?\s+or)\s*$/;

/** Returns the mentions with list members of unknown kind typed as places; `mentions` must be in text order. */
export function typePlaceLists(mentions: RawMention[], text: string): RawMention[] {
  // Unchanged mentions stay the same objects (a person's title points at its holder by reference).
  const result = [...mentions];
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < result.length; i += 1) {
      const mention = result[i]!;
      if (mention.type !== 'Unknown') continue;
      const neighbours = [result[i - 1], result[i + 1]].filter((other): other is RawMention => Boolean(other));
      const listedWithPlace = neighbours.some((other) => {
        const gap = other.end <= mention.start ? text.slice(other.end, mention.start) : text.slice(mention.end, other.start);
        return other.type === 'Place' && LIST_GAP.test(gap);
      });
      if (listedWithPlace) {
        result[i] = { ...mention, type: 'Place', country: null };
        changed = true;
      }
    }
  }
  return result;
}
