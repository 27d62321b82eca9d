// A quotation split by its attribution ("“A,” Lind said. “B.”") is one statement: both halves, one speaker.
import type { QuoteSpan } from './quote-spans';
import { hasAttributionAfter, saysSomething, type Context } from './context';
import type { Attribution } from './speakers';

export interface JoinedQuote {
  /** The halves in text order (one when the quotation is not split). */
  parts: QuoteSpan[];
  attribution: Attribution;
}

// The attribution between two halves is short: a name or pronoun, a speech verb, a few words of circumstance.
const MAX_GAP = 160;

/** Quotations with their attributions, each split quotation joined into one. */
export function joinSplitQuotes(quotes: QuoteSpan[], attributions: Attribution[], context: Context): JoinedQuote[] {
  const joined: JoinedQuote[] = [];
  quotes.forEach((quote, i) => {
    const last = joined.at(-1);
    if (last && splitFrom(last.parts.at(-1)!, quote, context)) {
      last.parts.push(quote);
      last.attribution = {
        speakerId: last.attribution.speakerId ?? attributions[i]!.speakerId,
        mediumId: last.attribution.mediumId ?? attributions[i]!.mediumId,
        onBehalfOfId: last.attribution.onBehalfOfId ?? attributions[i]!.onBehalfOfId,
      };
      return;
    }
    joined.push({ parts: [quote], attribution: attributions[i]! });
  });
  return joined;
}

/** Whether `next` goes on with `previous`: only an attribution between them, in one paragraph, and none after `next`. */
function splitFrom(previous: QuoteSpan, next: QuoteSpan, context: Context): boolean {
  if (!previous.closed) return false;
  const gap = context.text.slice(previous.outerEnd, next.outerStart);
  if (gap.length > MAX_GAP || /[\n“”"«»]/.test(gap) || !/[,.:]\s*$/.test(gap)) return false;
  return saysSomething(gap) && !hasAttributionAfter(next, context);
}

/** The words of a joined quotation, its halves separated by a space. */
export const quoteText = (text: string, parts: QuoteSpan[]): string => parts.map((part) => text.slice(part.start, part.end)).join(' ');
