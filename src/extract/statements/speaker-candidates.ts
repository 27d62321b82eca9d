// Who may have said a quotation: the names, pronouns and descriptions around it (and "no one"), each with the
// features the trained speaker ranker weighs (training/train-attribution.ts). Features are general shapes of news
// English (side, distance, a speech verb between, the word before and after); words only ever lower-case ones.
import { INSTITUTION_HEADS, MEDIA_HEADS } from '../lexicon/institutions';
import { PERSON_NOUNS } from '../lexicon/roles';
import { PERSON_PRONOUNS, SPEECH_VERBS } from '../lexicon/speech';
import { within } from '../text/spans';
import { attributionEnd, attributionStart, type Context, isQuoted, opensParagraph, saysSomething, shape, speechVerbOffset, TOKEN } from './context';
import type { QuoteSpan } from './quote-spans';

export type CandidateKind = 'Person' | 'Institution' | 'pronoun' | 'description' | 'none';

export interface SpeakerCandidateSpan {
  kind: CandidateKind;
  /** A named candidate's title ("Rep."), from the mention. */
  role?: string;
  start: number;
  end: number;
  /** The entity a named candidate is a mention of. */
  entityId?: string;
  /** The pronoun or the description's head noun. */
  word?: string;
  features: string[];
}

const isWord = (token: string) => /^[\p{L}’'-]+$/u.test(token);

/** Distance in words, in buckets the ranker can weigh. */
function bucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return '4-5';
  if (n <= 8) return '6-8';
  if (n <= 12) return '9-12';
  return '13+';
}

/** The token just before `at` and just after `to`, as written (case kept). */
function tokenBefore(text: string, at: number, floor: number): string | undefined {
  const before = text.slice(Math.max(floor, at - 40), at).match(TOKEN);
  return before?.at(-1);
}

function tokenAfter(text: string, to: number, ceiling: number): string | undefined {
  return text.slice(to, Math.min(ceiling, to + 40)).match(TOKEN)?.[0];
}

/** Whether a media word follows the name, directly or after the rest of its list ("the Aldo and Nova Press agencies"). */
function namesMedium(text: string, end: number): boolean {
  const after = /^(?:\s*(?:,|and)\s+\p{Lu}[\p{L}\d.’'-]*(?:\s+\p{Lu}[\p{L}\d.’'-]*)*)*\s+(?:news\s+)?(\p{Ll}+|TV)\b/u.exec(text.slice(end, end + 120));
  return Boolean(after && MEDIA_HEADS.has(after[1]!.toLowerCase()));
}

