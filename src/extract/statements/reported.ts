// Reported (indirect) speech: "X said that …", "according to X, …", "…, X said.", "X vowed to …", "X told AFP that …".
import { PERSON_NOUNS } from '../lexicon/roles';
import { PERSON_PRONOUNS, REPORTING_VERBS } from '../lexicon/speech';
import type { Sentence } from '../text/sentences';
import { attributionModel } from './attribution-model';
import { within, type Span } from '../text/spans';
import { isQuoted, wordsOf, type Context } from './context';
import { describedSpeaker, lastSubject } from './speakers';

export interface ReportedSpeech {
  start: number;
  end: number;
  speakerId: string;
  mediumId: string | null;
  /** Where the attribution sits, to read the statement's date (and who it was said for) from. */
  attribution: { start: number; end: number };
}

const MIN_WORDS = 4;

/** A verb that reports speech: one of news English's, or a word the training data mostly uses as a cue. */
const isReporting = (word: string) => REPORTING_VERBS.has(word) || attributionModel().cues.has(word);
// Verbs whose "to …" complement is what was said ("vowed to stay", "urged residents to remain calm").
const INFINITIVE_VERBS = new Set(['vowed', 'pledged', 'promised', 'urged', 'called', 'asked', 'threatened', 'agreed', 'refused', 'offered', 'decided', 'warned']);
// Between a speaker and the verb: a bracketed aside or an apposition, adverbs, "also", "today".
// Also an apposition with names in it ("Ivo Hart, the speaker of the Assembly, said"), the comma that closes
// one ("The bloc's foreign policy chief, Ana Lind, said") and an auxiliary ("had said", "has repeatedly said");
// the apposition may name bodies ("Ana Lind, director of the Institute for Policy Studies, said").
const SPEAKER_GAP = /^\s*(?:\([^()]{0,30}\)\s*|,[^,\p{Lu}]{0,60},\s*|,\s*(?:the|a|an|\p{Ll}[\p{L}-]*)\s[^,]{0,100},\s*|,\s*)?(?:(?:also|again|then|today|later|earlier|repeatedly|had|has|have|\w+ly),?\s+)*$/u;
// "X said the army would help": a clause with no "that" opens with one of these, or with a name.
// A verb of a clause of its own: after "X said" it means the words said follow, not precede ("…, and the ministry
// said 133 people had been detained").
const CLAUSE_VERB = /\b(?:would|will|could|should|must|might|may|can|cannot|is|are|was|were|has|have|had)\b/;
const CLAUSE_OPENER = /^\s+(?:the|a|an|it|he|she|they|we|i|you|his|her|its|their|our|my|there|this|these|those|no|some|all|many|most|more|several|both|each|every|any|\p{Lu}[\p{L}-]*|\d[\d,.]*)\s/u;
// A subject that opens a clause after the verb ("said he planned …"), unlike a tail ("said on Monday").
const SUBJECT_OPENER = /^\s+(?:he|she|they|it|we|i|you|there|the|his|her|its|their|our)\s/;
// Or with a bare noun when a verb of the clause follows within a few words ("said hospitals needed more
// staff", "said prices would rise"), but not with a word that only tells when or where ("said on Monday").
const BARE_CLAUSE = /^\s+(?!(?:on|in|at|during|after|before|earlier|later|today|yesterday|last|next|this|late|recently|again|also|then|when|while|as|to|of|for|with|by|from|about|into|over|under|through|without)\s)\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?\s+(?:would|will|could|should|must|might|may|can|cannot|is|are|was|were|has|have|had|did|does|do|\p{Ll}+ed|\p{Ll}+s|still|also|never|often|now)\s/u;
// After the verb, before the clause: a few words (time, addressee: "told AFP", "said on Monday") then "that";
// for verbs of will, "to" ("vowed to stay", "called on residents to remain calm").
const TAIL_THAT = /^(?:\s+[^\s.,;:"“”]+){0,5}?\s+that\s+/u;
const TAIL_TO = /^(?:\s+[^\s.,;:"“”]+){0,4}?\s+to\s+/u;

/** Indirect statements of one article; spans never overlap a direct quotation. */
export function findReportedSpeech(sentences: Sentence[], context: Context, direct: readonly Span[], bodyStart = 0): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  const { text } = context;
  for (const whole of sentences) {
    if (whole.end <= bodyStart) continue;
    // The dateline is not part of what anyone said.
    const sentence = { ...whole, start: Math.max(whole.start, bodyStart) };
    const body = text.slice(sentence.start, sentence.end);
    const statement = accordingTo(sentence, body, context) ?? verbClause(sentence, body, context);
    if (!statement || wordsOf(text.slice(statement.start, statement.end)).length < MIN_WORDS) continue;
    // Words of a direct statement are found as such.
    if (direct.some((quote) => quote.start < statement.end && quote.end > statement.start)) continue;
    found.push(statement);
  }
  return found;
}

function speakerIn(from: number, to: number, context: Context): string | null {
  const named = within(context.mentions, from, to).find((m) => !isQuoted(m.start, context.quoted));
  return named?.entityId ?? describedSpeaker(wordsOf(context.text.slice(from, to)).slice(0, 6), from, context);
}

/** "According to X, clause." / "Clause, according to X." */
function accordingTo(sentence: Sentence, body: string, context: Context): ReportedSpeech | null {
  const match = /\baccording to\b/i.exec(body);
  if (!match) return null;
  const at = sentence.start + match.index;
  const afterPhrase = at + match[0].length;
  if (match.index < 5) {
    const comma = body.indexOf(',', match.index + match[0].length);
    if (comma < 0) return null;
    const speakerId = speakerIn(afterPhrase, sentence.start + comma, context);
    if (!speakerId) return null;
    return trimmed({ start: sentence.start + comma + 1, end: sentence.end, speakerId, mediumId: null, attribution: { start: at, end: sentence.start + comma } }, context.text);
  }
  const speakerId = speakerIn(afterPhrase, sentence.end, context);
  if (!speakerId) return null;
  // "Clause, X told reporters, according to the Y agency": X said it, Y carried it.
  const end = sentence.start + body.slice(0, match.index).replace(/[\s,]+$/, '').length;
  const inner = verbClause({ ...sentence, end }, context.text.slice(sentence.start, end), context);
  if (inner && inner.speakerId !== speakerId) {
    const carrier = context.mentions.find((m) => m.entityId === speakerId && m.start >= afterPhrase);
    return { ...inner, mediumId: inner.mediumId ?? (carrier?.type === 'Institution' ? speakerId : null) };
  }
  return trimmed({ start: sentence.start, end: at, speakerId, mediumId: null, attribution: { start: at, end: sentence.end } }, context.text);
}

/** "X said (that) clause." / "X vowed to …" / "Clause, X said." */
function verbClause(sentence: Sentence, body: string, context: Context): ReportedSpeech | null {
  const { text } = context;
  // A sentence that ends "…, X told reporters." is all X's, whatever verbs come before ("Y urged … to …").
  const closing = closingAttribution(sentence, body, context);
  if (closing && wordsOf(text.slice(closing.start, closing.end)).length >= MIN_WORDS) return closing;
  for (const verb of body.matchAll(/\b[\p{L}]+\b/gu)) {
    const word = verb[0].toLowerCase();
    if (!isReporting(word)) continue;
    const verbStart = sentence.start + verb.index;
    const verbEnd = verbStart + verb[0].length;
    if (isQuoted(verbStart, context.quoted)) continue;
    const speaker = speakerBefore(sentence.start, verbStart, context);
    if (!speaker) continue;
    const after = text.slice(verbEnd, sentence.end);
    // "said to a group of journalists" is no infinitive: only verbs of will take "to …" as what was said.
    const that = TAIL_THAT.exec(after);
    const to = that ? null : INFINITIVE_VERBS.has(word) ? TAIL_TO.exec(after) : null;
    const tail = that ?? to;
    if (tail) {
      const clauseStart = verbEnd + tail[0].length - (to ? 3 : 0);
      const addressee = within(context.mentions, verbEnd, verbEnd + tail[0].length).find((m) => m.type === 'Institution');
      return trimmed({ start: clauseStart, end: sentence.end, speakerId: speaker, mediumId: addressee?.entityId ?? null, attribution: { start: sentence.start, end: clauseStart } }, text);
    }
    if ((word === 'said' || word === 'says') && (CLAUSE_OPENER.test(text.slice(verbEnd, sentence.end)) || BARE_CLAUSE.test(text.slice(verbEnd, sentence.end)))) {
      return trimmed({ start: verbEnd, end: sentence.end, speakerId: speaker, mediumId: null, attribution: { start: sentence.start, end: verbEnd } }, text);
    }
  }
  return null;
}

/** "Clause, X said." — the last reporting verb closes the sentence, its speaker just after the last comma. */
function closingAttribution(sentence: Sentence, body: string, context: Context): ReportedSpeech | null {
  const { text } = context;
  const verb = [...body.matchAll(/\b[\p{L}]+\b/gu)].reverse().find((word) => isReporting(word[0].toLowerCase()));
  if (!verb) return null;
  const verbStart = sentence.start + verb.index;
  const verbEnd = verbStart + verb[0].length;
  if (isQuoted(verbStart, context.quoted)) return null;
  const rest = text.slice(verbEnd, sentence.end);
  const lastComma = text.lastIndexOf(',', verbStart);
  // "For his part, X said he planned …": a clause after the verb is what was said, not a tail.
  if (!/^[^,;:]{0,120}[.!?]?$/.test(rest) || CLAUSE_VERB.test(rest) || SUBJECT_OPENER.test(rest) || lastComma <= sentence.start) return null;
  const speaker = speakerBefore(lastComma, verbStart, context);
  if (!speaker) return null;
  return trimmed({ start: sentence.start, end: lastComma, speakerId: speaker, mediumId: null, attribution: { start: lastComma, end: sentence.end } }, text);
}

/** The named speaker right before a verb ("Tokyo’s mayor … said"), or the person a pronoun stands for. */
function speakerBefore(sentenceStart: number, verbStart: number, context: Context): string | null {
  const candidates = within(context.mentions, sentenceStart, verbStart);
  // The nearest name whose gap to the verb is a speaker's; a name closing with a bare comma must itself open
  // after one ("…chief, Ana Lind, said"), else it ends an apposition about someone before it ("Ms Reis, a
  // spokeswoman for the agency UNHCR, says" is Ms Reis).
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const candidate = candidates[i]!;
    const gap = context.text.slice(candidate.end, verbStart);
    if (!SPEAKER_GAP.test(gap)) continue;
    if (/^\s*,\s*$/.test(gap) && !/,\s*$/.test(context.text.slice(sentenceStart, candidate.start))) continue;
    return candidate.entityId;
  }
  const before = wordsOf(context.text.slice(Math.max(sentenceStart, verbStart - 40), verbStart));
  const lastWord = before[before.length - 1];
  if (lastWord && PERSON_PRONOUNS.has(lastWord)) return lastSubject(verbStart, context, lastWord);
  // "the economist said": a description right before the verb.
  if (lastWord && PERSON_NOUNS.has(lastWord) && before.includes('the')) return describedSpeaker([lastWord], verbStart, context);
  return null;
}

function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /[\s.!?,;:]/.test(text[at - 1]!)) at -= 1;
  return at;
}

function trimmed(statement: ReportedSpeech, text: string): ReportedSpeech | null {
  let start = statement.start;
  while (start < statement.end && /[\s,;:]/.test(text[start]!)) start += 1;
  const end = trimEnd(text, statement.end);
  return end > start ? { ...statement, start, end } : null;
}
