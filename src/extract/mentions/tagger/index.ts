// The mention stage's model: tokens in, typed name spans out (PER, ORG, LOC, MISC as in CoNLL-2003).
// Two passes of a linear-chain model; the second also sees how the first tagged each word elsewhere in the article.
import { memoised } from '../../text/memo';
import type { TextAnalysis } from '../../text/sentences';
import {
  boundaryWord,
  documentContext,
  documentHistory,
  NEIGHBOUR_FEATURES,
  ownFeatures,
  sentenceFeatures,
  sentenceHistory,
  wordInfo,
  type DocumentContext,
  type FeatureSink,
} from './features';
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

/**
 * The scores of every pass that the features `produce` gives add to each token (token i's pass p tag t at
 * `(i * passes + p) * T + t`); features the model does not know are left out. Scored as they come: no list
 * of feature ids is kept.
 */
export function featureScores(tagger: TaggerModel, length: number, produce: (emit: FeatureSink) => void): Float64Array {
  const { index, weights, width } = tagger;
  const scores = new Float64Array(length * width);
  produce((i, template, value, value2, value3) => {
    const id = index.get(template, value, value2, value3);
    if (id < 0) return;
    const row = id * width;
    const base = i * width;
    for (let k = 0; k < width; k += 1) scores[base + k]! += weights[row + k]!;
  });
  return scores;
}

// Per model and word, what it scores every pass: as a token (its own features), and as a neighbour of one
// (each of NEIGHBOUR_FEATURES in turn). Most words come again and again.
interface WordScores {
  own: Float64Array;
  asNeighbour: Float64Array;
}
const scorers = new WeakMap<TaggerModel, (text: string) => WordScores>();

function scoresOfWord(tagger: TaggerModel, text: string): WordScores {
  let scorer = scorers.get(tagger);
  if (!scorer) scorers.set(tagger, (scorer = memoised((word) => wordScoresOf(tagger, word))));
  return scorer(text);
}

function wordScoresOf(tagger: TaggerModel, text: string): WordScores {
  // The boundaries before and after a sentence are neighbours too, written as their own word and shape.
  const boundary = text === boundaryWord(-1) || text === boundaryWord(1);
  const { lower, short } = boundary ? { lower: text, short: text } : wordInfo(text);
  return {
    own: boundary ? new Float64Array(tagger.width) : featureScores(tagger, 1, (emit) => ownFeatures(text, 0, emit)),
    asNeighbour: featureScores(tagger, NEIGHBOUR_FEATURES.length, (emit) => NEIGHBOUR_FEATURES.forEach(({ template, of }, k) => emit(k, template, of === 'lower' ? lower : short))),
  };
}

/** What every token's context scores every pass: its neighbours' words remembered, the rest looked up. */
export function contextScores(tagger: TaggerModel, tokens: TaggerToken[], s: number, doc: DocumentContext): Float64Array {
  const scores = featureScores(tagger, tokens.length, (emit) => sentenceFeatures(tokens, s, doc, emit, false));
  const { width } = tagger;
  const words = tokens.map((token) => scoresOfWord(tagger, token.text).asNeighbour);
  NEIGHBOUR_FEATURES.forEach(({ offset }, k) => {
    const outside = scoresOfWord(tagger, boundaryWord(offset)).asNeighbour;
    for (let i = 0; i < tokens.length; i += 1) {
      const j = i + offset;
      const from = j < 0 || j >= tokens.length ? outside : words[j]!;
      const base = i * width;
      for (let x = 0; x < width; x += 1) scores[base + x]! += from[k * width + x]!;
    }
  });
  return scores;
}

/** Best tags of one sentence under one pass: each token's own features, its context's and (pass 2) its history's. */
export function decodeSentence(tagger: TaggerModel, pass: number, tokens: readonly TaggerToken[], context: Float64Array, history?: Float64Array): number[] {
  const { width } = tagger;
  const emissions = new Float64Array(tokens.length * T);
  for (let i = 0; i < tokens.length; i += 1) {
    const { own } = scoresOfWord(tagger, tokens[i]!.text);
    const base = i * width + pass * T;
    for (let t = 0; t < T; t += 1) emissions[i * T + t] = own[pass * T + t]! + context[base + t]! + (history ? history[base + t]! : 0);
  }
  return viterbi(emissions, tokens.length, tagger.transitions[pass]!);
}

/** Tags every sentence of an article; returns the names found, in text order. */
export function tagNames(analysis: TextAnalysis, tagger: TaggerModel = model()): TaggedSpan[] {
  const sentences = taggerSentences(analysis);
  const doc = documentContext(sentences);
  // A token's context scores every pass at once; the history of the pass before is scored anew.
  const context = sentences.map((tokens, s) => contextScores(tagger, tokens, s, doc));
  let tags = sentences.map((tokens, s) => decodeSentence(tagger, 0, tokens, context[s]!));
  for (let pass = 1; pass < tagger.transitions.length; pass += 1) {
    const history = documentHistory(sentences, tags);
    tags = sentences.map((tokens, s) => decodeSentence(tagger, pass, tokens, context[s]!, featureScores(tagger, tokens.length, (emit) => sentenceHistory(history, tokens, s, emit))));
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
