// Institutions named without capitals: "the interior ministry", "the Lviv mayor’s office".
import { LOWERCASE_INSTITUTION_HEADS, MEDIA_HEADS, VAGUE_MODIFIERS } from '../lexicon/institutions';
import { SPEECH_VERBS } from '../lexicon/speech';
import type { Token } from '../text/tokens';
import type { Mention as RawMention } from './typed-mentions';

const MAX_MODIFIERS = 3;
const ADJECTIVE_HEADS = new Set(['military']);
const STOP = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'of', 'and', 'or', 'by', 'to', 'in', 'on', 'for', 'with']);

/** A name's possessive, which determines like "the" ("Norway’s air force"). */
const isOwner = (token: Token) => token.capitalised && /['’]s$/.test(token.text);

const AUXILIARIES = new Set(['has', 'had', 'have', 'would', 'will', 'also', 'later', 'earlier', 'then', 'was', 'were', 'is', 'are', 'been']);

/**
 * A body named in lower case is a description ("the new government", "the army"), kept as a name only where
 * it speaks: before a speech verb ("the commandant's office said") or after "according to".
 */
function speaks(tokens: Token[], determiner: number, head: number): boolean {
  if (tokens[determiner - 2]?.text.toLowerCase() === 'according' && tokens[determiner - 1]?.text === 'to') return true;
  let next = head + 1;
  while (tokens[next] && AUXILIARIES.has(tokens[next]!.text)) next += 1;
  return Boolean(tokens[next] && SPEECH_VERBS.has(tokens[next]!.text));
}

export function findLowercaseInstitutions(tokens: Token[], text: string): RawMention[] {
  const mentions: RawMention[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const head = tokens[i]!;
    if (head.capitalised || !LOWERCASE_INSTITUTION_HEADS.has(head.text)) continue;
    // "the city police department": only the whole phrase, not "city police" inside it.
    const next = tokens[i + 1];
    if (next && next.sentence === head.sentence && LOWERCASE_INSTITUTION_HEADS.has(next.text)) continue;
    // "Norway’s new military doctrine": a head that is also an adjective, before its noun.
    if (ADJECTIVE_HEADS.has(head.text) && next?.word && !next.capitalised && next.sentence === head.sentence) continue;
    // Walk back over modifiers to a "the".
    let first = i;
    while (first > 0 && i - first < MAX_MODIFIERS) {
      const previous = tokens[first - 1]!;
      if (!previous.word || STOP.has(previous.text.toLowerCase()) || previous.sentence !== head.sentence || isOwner(previous)) break;
      first -= 1;
    }
    // After "the", or a name's possessive ("Norway’s air force").
    const determiner = tokens[first - 1];
    if (first === i || !determiner || !(determiner.text.toLowerCase() === 'the' || isOwner(determiner))) continue;
    if (!speaks(tokens, first - 1, i)) continue;
    // Drop modifiers that identify nothing ("the new cabinet"); what is left must still name the body.
    while (first < i && VAGUE_MODIFIERS.has(tokens[first]!.text.toLowerCase())) first += 1;
    if (first === i) continue;
    // "the Kabar news agency": a named medium, which the media rule reads (one entity, not two).
    if (MEDIA_HEADS.has(head.text) && tokens.slice(first, i).some((token) => token.capitalised)) continue;
    mentions.push({ type: 'Institution', name: text.slice(tokens[first]!.start, head.end), start: tokens[first]!.start, end: head.end });
  }
  return mentions;
}
