// Training examples for attribution from PolNeAR: every article run through the extractor's own stages up to
// its resolved mentions, its quotations found as the extractor finds them, and each labelled from the brat
// annotation (who the source is) and the scorer's gold (whether it is a direct quotation at all).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStages, extractArticles } from '../src/extract';
import { wordsStart } from '../src/extract/pipeline/default-stages';
import type { ResolvedMention } from '../src/extract/pipeline/stages';
import { speakerContext, type Context } from '../src/extract/statements/context';
import { findQuoteSpans, type QuoteSpan } from '../src/extract/statements/quote-spans';
import { speakerCandidates } from '../src/extract/statements/speaker-candidates';
import { candidateEntity, type Attribution } from '../src/extract/statements/speakers';
import { joinSplitQuotes } from '../src/extract/statements/split-quotes';
import { statementFeatures } from '../src/extract/statements/statement-features';
import { splitPlainText } from '../src/sources/plain-text';
import { bag, overlap, size } from './word-bags';
import { readBrat, type BratAttribution, type Span } from './brat';

export interface RankingExample {
  /** Each candidate's features; the last candidate is "no one". */
  candidates: string[][];
  /** Indices of the right candidates (at least one). */
  right: number[];
}

export interface BinaryExample {
  features: string[];
  positive: boolean;
}

export interface AttributionData {
  ranking: RankingExample[];
  statements: BinaryExample[];
  /** Per lower-case word: how often it is written, and how often inside an annotated cue ("said", "argued"). */
  words: Map<string, { seen: number; cue: number }>;
}

interface GoldQuote {
  file: string;
  quote: string;
}


const overlapOf = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The attribution whose content covers most of the quotation, if it covers half of it. */
function attributionOf(quote: QuoteSpan, attributions: BratAttribution[]): BratAttribution | undefined {
  let best: BratAttribution | undefined;
  let most = 0;
  for (const attribution of attributions) {
    const covered = attribution.content.reduce((sum, part) => sum + overlapOf(part, quote), 0);
    if (covered > most) [best, most] = [attribution, covered];
  }
  return most * 2 >= quote.end - quote.start ? best : undefined;
}

const NO_ATTRIBUTION: Attribution = { speakerId: null, mediumId: null, onBehalfOfId: null };

/** Examples of one split: `brat` gives sources, `goldFile` the direct quotations the scorer counts. */
export async function attributionData(dev: string, split: 'train' | 'dev', goldFile: string): Promise<AttributionData> {
  const brat = readBrat(dev, split);
  const gold = (JSON.parse(readFileSync(join(dev, goldFile), 'utf8')) as { statements: GoldQuote[] }).statements;
  const goldBags = new Map<string, Map<string, number>[]>();
  for (const g of gold) goldBags.set(g.file, [...(goldBags.get(g.file) ?? []), bag(g.quote)]);

  const articles = brat.map((item) => ({ item, article: splitPlainText(item.text, item.file)[0]! }));
  const resolved = new Map<string, { mentions: ResolvedMention[]; bodyStart: number }>();
  await extractArticles(
    articles.map(({ article }) => article),
    {
      ...defaultStages,
      statements: ({ text, mentions }) => {
        resolved.set(text.article.id, { mentions, bodyStart: wordsStart(text) });
        return [];
      },
      events: () => [],
      about: (_corpus, statements) => statements.map(() => []),
    },
  );

  const data: AttributionData = { ranking: [], statements: [], words: new Map() };
  const count = (word: string, field: 'seen' | 'cue') => {
    const entry = data.words.get(word) ?? { seen: 0, cue: 0 };
    entry[field] += 1;
    data.words.set(word, entry);
  };
  for (const { item } of articles) {
    for (const match of item.text.matchAll(/\p{Ll}[\p{Ll}-]*/gu)) count(match[0], 'seen');
    for (const attribution of item.attributions)
      for (const cue of attribution.cue) for (const match of item.text.slice(cue.start, cue.end).matchAll(/\p{Ll}[\p{Ll}-]*/gu)) count(match[0], 'cue');
  }
  for (const { item, article } of articles) {
    const shift = item.text.indexOf(article.text);
    const attributions = item.attributions.map((a) => {
      const move = (spans: Span[]) => spans.map((s) => ({ start: s.start - shift, end: s.end - shift }));
      return { source: move(a.source), cue: move(a.cue), content: move(a.content) };
    });
    const quotes = findQuoteSpans(article.text);
    const { mentions, bodyStart } = resolved.get(article.id) ?? { mentions: [], bodyStart: 0 };
    const context: Context = speakerContext(article.text, quotes, mentions, bodyStart);
    for (const quote of quotes) {
      const attribution = attributionOf(quote, attributions);
      if (!attribution) continue;
      const candidates = speakerCandidates(quote, context);
      const right = candidates.flatMap((candidate, i) =>
        candidate.kind !== 'none' && attribution.source.some((source) => overlapOf(source, candidate) > 0) ? [i] : [],
      );
      const chosen = right.length ? right : [candidates.length - 1];
      data.ranking.push({ candidates: candidates.map((c) => c.features), right: chosen });
      // The speakers found so far, as the extractor keeps them (from the annotation here).
      const id = candidateEntity(candidates[chosen[0]!]!, context);
      if (id) context.spoken.push({ at: quote.outerStart, id, type: context.mentions.find((m) => m.entityId === id)?.type ?? 'Person' });
    }
    const bags = goldBags.get(item.file) ?? [];
    for (const { parts } of joinSplitQuotes(quotes, quotes.map(() => NO_ATTRIBUTION), context)) {
      const words = bag(parts.map((part) => article.text.slice(part.start, part.end)).join(' '));
      if (size(words) < 4) continue; // the gold leaves out quotations under four words
      const positive = bags.some((g) => overlap(g, words) >= 0.7 * size(words));
      data.statements.push({ features: statementFeatures(parts, context), positive });
    }
  }
  return data;
}
