// The trained attribution weights (training/train-attribution.ts, committed in models/attribution.json): a ranker
// over speaker candidates, and a classifier of whether a quotation is someone's words at all.
import { readFileSync } from 'node:fs';
import { committedModelPath } from '../models/model-path';

export const ATTRIBUTION_FORMAT = 'newsgraph-attribution/1';
export const ATTRIBUTION_FILE = 'models/attribution.json';

/** As stored: feature name → weight. */
export interface StoredAttributionModel {
  format: string;
  /** Weights of the speaker ranker's features. */
  speaker: Record<string, number>;
  /** Weights of the statement classifier's features; a quotation scoring above zero is a statement. */
  statement: Record<string, number>;
  /** Words that are mostly the cue of an attribution in the training data ("argued", "reports"). */
  cues: string[];
}

export interface AttributionModel {
  speaker: Map<string, number>;
  statement: Map<string, number>;
  cues: ReadonlySet<string>;
}

let loaded: AttributionModel | undefined;

/** The committed model (or the one `NEWSGRAPH_ATTRIBUTION_MODEL` names, for trying a newly trained one). */
export function attributionModel(): AttributionModel {
  if (loaded) return loaded;
  const path = process.env.NEWSGRAPH_ATTRIBUTION_MODEL || committedModelPath(ATTRIBUTION_FILE, 'the attribution weights');
  const stored = JSON.parse(readFileSync(path, 'utf8')) as StoredAttributionModel;
  if (stored.format !== ATTRIBUTION_FORMAT) throw new Error(`${path} is not a ${ATTRIBUTION_FORMAT} model (format ${stored.format})`);
  return (loaded = { speaker: new Map(Object.entries(stored.speaker)), statement: new Map(Object.entries(stored.statement)), cues: new Set(stored.cues) });
}

/** The sum of the weights of the features a model knows. */
export function score(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let total = 0;
  for (const feature of features) total += weights.get(feature) ?? 0;
  return total;
}
