// Trains the mention tagger on CoNLL-2003 train (../shared/eval/dev/conll2003), prints its figures on the
// valid split, and writes models/mention-tagger.json.gz. Deterministic: fixed seed, fixed epochs, one thread.
//
//   npm run train            (about three minutes on one core)
//
// Pass 1 sees each sentence with document context; pass 2 also sees how pass 1 tagged each word elsewhere in the
// article. Pass 2 is trained on pass-1 output for documents pass 1 did not train on (5-fold jackknife), so that
// it learns how far to trust pass 1 on unseen text.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { documentHistory, featureName, ownFeatures, sentenceFeatures, sentenceHistory, type DocumentHistory, type FeatureSink } from '../src/extract/mentions/tagger/features';
import { contextScores, decodeSentence, featureScores } from '../src/extract/mentions/tagger/index';
import { decode, KINDS, TAGS, type LabelledSpan } from '../src/extract/mentions/tagger/labels';
import { T } from '../src/extract/mentions/tagger/linear-chain';
import { buildModel, MODEL_FILE, MODEL_FORMAT, readModel, storePass, type StoredModel, type TaggerModel } from '../src/extract/mentions/tagger/model-file';
import { readConll } from './conll';
import { PerceptronTrainer, seededRandom, shuffle, type Sequence } from './perceptron';
import { toExamples, type TaggerExample } from './tagger-data';

const DEV = resolve(process.env.NEWSGRAPH_DEV_DATA ?? '../shared/eval/dev');
const SEED = 2026;
// Runs averaged for each final pass (the jackknife folds use one).
const RUNS = Number(process.env.TAGGER_RUNS ?? 3);
const SEEDS = Array.from({ length: RUNS }, (_, run) => SEED + run);
const EPOCHS = Number(process.env.TAGGER_EPOCHS ?? 10);
const FOLDS = 5;
// Share of tokens per sentence and epoch whose word features are hidden, so that the weights learn context and
// gazetteers too and not only the 1996 names they saw ("Lyon" the football club).
const WORD_DROPOUT = Number(process.env.TAGGER_WORD_DROPOUT ?? 0.2);
const WORD_TEMPLATES = new Set(['w', 'W', 'acr', 'ww-', 'ww+']);
const OUT = resolve(process.env.NEWSGRAPH_TAGGER_OUT ?? MODEL_FILE);

interface Pass {
  features: string[];
  weights: Float64Array;
  transitions: Float64Array;
  /** The pass alone as the extractor runs it. */
  runtime: TaggerModel;
}

function log(message: string) {
  process.stdout.write(`${message}\n`);
}

/** Every token's features in sentence s as the trainer indexes them ("template=value"): own, context's, history's. */
function featureNames(example: TaggerExample, history: DocumentHistory | undefined, s: number): string[][] {
  const tokens = example.sentences[s]!;
  const names = tokens.map((): string[] => []);
  const emit: FeatureSink = (i, template, value, value2, value3) => names[i]!.push(featureName(template, value, value2, value3));
  tokens.forEach((token, i) => ownFeatures(token.text, i, emit));
  sentenceFeatures(tokens, s, example.doc, emit);
  if (history) sentenceHistory(history, tokens, s, emit);
  return names;
}

interface Data {
  examples: TaggerExample[];
  /** Pass 2: each document's history from pass 1. */
  histories?: DocumentHistory[];
}

/**
 * Trains one pass on every sentence of `train`, once per seed, and averages the runs' weights (runs differ in
 * the order of sentences and the words hidden, so their average varies less from one change to the next).
 * Prints the figure on `dev` every other epoch of the first run, and of the average, when given.
 */
