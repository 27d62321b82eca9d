// What attributing one article's quotations looks at: its text, its people and bodies, its quotations, the
// speakers found so far, and where the attribution around a quotation starts and ends.
import { SPEECH_VERBS } from '../lexicon/speech';
import { isAbbreviationBefore } from '../text/sentences';
import { insideAny } from '../text/spans';
import type { QuoteSpan } from './quote-spans';

/** How far around a quotation its attribution is looked for, in characters. */
export const WINDOW = 220;

export interface SpeakerCandidate {
  entityId: string;
  type: 'Person' | 'Institution' | 'Country' | 'Place';
  start: number;
  end: number;
  role?: string;
}

export interface Context {
  text: string;
  /** People and institutions, in text order. */
  mentions: SpeakerCandidate[];
  /** Institutions and countries, in text order (what a speaker may speak for). */
  bodies: SpeakerCandidate[];
  quotes: QuoteSpan[];
  /** The quotations' outer spans (marks included), for "is this position quoted". */
  quoted: { start: number; end: number }[];
  /** Speakers found so far, in text order. */
  spoken: { at: number; id: string; type: string }[];
  /** Where the words of the article start, after its dateline and byline. */
  bodyStart: number;
  /** People's genders as their given names tell them, filled as asked for. */
  genders: Map<string, 'male' | 'female' | null>;
  /** Where the text breaks a line, and where a full stop and a space stand ("x. y"), in order: searched, not scanned. */
  lineBreaks: number[];
  fullStops: number[];
}

/** Positions of every occurrence of `mark` in `text`, in order. */
function positionsOf(text: string, mark: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) found.push(at);
  return found;
}

/** The last of the ordered positions at or before `at`, or -1: `text.lastIndexOf(mark, at)` without reading back through the text. */
export function lastAtOrBefore(positions: readonly number[], at: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? positions[low - 1]! : -1;
}

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];

/** Words and single marks, as the trained models' features read text. */
export const TOKEN = /[\p{L}’'-]+|[^\s\p{L}]/gu;

/** A neighbouring token as a feature value: a lower-case word, "CAP" for a capitalised one, a mark, or "END". */
export function shape(token: string | undefined): string {
  if (token === undefined) return 'END';
  return /^\p{Lu}/u.test(token) ? 'CAP' : token.toLowerCase();
}

/** Offset of the first speech verb in `text`, or -1. */
export function speechVerbOffset(text: string): number {
  for (const match of text.matchAll(/[\p{L}’'-]+/gu)) if (SPEECH_VERBS.has(match[0].toLowerCase())) return match.index;
  return -1;
}
export const isQuoted = (position: number, quotes: { start: number; end: number }[]) => insideAny(quotes, position);

/** The look-up context shared by direct and reported speech of one article. */
export function speakerContext(text: string, quotes: QuoteSpan[], mentions: SpeakerCandidate[], bodyStart = 0): Context {
  return {
    text,
    mentions: mentions.filter((m) => m.type === 'Person' || m.type === 'Institution').sort((a, b) => a.start - b.start),
    bodies: mentions.filter((m) => m.type === 'Institution' || m.type === 'Country').sort((a, b) => a.start - b.start),
    quotes,
    quoted: quotes.map((quote) => ({ start: quote.outerStart, end: quote.outerEnd })),
    spoken: [],
    bodyStart,
    genders: new Map(),
    lineBreaks: positionsOf(text, '\n'),
    fullStops: positionsOf(text, '. '),
  };
}

/** Where the paragraph holding `position` starts; the first paragraph starts after the dateline and byline. */
export function paragraphStartOf(position: number, context: Context): number {
  const start = lastAtOrBefore(context.lineBreaks, position - 1) + 1;
  return position >= context.bodyStart ? Math.max(start, context.bodyStart) : start;
}

/** Whether only blank space stands between the start of its paragraph and `position` (read back from it: a long paragraph costs nothing). */
export function opensParagraph(position: number, context: Context): boolean {
  const start = paragraphStartOf(position, context);
  for (let i = position - 1; i >= start; i -= 1) if (!BLANK.test(context.text[i]!)) return false;
  return true;
}

/** Whether only blank space stands between `position` and the end of its paragraph (read on from it). */
export function closesParagraph(position: number, context: Context): boolean {
  for (let i = position; i < context.text.length && context.text[i] !== '\n'; i += 1) if (!BLANK.test(context.text[i]!)) return false;
  return true;
}

const BLANK = /\s/;

/** Whether a stretch of text holds a speech verb ("said", "told", "added"). */
export const saysSomething = (text: string) => wordsOf(text).some((word) => SPEECH_VERBS.has(word));

/** Whether the words after a quotation, up to the sentence's end, attribute it ("…,” she added."). */
export const hasAttributionAfter = (quote: QuoteSpan, context: Context) => saysSomething(context.text.slice(quote.outerEnd, attributionEnd(quote, context)));

/** Where the attribution after a quotation ends: the sentence end, the next quotation or the line's end. */
export function attributionEnd(quote: QuoteSpan, context: Context): number {
  const { text } = context;
  const end = Math.min(text.length, quote.outerEnd + WINDOW);
  for (const stop of text.slice(quote.outerEnd, end).matchAll(/[“”"«»]|\n|[.!?](?=\s|$)/g)) {
    const at = quote.outerEnd + stop.index;
    // "…,” Mr. Halloran said" / "Rep. Dana M. Whitcombe": the dot of a title or an initial ends no attribution.
    if (stop[0] === '.' && isAbbreviationBefore(text, at)) continue;
    return at;
  }
  return end;
}

/** Where the attribution before a quotation starts: its sentence's start, within the paragraph. */
export function attributionStart(quote: QuoteSpan, context: Context): number {
  const paragraphStart = paragraphStartOf(quote.outerStart, context);
  const start = Math.max(paragraphStart, quote.outerStart - WINDOW);
  const cut = context.text.slice(start, quote.outerStart).search(/[.!?]\s[^.!?]*$/);
  return cut >= 0 ? start + cut + 2 : start;
}

