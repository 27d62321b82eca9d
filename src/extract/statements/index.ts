// Statements of one article: direct quotations and reported speech, with speaker, medium and date.
import type { SourceArticle } from '../../sources/article';
import { findDates } from '../dates/resolve-dates';
import type { Sentence } from '../text/sentences';
import { lowerBound } from '../text/spans';
import { attributionStart, hasAttributionAfter, saysSomething, wordsOf, type Context } from './context';
import { findQuoteSpans, MIN_WORDS, type QuoteSpan } from './quote-spans';
import { findReportedSpeech } from './reported';
import { attributionModel, score } from './attribution-model';
import { joinSplitQuotes, quoteText, type JoinedQuote } from './split-quotes';
import { statementFeatures } from './statement-features';
import { attributeQuotes, onBehalfOf, speakerContext, type SpeakerCandidate } from './speakers';

export interface FoundStatement {
  articleId: string;
  quote: string;
  speakerId: string | null;
  mediumId: string | null;
  onBehalfOfId: string | null;
  direct: boolean;
  date: string | null;
  /** Offsets of the quoted words in the article text (evidence). */
  start: number;
  end: number;
}

export function findStatements(article: SourceArticle, sentences: Sentence[], mentions: SpeakerCandidate[], bodyStart = 0): FoundStatement[] {
  const quotes = findQuoteSpans(article.text);
  const context = speakerContext(article.text, quotes, mentions, bodyStart);
  const attributions = attributeQuotes(context);
  const joined = joinSplitQuotes(quotes, attributions, context).filter(({ parts }) => wordCount(parts, context) >= MIN_WORDS);
  const said = joined.filter(({ parts }) => isSaid(parts, context));
  const toStatement = ({ parts, attribution }: JoinedQuote, direct: boolean): FoundStatement => ({
    articleId: article.id,
    quote: quoteText(article.text, parts),
    // Field by field: a spread followed by new fields takes V8's slow path.
    speakerId: attribution.speakerId,
    mediumId: attribution.mediumId,
    onBehalfOfId: attribution.onBehalfOfId,
    direct,
    date: dateAround(article, sentences, parts[0]!.outerStart, parts.at(-1)!.outerEnd),
    start: parts[0]!.start,
    end: parts.at(-1)!.end,
  });
  const direct = said.map((quote) => toStatement(quote, true));
  // Quotations that are no statement of their own may lie inside reported speech ("called on residents “to remain calm”").
  const spans = said.map(({ parts }) => ({ start: parts[0]!.outerStart, end: parts.at(-1)!.outerEnd }));
  const reported: FoundStatement[] = findReportedSpeech(sentences, context, spans, bodyStart).map((speech) => ({
    articleId: article.id,
    quote: article.text.slice(speech.start, speech.end),
    speakerId: speech.speakerId,
    mediumId: speech.mediumId,
    onBehalfOfId: onBehalfOf(speech.attribution.start, speech.attribution.end, context),
    direct: false,
    date: dateIn(article, speech.attribution.start, speech.attribution.end) ?? article.date,
    start: speech.start,
    end: speech.end,
  }));
  // A partial quotation that has a speaker but is no direct statement ("reported that “…”") is reported speech:
  // its words, said by that speaker, unless reported speech around it holds them already.
  const partial = joined
    .filter((quote) => quote.attribution.speakerId && !said.includes(quote))
    .map((quote) => toStatement(quote, false))
    .filter((quote) => !reported.some((speech) => speech.start <= quote.start && quote.end <= speech.end));
  return [...direct, ...reported, ...partial].sort((a, b) => a.start - b.start);
}

// The gold of the classifier's training data leaves out quotations under four words; for those a speech verb decides.
const MIN_CLASSIFIED_WORDS = 4;

/** Whether a quotation is someone's words: the classifier's say, or for a short one a speech verb around it. */
const wordCount = (parts: QuoteSpan[], context: Context) => parts.reduce((n, part) => n + wordsOf(context.text.slice(part.start, part.end)).length, 0);

function isSaid(parts: QuoteSpan[], context: Context): boolean {
  const words = wordCount(parts, context);
  if (words < MIN_CLASSIFIED_WORDS) return hasAttributionAfter(parts.at(-1)!, context) || saysSomething(context.text.slice(attributionStart(parts[0]!, context), parts[0]!.outerStart));
  return score(attributionModel().statement, statementFeatures(parts, context)) > 0;
}

/** When the words were said: a date in the attribution around the quotation ("… said on Thursday"), else the article's. */
function dateAround(article: SourceArticle, sentences: Sentence[], quoteStart: number, quoteEnd: number): string | null {
  const i = Math.max(0, lowerBound(sentences, quoteEnd) - 1);
  const sentence = sentences[i];
  const after = sentence && sentence.end > quoteEnd ? dateIn(article, quoteEnd, sentence.end) : null;
  return after ?? article.date;
}

// The most precise date wins ("Earlier this year, in September" is September).
const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

function dateIn(article: SourceArticle, start: number, end: number): string | null {
  const dates = findDates(article.text.slice(start, end), article.date, null);
  return dates.sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision])[0]?.start ?? null;
}
