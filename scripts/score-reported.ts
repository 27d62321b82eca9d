// Grades reported (indirect) speech on PolNeAR dev, which ../shared/eval/score.mjs does not: every annotated
// attribution whose content is not a quotation is a gold indirect statement. Found when one extracted statement
// of the article covers 70% of its words (the scorer's rule for quotes); the speaker is right when its names meet
// the source's name (the source's first capitalised name, or that name's last word, as the dev gold takes them).
//
//   npx tsx scripts/score-reported.ts [--json] [--verbose]
import { resolve } from 'node:path';
import { extractArticles } from '../src/extract';
import { findQuoteSpans } from '../src/extract/statements/quote-spans';
import { splitPlainText } from '../src/sources/plain-text';
import { bag, norm, overlap, size } from '../training/word-bags';
import { readBrat, type Span } from '../training/brat';

const DEV = resolve(process.env.NEWSGRAPH_DEV_DATA ?? '../shared/eval/dev');
const MIN_WORDS = 4;


const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** The source's name: its first run of capitalised words, and that run without the words before each of its
 * words ("Sen. David Perdue", "David Perdue", "Perdue"); none when the source is a pronoun or a description. */
function sourceNames(source: string): string[] {
  const run = /(?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*/u.exec(source.replace(/^(?:The|A|An)\s+(?=\p{Ll})/u, ''));
  if (!run) return [];
  const words = run[0].split(/\s+/);
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return [];
  return [...new Set(words.map((_, i) => norm(words.slice(i).join(' '))).filter(Boolean))];
}

const quotedShare = (span: Span, quotes: Span[]) =>
  quotes.reduce((n, q) => n + Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start)), 0) / Math.max(1, span.end - span.start);

export interface ReportedFigures {
  reportedRequired: number;
  reportedFound: number;
  reportedRecall: number;
  reportedNamed: number;
  reportedSpeakerRight: number;
  reportedSpeakerAccuracy: number;
  reportedAttributedRecall: number;
  reportedExtracted: number;
  reportedPrecision: number;
}

export async function scoreReported(verbose = false): Promise<ReportedFigures> {
  const brat = readBrat(DEV, 'dev');
  const articles = brat.map((item) => ({ item, article: splitPlainText(item.text, item.file)[0]! }));
  const result = await extractArticles(articles.map(({ article }) => article));
  const namesOf = new Map(result.entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map(norm))]));
  let required = 0;
  let found = 0;
  let named = 0;
  let namedRequired = 0;
  let right = 0;
  let extracted = 0;
  let supported = 0;
  for (const { item, article } of articles) {
    const quotes = findQuoteSpans(item.text).map((q) => ({ start: q.outerStart, end: q.outerEnd }));
    const statements = result.statements.filter((s) => s.articleId === article.id).map((s) => ({ ...s, bag: bag(s.quote) }));
    const contents: Map<string, number>[] = [];
    for (const attribution of item.attributions) {
      const content = attribution.content.map((part) => item.text.slice(part.start, part.end)).join(' ');
      const words = bag(content);
      contents.push(words);
      // Direct quotations are graded by the scorer; what is left is reported speech.
      const quoted = attribution.content.reduce((n, part) => n + quotedShare(part, quotes) * (part.end - part.start), 0);
      const length = attribution.content.reduce((n, part) => n + part.end - part.start, 0);
      if (size(words) < MIN_WORDS || quoted >= 0.5 * length) continue;
      required += 1;
      const gold = sourceNames(attribution.source.map((part) => item.text.slice(part.start, part.end)).join(' '));
      if (gold.length) namedRequired += 1;
      let best: (typeof statements)[number] | undefined;
      let cover = 0;
      for (const s of statements) {
        const c = overlap(words, s.bag) / size(words);
        if (c > cover) [best, cover] = [s, c];
      }
      if (!best || cover < 0.7) {
        if (verbose) console.log(`  reported missed [${item.file}] cue "${attribution.cue.map((part) => item.text.slice(part.start, part.end)).join(' ')}": ${content.slice(0, 80)}`);
        continue;
      }
      found += 1;
      if (!gold.length) continue;
      named += 1;
      const names = best.speakerId ? namesOf.get(best.speakerId) : undefined;
      if (names && gold.some((name) => names.has(name))) right += 1;
      else if (verbose) console.log(`  reported speaker wrong: "${content.slice(0, 50)}" → ${[...(names ?? ['none'])][0]} (gold ${gold[0]})`);
    }
    for (const s of statements.filter((x) => !x.direct && size(x.bag) >= MIN_WORDS)) {
      extracted += 1;
      if (contents.some((c) => overlap(s.bag, c) >= 0.7 * size(s.bag))) supported += 1;
      else if (verbose) console.log(`  reported false positive: ${s.quote.slice(0, 80)}`);
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return {
    reportedRequired: required,
    reportedFound: found,
    reportedRecall: ratio(found, required),
    reportedNamed: named,
    reportedSpeakerRight: right,
    reportedSpeakerAccuracy: ratio(right, named),
    reportedAttributedRecall: ratio(right, namedRequired),
    reportedExtracted: extracted,
    reportedPrecision: ratio(supported, extracted),
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('score-reported.ts')) {
  const figures = await scoreReported(process.argv.includes('--verbose'));
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else
    console.log(
      `reported speech: ${figures.reportedFound}/${figures.reportedRequired} found, precision ${figures.reportedPrecision.toFixed(3)} (${figures.reportedExtracted} indirect extracted), speaker right ${figures.reportedSpeakerRight}/${figures.reportedNamed} → speaker accuracy ${figures.reportedSpeakerAccuracy.toFixed(3)}`,
    );
}
