// Averaged structured perceptron for the linear-chain tagger (Collins, 2002): decode, and where the best
// sequence differs from the gold one, move weights toward the gold features and away from the predicted.
// Averaging uses the usual trick: keep the sum of step-weighted updates, subtract it once at the end.
import { emissionScores, T, viterbi } from '../src/extract/mentions/tagger/linear-chain';

export interface Sequence {
  ids: Int32Array[];
  gold: number[];
}

export class PerceptronTrainer {
  readonly weights: Float64Array;
  private readonly stepSums: Float64Array;
  readonly transitions = new Float64Array((T + 1) * T);
  private readonly transitionSums = new Float64Array((T + 1) * T);
  private step = 1;

  constructor(readonly featureCount: number) {
    this.weights = new Float64Array(featureCount * T);
    this.stepSums = new Float64Array(featureCount * T);
  }

  predict(ids: Int32Array[]): number[] {
    return viterbi(emissionScores(ids, this.weights), ids.length, this.transitions);
  }

  /** One example: returns whether the prediction was already right. */
  learn({ ids, gold }: Sequence): boolean {
    const predicted = this.predict(ids);
    let right = true;
    for (let i = 0; i < ids.length; i += 1) {
      const g = gold[i]!;
      const p = predicted[i]!;
      const gPrev = i === 0 ? T : gold[i - 1]!;
      const pPrev = i === 0 ? T : predicted[i - 1]!;
      if (g !== p) {
        right = false;
        for (const id of ids[i]!) {
          this.bump(this.weights, this.stepSums, id * T + g, 1);
          this.bump(this.weights, this.stepSums, id * T + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.transitions, this.transitionSums, gPrev * T + g, 1);
        this.bump(this.transitions, this.transitionSums, pPrev * T + p, -1);
      }
    }
    this.step += 1;
    return right;
  }

  private bump(values: Float64Array, sums: Float64Array, k: number, by: number) {
    values[k] = values[k]! + by;
    sums[k] = sums[k]! + by * this.step;
  }

  /** The averaged weights and transitions. */
  averaged(): { weights: Float64Array; transitions: Float64Array } {
    const average = (values: Float64Array, sums: Float64Array) => values.map((v, k) => v - sums[k]! / this.step);
    return { weights: average(this.weights, this.stepSums), transitions: average(this.transitions, this.transitionSums) };
  }
}

/** Deterministic shuffles (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
