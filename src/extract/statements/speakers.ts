// Who said each quotation: a name next to a speech verb, a pronoun or description resolved to the last
// fitting antecedent, "the statement" to the body that issued the last one; quotations in a run share one.
import { INSTITUTION_HEADS } from '../lexicon/institutions';
import { PERSON_NOUNS } from '../lexicon/roles';
import { PERSON_PRONOUNS, SPEECH_VERBS } from '../lexicon/speech';
import { insideAny, lowerBound, within } from '../text/spans';
import type { QuoteSpan } from './quote-spans';

export interface SpeakerCandidate {
  entityId: string;
  type: 'Person' | 'Institution' | 'Country' | 'Place';
  start: number;
  end: number;
  role?: string;
}

export interface Attribution {
  speakerId: string | null;
  /** The outlet that passed the words on ("… was quoted by Xinhua"), kept apart from the speaker. */
  mediumId: string | null;
  /** The body or country the speaker spoke for ("… on behalf of the World Health Organization"). */
  onBehalfOfId: string | null;
}

const DOCUMENT_NOUNS = new Set(['statement', 'text', 'declaration', 'document', 'communique', 'communiqué', 'letter', 'report', 'release', 'announcement', 'message', 'post']);
const WINDOW = 220;

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
}

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
export const isQuoted = (position: number, quotes: { start: number; end: number }[]) => insideAny(quotes, position);

/** The look-up context shared by direct and reported speech of one article. */
export function speakerContext(text: string, quotes: QuoteSpan[], mentions: SpeakerCandidate[]): Context {
  return {
    text,
    mentions: mentions.filter((m) => m.type === 'Person' || m.type === 'Institution').sort((a, b) => a.start - b.start),
    bodies: mentions.filter((m) => m.type === 'Institution' || m.type === 'Country').sort((a, b) => a.start - b.start),
    quotes,
    quoted: quotes.map((quote) => ({ start: quote.outerStart, end: quote.outerEnd })),
    spoken: [],
  };
}

/** One attribution per quote span, in the same order. */
export function attributeQuotes(context: Context): Attribution[] {
  const { text, quotes } = context;
  const typeOf = new Map(context.mentions.map((m) => [m.entityId, m.type]));
  const found: (string | null | undefined)[] = quotes.map((quote) => {
    const id = fromAfter(quote, context) ?? fromBefore(quote, context);
    if (id) context.spoken.push({ at: quote.outerStart, id, type: typeOf.get(id) ?? 'Person' });
    return id;
  });
  // A quotation joined to the next by "and" or a comma shares its speaker ("“…” and “…,” the text continues").
  for (let i = quotes.length - 2; i >= 0; i -= 1) {
    const gap = text.slice(quotes[i]!.outerEnd, quotes[i + 1]!.outerStart);
    if (found[i] == null && /^\s*(,|and|,\s*and|;)?\s*$/.test(gap)) found[i] = found[i + 1];
  }
  // Parts of one multi-paragraph quotation share a speaker.
  const byGroup = new Map<number, string>();
  quotes.forEach((quote, i) => {
    if (found[i] && !byGroup.has(quote.group)) byGroup.set(quote.group, found[i]!);
  });
  quotes.forEach((quote, i) => {
    found[i] ??= byGroup.get(quote.group);
  });
  // A quotation with no attribution that opens the paragraph after another quotation continues it
  // ("Moreover, “…”" in the same paragraph; a declaration quoted over several paragraphs).
  for (let i = 1; i < quotes.length; i += 1) {
    if (found[i] != null) continue;
    const gap = text.slice(quotes[i - 1]!.outerEnd, quotes[i]!.outerStart);
    const nextParagraph = /^[^\n]*\n+\s*$/.test(gap);
    // In one paragraph, a quotation after "…,” she said." goes on with the same speaker.
    const sameSentenceRun = gap.length < 60 && !gap.includes('\n');
    if (nextParagraph || sameSentenceRun) found[i] = found[i - 1];
  }
  // "on behalf of" stated for one part of a quotation holds for all its parts.
  const behalf = quotes.map((quote) => onBehalfOf(quote.outerEnd, attributionEnd(quote, context), context) ?? onBehalfOf(attributionStart(quote, context), quote.outerStart, context));
  const behalfByGroup = new Map<number, string>();
  quotes.forEach((quote, i) => {
    if (behalf[i] && !behalfByGroup.has(quote.group)) behalfByGroup.set(quote.group, behalf[i]!);
  });
  const onBehalf = quotes.map((quote, i) => behalf[i] ?? behalfByGroup.get(quote.group) ?? null);
  // …and for the paragraphs that go on quoting the same speaker.
  for (let i = 1; i < quotes.length; i += 1) {
    const gap = text.slice(quotes[i - 1]!.outerEnd, quotes[i]!.outerStart);
    if (onBehalf[i] === null && found[i] && found[i] === found[i - 1] && /^[^\n]*\n+\s*$/.test(gap)) onBehalf[i] = onBehalf[i - 1]!;
  }
  return found.map((speakerId, i) => ({
    speakerId: speakerId ?? null,
    mediumId: mediumAfter(quotes[i]!, context, speakerId ?? null),
    onBehalfOfId: onBehalf[i]!,
  }));
}

