// Statements of one article: direct quotations with their speakers.
import type { SourceArticle } from '../../sources/article';
import { findQuoteSpans } from './quote-spans';
import { attributeQuotes, type SpeakerCandidate } from './speakers';

export interface FoundStatement {
  articleId: string;
  quote: string;
  speakerId: string | null;
  direct: boolean;
  date: string | null;
  about: string[];
  start: number;
  end: number;
}

export function findStatements(article: SourceArticle, mentions: SpeakerCandidate[]): FoundStatement[] {
  const quotes = findQuoteSpans(article.text);
  const speakers = attributeQuotes(article.text, quotes, mentions);
  return quotes.map((quote, i) => ({
    articleId: article.id,
    quote: article.text.slice(quote.start, quote.end),
    speakerId: speakers[i]!.speakerId,
    direct: true,
    date: article.date,
    about: [],
    start: quote.start,
    end: quote.end,
  }));
}
