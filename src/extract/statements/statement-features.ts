// Whether a quotation is someone's words or a title, a scare quote, a nickname: the features the trained
// statement classifier weighs (training/train-attribution.ts). Shapes only, and lower-case words.
import { attributionEnd, attributionStart, closesParagraph, type Context, opensParagraph, saysSomething, shape, TOKEN } from './context';
import type { QuoteSpan } from './quote-spans';

const SPEAKING = new Set(['i', 'we', 'you', 'me', 'us', 'my', 'our', 'your', "i'm", 'i’m', "we're", 'we’re']);

function lengthBucket(n: number): string {
  if (n < 4) return '<4';
  if (n < 6) return '4-5';
  if (n < 9) return '6-8';
  if (n < 15) return '9-14';
  if (n < 30) return '15-29';
  return '30+';
}

/** The features of one quotation (its parts, when split by an attribution). */
export function statementFeatures(parts: readonly QuoteSpan[], context: Context): string[] {
  const { text } = context;
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const inner = parts.map((part) => text.slice(part.start, part.end)).join(' ');
  const tokens = inner.match(TOKEN) ?? [];
  const wordsIn = tokens.filter((t) => /\p{L}/u.test(t));
  const capitalised = wordsIn.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, wordsIn.length);
  const from = attributionStart(first, context);
  const to = attributionEnd(last, context);
  const before = text.slice(from, first.outerStart).match(TOKEN) ?? [];
  const after = text.slice(last.outerEnd, to).match(TOKEN) ?? [];
  const opens = opensParagraph(first.outerStart, context);
  const closes = closesParagraph(last.outerEnd, context);
  const ending = text.slice(last.start, last.outerEnd).replace(/[”"»\s]/g, '').at(-1) ?? '';
  const saysAfter = saysSomething(text.slice(last.outerEnd, to));
  const saysBefore = saysSomething(text.slice(from, first.outerStart));
  const length = lengthBucket(wordsIn.length);
  const features = [
    'bias',
    `len=${length}`,
    `cap=${Math.round(capitalised * 4)}`,
    `first=${/^\p{Lu}/u.test(wordsIn[0] ?? '') ? 'CAP' : 'low'}`,
    `end=${/[,.?!:;—-]/.test(ending) ? ending : 'w'}`,
    `prev=${shape(before.at(-1))}`,
    `prev2=${shape(before.at(-2))}_${shape(before.at(-1))}`,
    `next=${shape(after[0])}`,
    `next2=${shape(after[0])}_${shape(after[1])}`,
    `svA=${saysAfter}`,
    `svB=${saysBefore}`,
    `svA=${saysAfter}|len=${length}`,
    `svB=${saysBefore}|len=${length}`,
    `par=${opens}_${closes}`,
    `par=${opens}_${closes}|sv=${saysAfter || saysBefore}`,
    `speaking=${wordsIn.some((w) => SPEAKING.has(w.toLowerCase()))}`,
    `parts=${Math.min(parts.length, 2)}`,
    `closed=${last.closed}`,
  ];
  if (opens && closes) features.push(`whole|len=${length}`);
  return features;
}
