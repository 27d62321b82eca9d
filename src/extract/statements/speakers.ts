// Who said each quotation: a dash signature, else the trained ranker's pick among the names, pronouns and
// descriptions around it (speaker-candidates.ts), else the rules that came before it (a name next to a speech
// verb, "the statement" to the body that issued the last one); pronouns and descriptions resolve to the last
// fitting antecedent; quotations in a run share one speaker.
import { INSTITUTION_HEADS } from '../lexicon/institutions';
import { PERSON_NOUNS } from '../lexicon/roles';
import { genderOfGivenName } from '../knowledge/words';
import { PERSON_PRONOUNS } from '../lexicon/speech';
import { lowerBound, within } from '../text/spans';
import { attributionEnd, attributionStart, type Context, isQuoted, lastAtOrBefore, saysSomething, type SpeakerCandidate, speechVerbOffset, wordsOf } from './context';
import { attributionModel, score } from './attribution-model';
import type { QuoteSpan } from './quote-spans';
import { speakerCandidates, type SpeakerCandidateSpan } from './speaker-candidates';

export { speakerContext, type Context, type SpeakerCandidate } from './context';

export interface Attribution {
  speakerId: string | null;
  /** The outlet that passed the words on ("… was quoted by Xinhua"), kept apart from the speaker. */
  mediumId: string | null;
  /** The body or country the speaker spoke for ("… on behalf of the World Health Organization"). */
  onBehalfOfId: string | null;
}

const DOCUMENT_NOUNS = new Set(['statement', 'text', 'declaration', 'document', 'communique', 'communiqué', 'letter', 'report', 'release', 'announcement', 'message', 'post']);

/** One attribution per quote span, in the same order. */
export function attributeQuotes(context: Context): Attribution[] {
  const { text, quotes } = context;
  const typeOf = new Map(context.mentions.map((m) => [m.entityId, m.type]));
  const found: (string | null | undefined)[] = quotes.map((quote) => {
    // The rules after the ranker add on the seed only (README), where the ranker says no one.
    const id = signedBy(quote, context) ?? rankedSpeaker(quote, context) ?? fromAfter(quote, context) ?? fromBefore(quote, context);
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

/** “…” ― Name: a quotation signed with a dash and a name, the way epigraphs and collected voices are. */
function signedBy(quote: QuoteSpan, context: Context): string | null {
  const after = context.text.slice(quote.outerEnd, attributionEnd(quote, context));
  const dash = /^\s*[―—–]\s*/.exec(after);
  if (!dash) return null;
  const at = quote.outerEnd + dash[0].length;
  const signer = within(context.mentions, at, at + 80)[0];
  return signer && signer.start === at ? signer.entityId : null;
}

/** The trained ranker's choice among the names, pronouns and descriptions around the quotation; null for no one. */
export function rankedSpeaker(quote: QuoteSpan, context: Context): string | null {
  const weights = attributionModel().speaker;
  let best: SpeakerCandidateSpan | undefined;
  let bestScore = -Infinity;
  for (const candidate of speakerCandidates(quote, context)) {
    const value = score(weights, candidate.features);
    if (value > bestScore) [best, bestScore] = [candidate, value];
  }
  return best ? candidateEntity(best, context) : null;
}

/** The entity a chosen candidate stands for: a name's own, a pronoun's or description's antecedent. */
export function candidateEntity(candidate: SpeakerCandidateSpan, context: Context): string | null {
  if (candidate.kind === 'none') return null;
  if (candidate.entityId) return candidate.entityId;
  return describedSpeaker([candidate.word!], candidate.start, context);
}

/** "…,” Macron said" / "…” reads the statement by …" / "…,” he added". */
function fromAfter(quote: QuoteSpan, context: Context): string | null {
  const { text } = context;
  const end = attributionEnd(quote, context);
  const window = text.slice(quote.outerEnd, end);
  if (!saysSomething(window)) return null;
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
  const start = attributionStart(quote, context);
  const window = context.text.slice(start, quote.outerStart);
  if (!saysSomething(window) && !/:\s*$/.test(window)) return null;
  // The subject: a person if one is named (a body before them only qualifies them), else the first name.
  const unquoted = within(context.mentions, start, quote.outerStart).filter((m) => !isQuoted(m.start, context.quoted));
  // "He said the Commission recommended … “…”": a pronoun subject of the speech verb, before any name.
  const verbAt = speechVerbOffset(window);
  const subjectWords = verbAt < 0 ? [] : wordsOf(window.slice(0, verbAt));
  if (verbAt >= 0 && PERSON_PRONOUNS.has(subjectWords.at(-1) ?? '') && !unquoted.some((m) => m.start < start + verbAt)) return lastSubject(start, context, subjectWords.at(-1));
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

/** An institution named after "by", "to" or "told" in the attribution ("quoted by Xinhua", "told AFP"). */
function mediumAfter(quote: QuoteSpan, context: Context, speakerId: string | null): string | null {
  const { text } = context;
  const end = attributionEnd(quote, context);
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
  const pronoun = words.find((word) => PERSON_PRONOUNS.has(word));
  if (pronoun) return lastSubject(before, context, pronoun);
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

/** The first person named in the nearest earlier sentence that names one (its subject, most often); for "he"
 * or "she", the first whose given name (in any of its mentions) is not only the other gender's. */
export function lastSubject(before: number, context: Context, pronoun?: string): string | null {
  const wanted = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
  const fits = (m: SpeakerCandidate) => {
    if (m.type !== 'Person' || isQuoted(m.start, context.quoted)) return false;
    const gender = wanted && genderOf(m.entityId, context);
    return !gender || gender === wanted;
  };
  let end = before;
  for (let step = 0; step < 4 && end > 0; step += 1) {
    const start = Math.max(0, Math.max(lastAtOrBefore(context.fullStops, end - 2), lastAtOrBefore(context.lineBreaks, end - 2)) + 1);
    const person = within(context.mentions, start, end).find(fits);
    if (person) return person.entityId;
    end = start - 1;
  }
  return null;
}

/** A person's gender as their given name tells it, read from whichever of their mentions has one. */
function genderOf(entityId: string, context: Context): 'male' | 'female' | null {
  if (!context.genders.has(entityId)) {
    let gender: 'male' | 'female' | null = null;
    for (const m of context.mentions) {
      if (m.entityId !== entityId) continue;
      const words = context.text.slice(m.start, m.end).split(/\s+/);
      if (words.length > 1 && (gender = genderOfGivenName(words[0]!))) break;
    }
    context.genders.set(entityId, gender);
  }
  return context.genders.get(entityId)!;
}
