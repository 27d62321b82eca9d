// A pure function of a string, remembered: names and words come again and again in news. The memory is
// bounded (emptied when full) so that a long-running server does not grow without end.
const MAX_REMEMBERED = 200_000;

export function memoised<T>(compute: (text: string) => T, max = MAX_REMEMBERED): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      value = compute(text);
      if (known.size >= max) known.clear();
      known.set(text, value);
    }
    return value as T;
  };
}
