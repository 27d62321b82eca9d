// A linear-chain model: per-tag feature weights and tag-to-tag transitions, decoded with Viterbi under the
// BILOU constraints (no "inside" without a "begin" of the same kind). Shared by the tagger and its trainer.
import { allowed, TAGS } from './labels';

export const T = TAGS.length;

// Predecessors each tag may follow (flat, -1 ends each list) and whether it may open or close a sentence.
const PREDECESSORS: Int32Array = Int32Array.from(
  Array.from({ length: T }, (_, next) => [...Array.from({ length: T }, (_, p) => p).filter((p) => allowed(p, next)), -1]).flat(),
);
const FIRST_OF: Int32Array = (() => {
  const first = new Int32Array(T);
  let k = 0;
  for (let t = 0; t < T; t += 1) {
    first[t] = k;
    while (PREDECESSORS[k] !== -1) k += 1;
    k += 1;
  }
  return first;
})();
const MAY_START: boolean[] = Array.from({ length: T }, (_, tag) => allowed(-1, tag));
const MAY_END: boolean[] = Array.from({ length: T }, (_, tag) => allowed(tag, -1));

// Reused from sentence to sentence (decoding is synchronous), grown for a longer one.
let scoreBuffer = new Float64Array(64 * T);
let backBuffer = new Int32Array(64 * T);

/**
 * Best tag sequence for `n` tokens. `emissions[i * T + t]` scores tag t at token i; `transitions[p * T + t]`
 * scores t after p (row T: after the sentence start).
 */
export function viterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>): number[] {
  if (n === 0) return [];
  if (scoreBuffer.length < n * T) {
    scoreBuffer = new Float64Array(n * T * 2);
    backBuffer = new Int32Array(n * T * 2);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  for (let t = 0; t < T; t += 1) score[t] = MAY_START[t] ? transitions[T * T + t]! + emissions[t]! : -Infinity;
  for (let i = 1; i < n; i += 1) {
    const previous = (i - 1) * T;
    for (let t = 0; t < T; t += 1) {
      let best = -Infinity;
      let arg = 0;
      for (let k = FIRST_OF[t]!; PREDECESSORS[k] !== -1; k += 1) {
        const p = PREDECESSORS[k]!;
        const s = score[previous + p]! + transitions[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  let best = -Infinity;
  for (let t = 0; t < T; t += 1) {
    const s = MAY_END[t] ? score[(n - 1) * T + t]! : -Infinity;
    if (s > best) {
      best = s;
      last = t;
    }
  }
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    tags[i] = last;
    last = back[i * T + last]!;
  }
  return tags;
}

/** Sums the weight rows of each token's features into emission scores. */
export function emissionScores(featureIds: Int32Array[], weights: ArrayLike<number>): Float64Array {
  const emissions = new Float64Array(featureIds.length * T);
  featureIds.forEach((ids, i) => {
    const base = i * T;
    for (const id of ids) {
      const row = id * T;
      for (let t = 0; t < T; t += 1) emissions[base + t]! += weights[row + t]!;
    }
  });
  return emissions;
}
