// Institutions named without capitals: "the interior ministry", "the Lviv mayor’s office".
import { LOWERCASE_INSTITUTION_HEADS, MEDIA_HEADS, VAGUE_MODIFIERS } from '../lexicon/institutions';
import type { Token } from '../text/tokens';
import type { RawMention } from './classify';

const MAX_MODIFIERS = 3;
const ADJECTIVE_HEADS = new Set(['military']);
const STOP = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'of', 'and', 'or', 'by', 'to', 'in', 'on', 'for', 'with']);

/** A name's possessive, which determines like "the" ("Norway’s air force"). */
const isOwner = (token: Token) => token.capitalised && /['’]s$/.test(token.text);

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
    // Drop modifiers that identify nothing ("the new cabinet"); what is left must still name the body.
    while (first < i && VAGUE_MODIFIERS.has(tokens[first]!.text.toLowerCase())) first += 1;
    if (first === i) continue;
    // "the Kabar agency": a named medium, which the name's own classification reads (one entity, not two).
    if (MEDIA_HEADS.has(head.text) && tokens.slice(first, i).every((token) => token.capitalised)) continue;
    mentions.push({ type: 'Institution', name: text.slice(tokens[first]!.start, head.end), start: tokens[first]!.start, end: head.end });
  }
  return mentions;
}