function trainPass(name: string, train: Data, dev?: Data, seeds = [SEED]): Pass {
  const index = new Map<string, number>();
  const features: string[] = [];
  const wordFeature: boolean[] = [];
  const sequences: Sequence[] = [];
  train.examples.forEach((example, d) =>
    example.sentences.forEach((tokens, s) => {
      if (!tokens.length) return;
      const ids = featureNames(example, train.histories?.[d], s).map((names) =>
        Int32Array.from(
          names.map((feature) => {
            let id = index.get(feature);
            if (id === undefined) {
              id = features.length;
              index.set(feature, id);
              features.push(feature);
              wordFeature.push(WORD_TEMPLATES.has(feature.slice(0, feature.indexOf('='))));
            }
            return id;
          }),
        ),
      );
      sequences.push({ ids, gold: example.gold[s]! });
    }),
  );
  const runs = seeds.map((seed, run) => {
    const trainer = new PerceptronTrainer(features.length);
    const random = seededRandom(seed);
    const hideWords = (ids: Int32Array) => (random() < WORD_DROPOUT ? ids.filter((id) => !wordFeature[id]) : ids);
    for (let epoch = 1; epoch <= EPOCHS; epoch += 1) {
      let wrong = 0;
      for (const sequence of shuffle(sequences, random)) if (!trainer.learn(WORD_DROPOUT ? { ids: sequence.ids.map(hideWords), gold: sequence.gold } : sequence)) wrong += 1;
      const line = `  ${name}${seeds.length > 1 ? ` run ${run + 1}/${seeds.length}` : ''} epoch ${epoch}: ${wrong}/${sequences.length} training sentences wrong`;
      if (dev && run === 0 && (epoch === EPOCHS || epoch % 2 === 0)) {
        const pass = asPass(features, trainer.averaged());
        log(`${line}; dev ${formatScores(score(dev.examples, predictAll(pass.runtime, dev)))}`);
      } else log(line);
    }
    return trainer.averaged();
  });
  const mean = (arrays: Float64Array[]) => arrays[0]!.map((_, k) => arrays.reduce((sum, a) => sum + a[k]!, 0) / arrays.length);
  const pass = asPass(features, { weights: mean(runs.map((r) => r.weights)), transitions: mean(runs.map((r) => r.transitions)) });
  if (dev && seeds.length > 1) log(`  ${name}, average of ${seeds.length} runs: dev ${formatScores(score(dev.examples, predictAll(pass.runtime, dev)))}`);
  return pass;
}

function asPass(features: string[], { weights, transitions }: { weights: Float64Array; transitions: Float64Array }): Pass {
  return { features, weights, transitions, runtime: buildModel([{ features, weights, transitions }]) };
}

