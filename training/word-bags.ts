// The scorer's word bags (../shared/eval/score.mjs): text normalised as it does, words counted, and the share of
// one bag found in another (a quotation is found when 70 % of its words are).
export const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export type Bag = Map<string, number>;

export function bag(s: string): Bag {
  const counts: Bag = new Map();
  for (const word of norm(s).split(' ').filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export const size = (b: Bag) => [...b.values()].reduce((a, c) => a + c, 0);

/** How many words of `a` are in `b`, counted with repeats. */
export function overlap(a: Bag, b: Bag): number {
  let n = 0;
  for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0);
  return n;
}
