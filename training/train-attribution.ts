// Trains attribution on PolNeAR train (../shared/eval/dev/polnear-brat/train and polnear-train.gold.json): the
// speaker ranker and the statement classifier; prints their figures on PolNeAR dev, writes models/attribution.json.
// Deterministic: the extractor's own mentions, fixed seeds, fixed epochs.
//
//   npm run train:attribution            (about a minute and a half on one core)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ATTRIBUTION_FILE, ATTRIBUTION_FORMAT, type StoredAttributionModel } from '../src/extract/statements/attribution-model';
import { attributionData } from './attribution-data';
import { classifierFigures, rankerAccuracy, trainClassifier, trainRanker } from './linear-models';

const DEV = resolve(process.env.NEWSGRAPH_DEV_DATA ?? '../shared/eval/dev');
const OUT = resolve(process.env.NEWSGRAPH_ATTRIBUTION_OUT ?? ATTRIBUTION_FILE);
const EPOCHS = Number(process.env.ATTRIBUTION_EPOCHS ?? 10);
const SEED = 2026;

const pct = (x: number) => x.toFixed(3);
const started = Date.now();
const train = await attributionData(DEV, 'train', 'polnear-train.gold.json');
const dev = await attributionData(DEV, 'dev', 'polnear-dev.gold.json');
console.log(`examples: ${train.ranking.length} quotations to attribute, ${train.statements.length} to classify (train); ${dev.ranking.length} and ${dev.statements.length} (dev)`);

const speaker = trainRanker(train.ranking, EPOCHS, SEED);
const statement = trainClassifier(train.statements, EPOCHS, SEED);
const noneOnly = (examples: typeof dev.ranking) => examples.filter((e) => e.right.includes(e.candidates.length - 1)).length / Math.max(1, examples.length);
console.log(`speaker ranker: right candidate ${pct(rankerAccuracy(speaker, train.ranking))} train, ${pct(rankerAccuracy(speaker, dev.ranking))} dev (no one is right in ${pct(noneOnly(dev.ranking))} of dev)`);
const figures = (label: string, f: ReturnType<typeof classifierFigures>) => `${label} precision ${pct(f.precision)} recall ${pct(f.recall)} accuracy ${pct(f.accuracy)}`;
const base = dev.statements.filter((e) => e.positive).length / Math.max(1, dev.statements.length);
console.log(`statement classifier: ${figures('train', classifierFigures(statement, train.statements))}; ${figures('dev', classifierFigures(statement, dev.statements))} (keeping all: precision ${pct(base)})`);

// Cue words: lower-case words written often enough and mostly as the cue of an attribution ("argued", "reports").
const CUE_MIN = 8;
const CUE_SHARE = 0.6;
const cues = [...train.words]
  .filter(([word, { seen, cue }]) => /^\p{Ll}+$/u.test(word) && cue >= CUE_MIN && cue >= CUE_SHARE * seen)
  .map(([word]) => word)
  .sort();
console.log(`cue words: ${cues.length} (a word is one when ${CUE_MIN}+ of its uses and ${CUE_SHARE * 100} % of them are annotated cues)`);

const model: StoredAttributionModel = { format: ATTRIBUTION_FORMAT, speaker, statement, cues };
writeFileSync(OUT, `${JSON.stringify(model, null, 0)}\n`);
console.log(`wrote ${OUT} (${Object.keys(speaker).length} + ${Object.keys(statement).length} weights) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