const SPEECH_VERB_IN = (text: string) => wordsOf(text).some((word) => SPEECH_VERBS.has(word));

/** Offset of the first speech verb in `text`, or -1. */
function speechVerbOffset(text: string): number {
  for (const match of text.matchAll(/[\p{L}’'-]+/gu)) if (SPEECH_VERBS.has(match[0].toLowerCase())) return match.index;
  return -1;
}

/** "…,” Macron said" / "…” reads the statement by …" / "…,” he added". */
function fromAfter(quote: QuoteSpan, context: Context): string | null {
  const { text } = context;
  let end = Math.min(text.length, quote.outerEnd + WINDOW);
  const stop = text.slice(quote.outerEnd, end).search(/[“”"«»]|\n|[.!?](\s|$)/);
  if (stop >= 0) end = quote.outerEnd + stop;
  const window = text.slice(quote.outerEnd, end);
  if (!SPEECH_VERB_IN(window)) return null;
  // The speaker comes before any "by"/"to" that names a medium or an addressee ("quoted by Xinhua"); a body
  // named before a person only qualifies them ("the Commission's chief spokesman Jan Nowak told…").
  const inWindow = within(context.mentions, quote.outerEnd, end);
  const verbAt = speechVerbOffset(window);
  const beforeVerb = verbAt < 0 ? [] : inWindow.filter((m) => m.end <= quote.outerEnd + verbAt);
  // A person named before the verb said it ("…,” Foreign Ministry spokeswoman Ana Lind said), however long the title.
  const person = beforeVerb.filter((m) => m.type === 'Person').at(-1);
  if (person) return person.entityId;
  const named = inWindow[0];
  const firstWords = wordsOf(window).slice(0, 6);
  const described = describedSpeaker(firstWords, quote.outerStart, context);
  if (named && (!described || named.start - quote.outerEnd < 25)) return named.entityId;
  return described ?? named?.entityId ?? null;
}

/** "Macron said: “…”" / "The office also called on residents “…”" / "As the statement says, “…”". */
function fromBefore(quote: QuoteSpan, context: Context): string | null {
  const { text } = context;
  const paragraphStart = text.lastIndexOf('\n', quote.outerStart) + 1;
  let start = Math.max(paragraphStart, quote.outerStart - WINDOW);
  const cut = text.slice(start, quote.outerStart).search(/[.!?]\s[^.!?]*$/);
  if (cut >= 0) start += cut + 2;
  const window = text.slice(start, quote.outerStart);
  if (!SPEECH_VERB_IN(window) && !/:\s*$/.test(window)) return null;
  // The subject: a person if one is named (a body before them only qualifies them), else the first name.
  const unquoted = within(context.mentions, start, quote.outerStart).filter((m) => !isQuoted(m.start, context.quoted));
  // "He said the Commission recommended … “…”": a pronoun subject of the speech verb, before any name.
  const verbAt = speechVerbOffset(window);
  const subjectWords = verbAt < 0 ? [] : wordsOf(window.slice(0, verbAt));
  if (verbAt >= 0 && PERSON_PRONOUNS.has(subjectWords.at(-1) ?? '') && !unquoted.some((m) => m.start < start + verbAt)) return lastSubject(start, context);
  const named = unquoted.find((m) => m.type === 'Person') ?? unquoted[0];
  return named?.entityId ?? describedSpeaker(wordsOf(window).slice(0, 6), quote.outerStart, context);
}

/** The body or country named right after "on behalf of" in [from, to). */
export function onBehalfOf(from: number, to: number, context: Context): string | null {
  const match = /\bon behalf of\b/i.exec(context.text.slice(from, to));
  if (!match) return null;
  const at = from + match.index + match[0].length;
  return within(context.bodies, at, Math.min(to, at + 80))[0]?.entityId ?? null;
}

/** Where the attribution after a quotation ends: the sentence end, the next quotation or the line's end. */
function attributionEnd(quote: QuoteSpan, context: Context): number {
  const end = Math.min(context.text.length, quote.outerEnd + WINDOW);
  const stop = context.text.slice(quote.outerEnd, end).search(/[“”"«»]|\n|[.!?](\s|$)/);
  return stop >= 0 ? quote.outerEnd + stop : end;
}

/** Where the attribution before a quotation starts: its sentence's start, within the paragraph. */
function attributionStart(quote: QuoteSpan, context: Context): number {
  const paragraphStart = context.text.lastIndexOf('\n', quote.outerStart) + 1;
  const start = Math.max(paragraphStart, quote.outerStart - WINDOW);
  const cut = context.text.slice(start, quote.outerStart).search(/[.!?]\s[^.!?]*$/);
  return cut >= 0 ? start + cut + 2 : start;
}

/** An institution named after "by", "to" or "told" in the attribution ("quoted by Xinhua", "told AFP"). */
function mediumAfter(quote: QuoteSpan, context: Context, speakerId: string | null): string | null {
  const { text } = context;
  let end = Math.min(text.length, quote.outerEnd + WINDOW);
  const stop = text.slice(quote.outerEnd, end).search(/[“”"«»]|\n|[.!?](\s|$)/);
  if (stop >= 0) end = quote.outerEnd + stop;
  const medium = within(context.mentions, quote.outerEnd, end).find(
    // Not a body whose thing is named ("on the Commission’s package"): a possessive owns, it does not carry.
    (m) =>
      m.type === 'Institution' &&
      m.entityId !== speakerId &&
      /\b(?:by|to|told|in|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(quote.outerEnd, m.start - 12), m.start)) &&
      !/^['’]s\b/.test(text.slice(m.end, m.end + 3)),
  );
  return medium?.entityId ?? null;
}

/** A pronoun, "the expert", "the statement": the entity they stand for, looking back from `before`. */
export function describedSpeaker(words: string[], before: number, context: Context): string | null {
  if (words.some((word) => PERSON_PRONOUNS.has(word))) return lastSubject(before, context);
  const noun = words.find((word) => PERSON_NOUNS.has(word));
  if (noun) {
    const withRole = lastBefore(before, context, (m) => m.type === 'Person' && Boolean(m.role?.split(' ').includes(noun)));
    return withRole?.entityId ?? lastSpeakerOfType(before, context, 'Person') ?? lastSubject(before, context);
  }
  // "the party said": the last body that was called a party ("the ruling Georgian Dream party", "Labour Party").
  const head = words.find((word) => INSTITUTION_HEADS.has(word));
  if (head) {
    const called = lastBefore(before, context, (m) => m.type === 'Institution' && calledBy(m, head, context.text));
    if (called) return called.entityId;
  }
  if (words.some((word) => DOCUMENT_NOUNS.has(word))) {
    return lastSpeakerOfType(before, context, 'Institution') ?? lastBefore(before, context, (m) => m.type === 'Institution')?.entityId ?? null;
  }
  return null;
}

/** Whether the mention's name holds the head noun, or the word just after it is that noun ("Georgian Dream party"). */
function calledBy(mention: SpeakerCandidate, head: string, text: string): boolean {
  const named = text.slice(mention.start, mention.end).toLowerCase().split(/\s+/);
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(mention.end, mention.end + 30))?.[1]?.toLowerCase();
  return named.includes(head) || next === head;
}

/** The latest unquoted mention before `before` that passes `test`. */
function lastBefore(before: number, context: Context, test: (m: SpeakerCandidate) => boolean): SpeakerCandidate | undefined {
  for (let i = lowerBound(context.mentions, before) - 1; i >= 0; i -= 1) {
    const m = context.mentions[i]!;
    if (test(m) && !isQuoted(m.start, context.quoted)) return m;
  }
  return undefined;
}

/** The speaker of the latest earlier quotation that is of this type. */
function lastSpeakerOfType(before: number, context: Context, type: string): string | null {
  return [...context.spoken].reverse().find((entry) => entry.at < before && entry.type === type)?.id ?? null;
}

/** The first person named in the nearest earlier sentence that names one (its subject, most often). */
export function lastSubject(before: number, context: Context): string | null {
  const { text } = context;
  let end = before;
  for (let step = 0; step < 4 && end > 0; step += 1) {
    const start = Math.max(0, Math.max(text.lastIndexOf('. ', end - 2), text.lastIndexOf('\n', end - 2)) + 1);
    const person = within(context.mentions, start, end).find((m) => m.type === 'Person' && !isQuoted(m.start, context.quoted));
    if (person) return person.entityId;
    end = start - 1;
  }
  return null;
}