/** One pass's tags of every sentence of a document, as the extractor computes them (pass 2 given the history). */
function predict(tagger: TaggerModel, example: TaggerExample, history?: DocumentHistory, pass = 0): number[][] {
  return example.sentences.map((tokens, s) => {
    const context = contextScores(tagger, tokens, s, example.doc);
    const past = history ? featureScores(tagger, tokens.length, (emit) => sentenceHistory(history, tokens, s, emit)) : undefined;
    return decodeSentence(tagger, pass, tokens, context, past);
  });
}
const predictAll = (tagger: TaggerModel, data: Data, pass = 0) => data.examples.map((example, d) => predict(tagger, example, data.histories?.[d], pass));

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Exact-span precision, recall and F1 per kind over all sentences. */
function score(examples: TaggerExample[], predicted: number[][][]): Record<string, Counts> {
  const counts: Record<string, Counts> = Object.fromEntries(['ALL', ...KINDS].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const key = (span: LabelledSpan) => `${span.first}:${span.last}:${span.kind}`;
  examples.forEach(({ gold }, d) =>
    gold.forEach((tags, s) => {
      const g = new Set(decode(tags).map(key));
      const p = new Set(decode(predicted[d]![s]!).map(key));
      for (const k of p) {
        const kind = k.split(':')[2]!;
        const hit = g.has(k) ? 'tp' : 'fp';
        counts[kind]![hit] += 1;
        counts.ALL![hit] += 1;
      }
      for (const k of g) {
        if (p.has(k)) continue;
        counts[k.split(':')[2]!]!.fn += 1;
        counts.ALL!.fn += 1;
      }
    }),
  );
  return counts;
}

const f1 = ({ tp, fp, fn }: Counts) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
const formatScores = (counts: Record<string, Counts>) =>
  `F1 ${f1(counts.ALL!).toFixed(4)} (${KINDS.map((k) => `${k} ${f1(counts[k]!).toFixed(3)}`).join(', ')})`;

/** Pass-2 inputs: each document's history from the given pass-1 tags. */
const histories = (examples: TaggerExample[], firstPass: number[][][]): DocumentHistory[] => examples.map((example, d) => documentHistory(example.sentences, firstPass[d]!));

function main() {
  const started = Date.now();
  const train = toExamples(readConll(join(DEV, 'conll2003/train.txt')));
  const valid = toExamples(readConll(join(DEV, 'conll2003/valid.txt')));
  log(`CoNLL-2003 train: ${train.examples.length} documents, ${train.names} names (${train.misaligned} not on token edges)`);
  log(`CoNLL-2003 valid: ${valid.examples.length} documents, ${valid.names} names (${valid.misaligned} not on token edges)`);

  log('pass 1 (sentence and document context):');
  const first = trainPass('pass 1', { examples: train.examples }, { examples: valid.examples }, SEEDS);

  log(`pass 1 on held-out folds (${FOLDS}-fold jackknife, for training pass 2):`);
  const jackknifed: number[][][] = new Array(train.examples.length);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const inFold = (d: number) => d % FOLDS === fold;
    const pass = trainPass(`fold ${fold + 1}`, { examples: train.examples.filter((_, d) => !inFold(d)) });
    train.examples.forEach((example, d) => {
      if (inFold(d)) jackknifed[d] = predict(pass.runtime, example);
    });
  }
  log('pass 2 (with how pass 1 tagged each word elsewhere in the article):');
  const validFirst = predictAll(first.runtime, { examples: valid.examples });
  const validSecond: Data = { examples: valid.examples, histories: histories(valid.examples, validFirst) };
  const second = trainPass('pass 2', { examples: train.examples, histories: histories(train.examples, jackknifed) }, validSecond, SEEDS);

  const final = score(valid.examples, predictAll(second.runtime, validSecond));
  log(`dev (CoNLL-2003 valid, exact spans, unquantised): pass 1 ${formatScores(score(valid.examples, validFirst))}`);
  log(`  pass 2 ${formatScores(final)}`);

  const stored: StoredModel = {
    format: MODEL_FORMAT,
    tags: [...TAGS],
    passes: [first, second].map((pass) => storePass(pass.features, pass.weights, pass.transitions)),
    trainedOn: {
      data: 'CoNLL-2003 English train (Reuters RCV1, 1996); tuned on CoNLL-2003 valid',
      epochs: EPOCHS,
      folds: FOLDS,
      seeds: SEEDS,
      wordDropout: WORD_DROPOUT,
      devF1: Number(f1(final.ALL!).toFixed(4)),
    },
  };
  const bytes = gzipSync(JSON.stringify(stored), { level: 9 });
  writeFileSync(OUT, bytes);
  log(`wrote ${OUT}: ${stored.passes.map((p) => p.features.length).join(' + ')} features × ${T} tags, ${(bytes.length / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // The figure of the file as the extractor reads it (weights rounded to int16).
  const fromFile = readModel(OUT);
  const storedValidFirst = predictAll(fromFile, { examples: valid.examples });
  const storedFinal = predictAll(fromFile, { examples: valid.examples, histories: histories(valid.examples, storedValidFirst) }, 1);
  log(`dev (CoNLL-2003 valid, exact spans, as stored): ${formatScores(score(valid.examples, storedFinal))}`);
}

main();
