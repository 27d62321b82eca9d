// Training examples for the mention tagger: each document read by the run-time text stage and the tagger's
// own tokens and features, with the gold names projected onto those tokens as BILOU tags.
import { documentContext, type DocumentContext } from '../src/extract/mentions/tagger/features';
import { encode, type LabelledSpan } from '../src/extract/mentions/tagger/labels';
import { taggerSentences, type TaggerToken } from '../src/extract/mentions/tagger/tagger-tokens';
import { analyseText } from '../src/extract/text/sentences';
import type { ConllDocument } from './conll';

export interface TaggerExample {
  sentences: TaggerToken[][];
  gold: number[][];
  doc: DocumentContext;
}

export interface Projection {
  examples: TaggerExample[];
  names: number;
  /** Names whose edges fall inside a run-time token, or that straddle two sentences (kept as near as can be). */
  misaligned: number;
}

export function toExamples(documents: ConllDocument[]): Projection {
  let names = 0;
  let misaligned = 0;
  const examples = documents.map(({ text, names: spans }) => {
    const sentences = taggerSentences(analyseText(text));
    const doc = documentContext(sentences);
    const perSentence: LabelledSpan[][] = sentences.map(() => []);
    for (const span of spans) {
      names += 1;
      let placed = false;
      sentences.forEach((tokens, s) => {
        const inside = tokens.map((token, i) => ({ token, i })).filter(({ token }) => token.end > span.start && token.start < span.end);
        if (!inside.length || placed) return;
        placed = true;
        const first = inside[0]!;
        const last = inside[inside.length - 1]!;
        if (first.token.start !== span.start || last.token.end !== span.end) misaligned += 1;
        perSentence[s]!.push({ first: first.i, last: last.i + 1, kind: span.kind });
      });
      if (!placed) misaligned += 1;
    }
    return {
      sentences,
      gold: sentences.map((tokens, s) => encode(perSentence[s]!, tokens.length)),
      doc,
    };
  });
  return { examples, names, misaligned };
}
