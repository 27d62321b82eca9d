// Statements of one article: direct quotations and reported speech, with speaker, medium and date.
import type { SourceArticle } from '../../sources/article';
import { findDates } from '../dates/resolve-dates';
import type { Sentence } from '../text/sentences';
import { lowerBound } from '../text/spans';
import { findQuoteSpans } from './quote-spans';
import { findReportedSpeech } from './reported';
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
  const context = speakerContext(article.text, quotes, mentions);
  const attributions = attributeQuotes(context);
  const direct = quotes.map((quote, i) => ({
    articleId: article.id,
    quote: article.text.slice(quote.start, quote.end),
    speakerId: attributions[i]!.speakerId,
    mediumId: attributions[i]!.mediumId,
    onBehalfOfId: attributions[i]!.onBehalfOfId,
    direct: true,
    date: dateAround(article, sentences, quote.outerStart, quote.outerEnd),
    start: quote.start,
    end: quote.end,
  }));
  const reported = findReportedSpeech(sentences, context, bodyStart).map((speech) => ({
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
  return [...direct, ...reported].sort((a, b) => a.start - b.start);
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
