// The committed weights of the mention tagger: gzip'd JSON, one linear-chain model per pass, weights as int16.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { committedModelPath } from '../../models/model-path';
import { FeatureTable } from './feature-table';
import { TAGS } from './labels';
import { T } from './linear-chain';

export const MODEL_FORMAT = 'newsgraph-mention-tagger/1';
export const MODEL_FILE = 'models/mention-tagger.json.gz';

export interface StoredPass {
  features: string[];
  /** Weights are `int16 * scale`, row-major (feature × tag). */
  scale: number;
  weights: string;
  transitions: number[];
}

export interface StoredModel {
  format: string;
  tags: string[];
  passes: StoredPass[];
  /** What it was trained on and how it scored, printed by the training script. */
  trainedOn: Record<string, unknown>;
}

/**
 * The passes of a tagger over one feature table: a feature is hashed once and read by every pass. Each
 * feature's row holds every pass's scores side by side (pass p's tag t at `row * width + p * T + t`), so
 * that one look-up of a context feature scores it for both passes from one place in memory.
 */
export interface TaggerModel {
  index: FeatureTable;
  weights: Float32Array;
  /** Scores per feature row: passes × tags. */
  width: number;
  /** Each pass's tag-to-tag transitions. */
  transitions: Float32Array[];
}

/** The project's model file. */
export const defaultModelPath = (): string => committedModelPath(MODEL_FILE, "the mention tagger's weights");

export function readModel(path: string): TaggerModel {
  const stored = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as StoredModel;
  if (stored.format !== MODEL_FORMAT || stored.tags.join() !== TAGS.join()) throw new Error(`${path} is not a mention tagger of format ${MODEL_FORMAT}`);
  return buildModel(
    stored.passes.map((pass) => {
      const raw = Buffer.from(pass.weights, 'base64');
      const quantised = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
      if (quantised.length !== pass.features.length * T) throw new Error(`${path}: weights do not match the features`);
      return { features: pass.features, weights: quantised, scale: pass.scale, transitions: pass.transitions };
    }),
  );
}

/** Passes with feature lists of their own, laid out over the union of their features. */
export function buildModel(passes: { features: readonly string[]; weights: ArrayLike<number>; scale?: number; transitions: ArrayLike<number> }[]): TaggerModel {
  const ids = new Map<string, number>();
  for (const pass of passes) for (const feature of pass.features) if (!ids.has(feature)) ids.set(feature, ids.size);
  const width = passes.length * T;
  const laid = new Float32Array(ids.size * width);
  passes.forEach(({ features, weights, scale = 1 }, p) => {
    features.forEach((feature, own) => {
      const row = ids.get(feature)! * width + p * T;
      for (let t = 0; t < T; t += 1) laid[row + t] = weights[own * T + t]! * scale;
    });
  });
  return { index: new FeatureTable([...ids.keys()]), weights: laid, width, transitions: passes.map((pass) => Float32Array.from(pass.transitions)) };
}

/** Stores passes given as float weights, quantised to int16 (features whose weights all round to 0 are left out). */
export function storePass(features: string[], weights: Float64Array, transitions: Float64Array): StoredPass {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const kept: string[] = [];
  const rows: number[] = [];
  features.forEach((feature, id) => {
    let any = false;
    for (let t = 0; t < T; t += 1) if (Math.round(weights[id * T + t]! / scale) !== 0) any = true;
    if (!any) return;
    kept.push(feature);
    for (let t = 0; t < T; t += 1) rows.push(Math.round(weights[id * T + t]! / scale));
  });
  const quantised = Int16Array.from(rows);
  return { features: kept, scale, weights: Buffer.from(quantised.buffer).toString('base64'), transitions: Array.from(transitions, (x) => Number(x.toFixed(4))) };
}
