// Averaged perceptrons over named features (Collins, 2002; Freund and Schapire, 1999): a ranker that moves
// weights toward the best right candidate and away from a wrong winner, and a binary classifier.
import { seededRandom, shuffle } from './perceptron';

/** Weights with the averaging trick: the sum of step-weighted updates, subtracted once at the end. */
class AveragedWeights {
  private readonly values = new Map<string, number>();
  private readonly stepSums = new Map<string, number>();
  step = 1;

  score(features: readonly string[]): number {
    let total = 0;
    for (const f of features) total += this.values.get(f) ?? 0;
    return total;
  }

  add(features: readonly string[], by: number): void {
    for (const f of features) {
      this.values.set(f, (this.values.get(f) ?? 0) + by);
      this.stepSums.set(f, (this.stepSums.get(f) ?? 0) + by * this.step);
    }
  }

  /** The averaged weights, rounded, zeros left out, names sorted (a byte-identical file for the same data). */
  averaged(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of [...this.values.keys()].sort()) {
      const value = Math.round((this.values.get(name)! - this.stepSums.get(name)! / this.step) * 1e4) / 1e4;
      if (value !== 0) out[name] = value;
    }
    return out;
  }
}

const argmax = (scores: number[]) => scores.reduce((best, s, i) => (s > scores[best]! ? i : best), 0);

export interface Ranked {
  candidates: string[][];
  right: number[];
}

export function trainRanker(examples: Ranked[], epochs: number, seed: number): Record<string, number> {
  const weights = new AveragedWeights();
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const example of shuffle(examples, random)) {
      const scores = example.candidates.map((c) => weights.score(c));
      const predicted = argmax(scores);
      if (!example.right.includes(predicted)) {
        const gold = example.right.reduce((best, i) => (scores[i]! > scores[best]! ? i : best), example.right[0]!);
        weights.add(example.candidates[gold]!, 1);
        weights.add(example.candidates[predicted]!, -1);
      }
      weights.step += 1;
    }
  }
  return weights.averaged();
}

export interface Labelled {
  features: string[];
  positive: boolean;
}

export function trainClassifier(examples: Labelled[], epochs: number, seed: number): Record<string, number> {
  const weights = new AveragedWeights();
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const example of shuffle(examples, random)) {
      const y = example.positive ? 1 : -1;
      if (y * weights.score(example.features) <= 0) weights.add(example.features, y);
      weights.step += 1;
    }
  }
  return weights.averaged();
}

export const scoreWith = (weights: Record<string, number>, features: readonly string[]) => features.reduce((sum, f) => sum + (weights[f] ?? 0), 0);

/** Share of ranking examples whose best-scored candidate is a right one. */
export function rankerAccuracy(weights: Record<string, number>, examples: Ranked[]): number {
  const right = examples.filter((e) => e.right.includes(argmax(e.candidates.map((c) => scoreWith(weights, c))))).length;
  return right / Math.max(1, examples.length);
}

/** Precision, recall and accuracy of a classifier that says yes above zero. */
export function classifierFigures(weights: Record<string, number>, examples: Labelled[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const e of examples) {
    const yes = scoreWith(weights, e.features) > 0;
    if (yes && e.positive) tp += 1;
    if (yes && !e.positive) fp += 1;
    if (!yes && e.positive) fn += 1;
    if (yes === e.positive) right += 1;
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), accuracy: right / Math.max(1, examples.length) };
}
