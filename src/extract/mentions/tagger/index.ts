// The mention stage's model: tokens in, typed name spans out (PER, ORG, LOC, MISC as in CoNLL-2003).
// Two passes of a linear-chain model; the second also sees how the first tagged each word elsewhere in the article.
import type { TextAnalysis } from '../../text/sentences';
import { documentContext, historyFeatures, sentenceFeatures, wordInfo } from './features';
import { decode, type Kind } from './labels';
import { T, viterbi } from './linear-chain';
import { defaultModelPath, readModel, type ChainPass } from './model-file';
import { taggerSentences, type TaggerToken } from './tagger-tokens';

export interface TaggedSpan {
  start: number;
  end: number;
  kind: Kind;
}

let loaded: ChainPass[] | undefined;

/** The committed model (or the one `NEWSGRAPH_TAGGER_MODEL` names, for trying a newly trained one). */
function model(): ChainPass[] {
  return (loaded ??= readModel(process.env.NEWSGRAPH_TAGGER_MODEL || defaultModelPath()));
}

/** Adds the weights of the template/value pairs the pass knows to one token's row of emission scores. */
function addPairs(pass: ChainPass, pairs: readonly string[], emissions: Float64Array, base: number) {
  const { index, weights } = pass;
  for (let k = 0; k < pairs.length; k += 2) {
    const id = index.get(pairs[k]!, pairs[k + 1]!);
    if (id < 0) continue;
    const row = id * T;
    for (let t = 0; t < T; t += 1) emissions[base + t]! += weights[row + t]!;
  }
}

// The scores a word's own features give each tag, per pass and word: most words come again and again.
const ownScores = new WeakMap<ChainPass, Map<string, Float64Array>>();
const MAX_CACHED = 200_000;

function ownEmissions(pass: ChainPass, text: string): Float64Array {
  let cache = ownScores.get(pass);
  if (!cache) ownScores.set(pass, (cache = new Map()));
  let scores = cache.get(text);
  if (!scores) {
    addPairs(pass, wordInfo(text).own, (scores = new Float64Array(T)), 0);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, scores);
  }
  return scores;
}

/**
 * Best tags of one sentence: each token's own features, its context's (`context[i]`, template/value pairs)
 * and, in a second pass, its history's.
 */
export function decodePass(pass: ChainPass, tokens: readonly TaggerToken[], context: string[][], history?: string[][]): number[] {
  const emissions = new Float64Array(tokens.length * T);
  tokens.forEach((token, i) => {
    emissions.set(ownEmissions(pass, token.text), i * T);
    addPairs(pass, context[i]!, emissions, i * T);
    if (history) addPairs(pass, history[i]!, emissions, i * T);
  });
  return viterbi(emissions, tokens.length, pass.transitions);
}

/** Tags every sentence of an article; returns the names found, in text order. */
export function tagNames(analysis: TextAnalysis, passes: ChainPass[] = model()): TaggedSpan[] {
  const sentences = taggerSentences(analysis);
  const doc = documentContext(sentences);
  const local = sentences.map((tokens, s) => sentenceFeatures(tokens, s, doc));
  let tags = local.map((context, s) => decodePass(passes[0]!, sentences[s]!, context));
  for (const pass of passes.slice(1)) {
    const history = historyFeatures(sentences, tags);
    tags = local.map((context, s) => decodePass(pass, sentences[s]!, context, history[s]));
  }
  return sentences.flatMap((tokens, s) =>
    decode(tags[s]!).flatMap(({ first, last, kind }) => {
      // Two words that touch were glued together in the source ("PetrenkoOlena"): two names, never one.
      const spans: TaggedSpan[] = [];
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
