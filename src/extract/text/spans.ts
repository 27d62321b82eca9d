// Binary search over items sorted by `start`, so per-position look-ups stay logarithmic in long articles.
export interface Span {
  start: number;
  end: number;
}

/** Index of the first item whose start is at or after `position`. */
export function lowerBound(items: readonly Span[], position: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Items lying wholly within [from, to), in order. */
export function within<T extends Span>(items: readonly T[], from: number, to: number): T[] {
  const found: T[] = [];
  for (let i = lowerBound(items, from); i < items.length && items[i]!.start < to; i += 1) {
    if (items[i]!.end <= to) found.push(items[i]!);
  }
  return found;
}

/** Whether `position` falls inside one of the (non-overlapping, sorted) spans. */
export function insideAny(spans: readonly Span[], position: number): boolean {
  const i = lowerBound(spans, position + 1) - 1;
  return i >= 0 && position < spans[i]!.end;
}
