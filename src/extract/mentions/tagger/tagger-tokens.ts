// The tokens the tagger reads: the text stage's tokens, with a possessive cut off its name ("Clinton" + "'s")
// and the dot of an abbreviation or an initial kept on it ("U.S.", "Ms.", "E."), as the newswire the tagger
// was trained on writes them.
import { ABBREVIATIONS, type TextAnalysis } from '../../text/sentences';

export interface TaggerToken {
  text: string;
  start: number;
  end: number;
}

const POSSESSIVE = /^(.*\p{L})(['’][sS])$/u;
// A "sentence" longer than this (a list, a file without full stops) is tagged in pieces, cut after a comma
// or semicolon where one is near: the decoder's memory grows with the sentence.
const MAX_TOKENS = 300;
const NEAR = 60;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/** The tagger's tokens of each sentence, in text order. */
export function taggerSentences(analysis: TextAnalysis): TaggerToken[][] {
  const { tokens, sentences } = analysis;
  return sentences.flatMap(({ first, last }) => {
    const out: TaggerToken[] = [];
    for (let t = first; t < last; t += 1) {
      const token = tokens[t]!;
      const possessive = token.word ? POSSESSIVE.exec(token.text) : null;
      if (possessive) {
        const cut = token.start + possessive[1]!.length;
        out.push({ text: possessive[1]!, start: token.start, end: cut }, { text: possessive[2]!, start: cut, end: token.end });
        continue;
      }
      const next = tokens[t + 1];
      const abbreviation = DOTTED.test(token.text) || ABBREVIATIONS.has(token.text.toLowerCase()) || /^\p{Lu}$/u.test(token.text);
      if (abbreviation && next && t + 1 < last && next.text === '.' && next.start === token.end) {
        out.push({ text: `${token.text}.`, start: token.start, end: next.end });
        t += 1;
        continue;
      }
      out.push({ text: token.text, start: token.start, end: token.end });
    }
    return inPieces(out);
  });
}

function inPieces(tokens: TaggerToken[]): TaggerToken[][] {
  const pieces: TaggerToken[][] = [];
  let from = 0;
  while (tokens.length - from > MAX_TOKENS) {
    let cut = from + MAX_TOKENS;
    for (let k = cut - 1; k > cut - NEAR; k -= 1) {
      if (tokens[k]!.text === ',' || tokens[k]!.text === ';') {
        cut = k + 1;
        break;
      }
    }
    pieces.push(tokens.slice(from, cut));
    from = cut;
  }
  pieces.push(tokens.slice(from));
  return pieces;
}
