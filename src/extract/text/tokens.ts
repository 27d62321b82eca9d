// Words and punctuation with their offsets; glued words ("PetrenkoOlena") are cut in two.
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (or is an acronym). */
  capitalised: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** First word of its sentence (its capital says nothing about being a name). */
  sentenceStart: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** In a sentence written mostly in capitals ("WARNING! GRAPHIC CONTENT"), where capitals say nothing. */
  shouted?: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
// A lower-case run of 5+ letters directly followed by a capitalised run of 4+: two words glued together.
const GLUED = /^(\p{Lu}\p{Ll}{4,})(\p{Lu}\p{Ll}{3,}\p{L}*)$/u;

/** A token before sentences are cut. */
export type RawToken = Omit<Token, 'sentence' | 'sentenceStart' | 'quoted'>;

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const push = (value: string, start: number) => {
    const word = /[\p{L}\p{N}]/u.test(value);
    tokens.push({ text: value, start, end: start + value.length, word, capitalised: word && /^\p{Lu}/u.test(value) });
  };
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const glued = GLUED.exec(value);
    if (glued) {
      push(glued[1]!, match.index);
      push(glued[2]!, match.index + glued[1]!.length);
      continue;
    }
    push(value, match.index);
  }
  return tokens;
}
