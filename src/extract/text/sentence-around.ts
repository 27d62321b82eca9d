// The sentence around a span of text: what evidence shows a reader.
// A stop ends a sentence when a space or a line break follows it ("06.01.2022" does not) and it does not
// close an initial ("U.S.", "J. Smith").
const endsSentence = (text: string, at: number) =>
  text[at] === '\n' || (/[.!?]/.test(text[at] ?? '') && /\s/.test(text[at + 1] ?? '\n') && !(text[at] === '.' && /(^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, at - 2), at))));

/** The sentence of `text` that holds [start, end): from the stop before it to the stop after it. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from -= 1;
  let to = Math.max(end, start);
  while (to < text.length && !endsSentence(text, to - 1)) to += 1;
  return text.slice(from, to).trim();
}