/** Pronouns and "the senator" / "the agency" descriptions in [from, to), outside quotations and names. */
function pronounsAndDescriptions(from: number, to: number, context: Context): Omit<SpeakerCandidateSpan, 'features'>[] {
  const found: Omit<SpeakerCandidateSpan, 'features'>[] = [];
  const named = within(context.mentions, from, to);
  const inName = (at: number) => named.some((m) => m.start <= at && at < m.end);
  const slice = context.text.slice(from, to);
  for (const match of slice.matchAll(/[\p{L}’'-]+/gu)) {
    const start = from + match.index;
    const word = match[0];
    if (isQuoted(start, context.quoted) || inName(start)) continue;
    const lower = word.toLowerCase();
    if (PERSON_PRONOUNS.has(lower)) found.push({ kind: 'pronoun', start, end: start + word.length, word: lower });
    else if (word === lower && (PERSON_NOUNS.has(lower) || INSTITUTION_HEADS.has(lower))) {
      // A description needs its determiner within three words ("the Republican senator", "a spokesman").
      const lead = context.text.slice(Math.max(from, start - 40), start);
      if (/\b(?:the|a|an|this|that)\s+(?:[\p{L}’'-]+\s+){0,2}$/iu.test(lead)) found.push({ kind: 'description', start, end: start + word.length, word: lower });
    }
  }
  return found;
}

/** The candidates for one quotation part, nearest first on each side, then "no one". */
export function speakerCandidates(quote: QuoteSpan, context: Context): SpeakerCandidateSpan[] {
  const { text } = context;
  const from = attributionStart(quote, context);
  const to = attributionEnd(quote, context);
  const lastSpeaker = context.spoken.at(-1)?.id;
  const named = [...within(context.mentions, from, quote.outerStart), ...within(context.mentions, quote.outerEnd, to)]
    .filter((m) => !isQuoted(m.start, context.quoted))
    .map((m): Omit<SpeakerCandidateSpan, 'features'> => ({ kind: m.type as CandidateKind, start: m.start, end: m.end, entityId: m.entityId, role: m.role }));
  const others = [...pronounsAndDescriptions(from, quote.outerStart, context), ...pronounsAndDescriptions(quote.outerEnd, to, context)];
  // A body the speaker spoke for ("… on behalf of the Commission") is not who spoke.
  const spokenFor = (c: { start: number }) => /\bon behalf of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 20), c.start));
  const all = [...named, ...others].filter((c) => !spokenFor(c)).sort((a, b) => a.start - b.start);
  const before = all.filter((c) => c.end <= quote.outerStart).reverse();
  const after = all.filter((c) => c.start >= quote.outerEnd);
  const closing = text.slice(quote.end, quote.outerEnd).trim().replace(/[”"»]/g, '').at(-1) ?? text.slice(quote.start, quote.end).at(-1) ?? '';
  const quoteShape = [`qend=${/[,.?!:;—-]/.test(closing) ? closing : 'w'}`, `qopen=${opensParagraph(quote.outerStart, context) ? 'par' : 'mid'}`];
  const saysAfter = saysSomething(text.slice(quote.outerEnd, to));
  const saysBefore = saysSomething(text.slice(from, quote.outerStart));

  // Where the first speech verb after the quotation is: a name before it is its subject ("…,” X said), one
  // after it may be the subject ("…,” said X) or an addressee or a medium ("told X", "quoted by X").
  const verbOffset = speechVerbOffset(text.slice(quote.outerEnd, to));
  const verbAfter = verbOffset < 0 ? -1 : quote.outerEnd + verbOffset;
  const subjectBeforeVerb = verbAfter >= 0 && after.some((c) => c.start < verbAfter && c.kind !== 'description');
  // "…,” X was quoted as saying by the A, B and C agencies": media named after the verb passed the words on
  // (they are the statement's medium), when someone before the verb said them.
  if (subjectBeforeVerb) {
    const media = after.filter((c) => c.start > verbAfter && c.kind === 'Institution' && namesMedium(text, c.end));
    for (const medium of media) after.splice(after.indexOf(medium), 1);
  }
  const candidates: SpeakerCandidateSpan[] = [];
  const describe = (side: 'A' | 'B', list: typeof all) =>
    list.forEach((c, rank) => {
      const gapText = side === 'A' ? text.slice(quote.outerEnd, c.start) : text.slice(c.end, quote.outerStart);
      const gap = (gapText.match(TOKEN) ?? []).map(shape);
      const gapWords = gap.filter(isWord);
      const sv = gapWords.some((w) => SPEECH_VERBS.has(w));
      const next = tokenAfter(text, c.end, side === 'A' ? to : quote.outerStart);
      const previous = tokenBefore(text, c.start, side === 'A' ? quote.outerEnd : from);
      const kind = c.kind === 'description' ? `desc-${PERSON_NOUNS.has(c.word!) ? 'p' : 'o'}` : c.kind === 'pronoun' ? `pron-${c.word}` : c.kind;
      const k = `${kind}|${side}`;
      const f = [
        `k=${k}`,
        `k=${c.kind}|${side}|r${Math.min(rank, 3)}`,
        `d=${bucket(gapWords.length)}|${side}`,
        `d=${bucket(gapWords.length)}|${k}`,
        `sv=${sv}|${side}`,
        `sv=${sv}|${k}`,
        `next=${shape(next)}|${side}`,
        `prev=${shape(previous)}|${side}`,
        `nextsv=${SPEECH_VERBS.has(next?.toLowerCase() ?? '')}|${k}`,
        `prevsv=${SPEECH_VERBS.has(previous?.toLowerCase() ?? '')}|${k}`,
        ...quoteShape.map((q) => `${q}|${k}`),
      ];
      const lead = (text.slice(Math.max(side === 'A' ? quote.outerEnd : from, c.start - 30), c.start).match(TOKEN) ?? []).slice(-2);
      if (lead.length === 2) f.push(`prev2=${lead.map(shape).join('_')}|${c.kind}`);
      // One of several names listed ("by A, B and C"): a list names media or addressees more than a speaker.
      const listed = [',', 'and'].includes(shape(previous)) || ([',', 'and'].includes(shape(next)) && /^(?:,|and)\s+\p{Lu}/u.test(text.slice(c.end).trimStart()));
      if (listed) f.push(`list|${k}`);
      if (side === 'A') {
        const position = verbAfter < 0 ? 'none' : c.start < verbAfter ? 'before' : 'after';
        f.push(`verb=${position}|${k}`);
        // "…,” X was quoted as saying by Y": with a name before the verb, one after it is rarely the speaker.
        if (position === 'after') f.push(`verb=after|subject=${subjectBeforeVerb}|${k}`);
      }
      if (gapWords.length <= 3) f.push(`gap=${gap.join('_')}|${side}`);
      if (/^['’]s?$/.test(next ?? '') || /^['’]s\b/.test(text.slice(c.end, c.end + 3))) f.push(`poss|${side}`);
      if (gap.includes(':')) f.push(`colon|${side}`);
      if (/[.!?]\s/.test(gapText)) f.push(`stop|${side}`);
      if (c.kind === 'Person' && c.role) f.push(`role|${side}`);
      const open = text.slice(Math.max(from, c.start - 80), c.start);
      if (open.lastIndexOf('(') > open.lastIndexOf(')')) f.push(`paren|${side}`);
      if (c.entityId && c.entityId === lastSpeaker) f.push(`last|${k}`);
      candidates.push({ kind: c.kind, start: c.start, end: c.end, entityId: c.entityId, word: c.word, features: f });
    });
  describe('A', after);
  describe('B', before);
  candidates.push({
    kind: 'none',
    start: quote.outerStart,
    end: quote.outerStart,
    features: ['none', `none|svA=${saysAfter}|svB=${saysBefore}`, `none|n=${bucket(candidates.length)}`, ...quoteShape.map((q) => `none|${q}`), `none|colon=${/:\s*$/.test(text.slice(from, quote.outerStart))}`],
  });
  return candidates;
}
