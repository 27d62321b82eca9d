// The mention stage's model: tokens in, typed name spans out (PER, ORG, LOC, MISC as in CoNLL-2003).
// Two passes of a linear-chain model; the second also sees how the first tagged each word elsewhere in the article.
import type { TextAnalysis } from '../../text/sentences';
import { documentContext, documentHistory, ownFeatures, sentenceFeatures, sentenceHistory, type FeatureSink } from './features';
import { decode, type Kind } from './labels';
import { T, viterbi } from './linear-chain';
import { defaultModelPath, readModel, type TaggerModel } from './model-file';
import { taggerSentences, type TaggerToken } from './tagger-tokens';

export interface TaggedSpan {
  start: number;
  end: number;
  kind: Kind;
}

let loaded: TaggerModel | undefined;

/** The committed model (or the one `NEWSGRAPH_TAGGER_MODEL` names, for trying a newly trained one). */
function model(): TaggerModel {
  return (loaded ??= readModel(process.env.NEWSGRAPH_TAGGER_MODEL || defaultModelPath()));
}

/** The ids of the features a producer gives, token by token: token i's are ids[offsets[i]] … ids[offsets[i + 1] - 1]. */
export interface TokenFeatureIds {
  ids: Int32Array;
  offsets: Int32Array;
}

/** Looks up what `produce` gives (tokens in order) in the model's table; features it does not know are left out. */
export function featureIds(tagger: TaggerModel, length: number, produce: (emit: FeatureSink) => void): TokenFeatureIds {
  const ids: number[] = [];
  const offsets = new Int32Array(length + 1);
  produce((i, template, value, value2, value3) => {
    const id = tagger.index.get(template, value, value2, value3);
    if (id < 0) return;
    ids.push(id);
    offsets[i + 1]! += 1;
  });
  for (let i = 0; i < length; i += 1) offsets[i + 1]! += offsets[i]!;
  return { ids: Int32Array.from(ids), offsets };
}

// The scores a word's own features give each tag, per pass and word: most words come again and again.
const ownScores = new WeakMap<TaggerModel, Map<string, Float64Array>[]>();
const MAX_CACHED = 200_000;

function ownEmissions(tagger: TaggerModel, pass: number, text: string): Float64Array {
  let caches = ownScores.get(tagger);
  if (!caches) ownScores.set(tagger, (caches = tagger.passes.map(() => new Map())));
  const cache = caches[pass]!;
  let scores = cache.get(text);
  if (!scores) {
    const { weights } = tagger.passes[pass]!;
    const found = scores = new Float64Array(T);
    ownFeatures(text, 0, (_, template, value) => {
      const id = tagger.index.get(template, value);
      if (id >= 0) for (let t = 0; t < T; t += 1) found[t]! += weights[id * T + t]!;
    });
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, scores);
  }
  return scores;
}

function addRows(emissions: Float64Array, base: number, weights: Float32Array, { ids, offsets }: TokenFeatureIds, i: number) {
  for (let k = offsets[i]!; k < offsets[i + 1]!; k += 1) {
    const row = ids[k]! * T;
    for (let t = 0; t < T; t += 1) emissions[base + t]! += weights[row + t]!;
  }
}

/** Best tags of one sentence under one pass: each token's own features, its context's and (pass 2) its history's. */
export function decodeSentence(tagger: TaggerModel, pass: number, tokens: readonly TaggerToken[], context: TokenFeatureIds, history?: TokenFeatureIds): number[] {
  const { weights, transitions } = tagger.passes[pass]!;
  const emissions = new Float64Array(tokens.length * T);
  for (let i = 0; i < tokens.length; i += 1) {
    emissions.set(ownEmissions(tagger, pass, tokens[i]!.text), i * T);
    addRows(emissions, i * T, weights, context, i);
    if (history) addRows(emissions, i * T, weights, history, i);
  }
  return viterbi(emissions, tokens.length, transitions);
}

/** Tags every sentence of an article; returns the names found, in text order. */
export function tagNames(analysis: TextAnalysis, tagger: TaggerModel = model()): TaggedSpan[] {
  const sentences = taggerSentences(analysis);
  const doc = documentContext(sentences);
  const context = sentences.map((tokens, s) => featureIds(tagger, tokens.length, (emit) => sentenceFeatures(tokens, s, doc, emit)));
  let tags = sentences.map((tokens, s) => decodeSentence(tagger, 0, tokens, context[s]!));
  for (let pass = 1; pass < tagger.passes.length; pass += 1) {
    const history = documentHistory(sentences, tags);
    tags = sentences.map((tokens, s) => decodeSentence(tagger, pass, tokens, context[s]!, featureIds(tagger, tokens.length, (emit) => sentenceHistory(history, tokens, s, emit))));
  }
  return sentences.flatMap((tokens, s) =>
    decode(tags[s]!).flatMap(({ first, last, kind }) => {
      // A name starts and ends with a word, not a mark.
      while (first < last && !WORD_EDGE.test(tokens[first]!.text)) first += 1;
      while (last > first && !/[\p{L}\p{N}.]$/u.test(tokens[last - 1]!.text)) last -= 1;
      // Two words that touch were glued together in the source ("PetrenkoOlena"): two names, never one.
      const spans: TaggedSpan[] = [];
      if (first >= last) return spans;
      let from = first;
      for (let i = first + 1; i <= last; i += 1) {
        if (i < last && !(tokens[i - 1]!.end === tokens[i]!.start && WORD_EDGE.test(tokens[i]!.text))) continue;
        spans.push({ start: tokens[from]!.start, end: tokens[i - 1]!.end, kind });
        from = i;
      }
      return spans;
    }),
  );
}

const WORD_EDGE = /^[\p{L}\p{N}]/u;
