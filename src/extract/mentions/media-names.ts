// A name before a media word is a news medium ("the Rete-7 TV channel", "the Xinhua agency", "the AFP and
// Kyodo agencies"), whatever the tagger took it for, and even where it tagged nothing; "TV channel" is part of
// its name, "agency" is not.
import { isCommonWord } from '../knowledge/words';
import { MEDIA_HEADS } from '../lexicon/institutions';
import type { Mention } from './typed-mentions';

// Up to two media words after the name, in lower case or an acronym ("TV").
const AFTER = /^\s+([\p{Ll}]+|TV)(?:\s+([\p{Ll}]+))?/u;
// A capitalised run of one to four words before a media word ("the Novosti agency", "Rete-7 TV channel").
const NAMED_MEDIUM = /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}\d'’.-]*\s+){0,3}\p{Lu}[\p{L}\d'’.-]*)(?=\s+(?:news\s+)?(?:[\p{Ll}]+|TV)\b)/gu;
const NOT_IN_NAME = new Set(['agency', 'agencies']);
const isMedia = (word: string | undefined) => Boolean(word && MEDIA_HEADS.has(word.toLowerCase()));

/** The medium a name before media words names, or null when no media word follows. */
function medium(start: number, end: number, text: string): Mention | null {
  const after = AFTER.exec(text.slice(end, end + 40).replace(/^(\s+)news(?=\s)/, '$1    '));
  if (!after || !isMedia(after[1])) return null;
  const words = isMedia(after[2]) ? 2 : 1;
  const last = (words === 2 ? after[2] : after[1])!.toLowerCase();
  const head = words === 2 ? after[0] : after[0].slice(0, after[0].indexOf(after[1]!) + after[1]!.length);
  const nameEnd = NOT_IN_NAME.has(last) ? end : end + head.length;
  const name = text.slice(start, nameEnd);
  return { type: 'Institution', name, start, end: nameEnd, ...(nameEnd > end ? { alias: text.slice(start, end).replace(/\s+TV$/, '') } : {}) };
}

export function typeMediaNames(mentions: Mention[], text: string): Mention[] {
  const typed = mentions.map((mention) => (mention.type === 'Country' ? mention : (medium(mention.start, mention.end, text) ?? mention)));
  // Names the tagger left out: no everyday words only, and not inside a name it found.
  const taken = (start: number, end: number) => typed.some((m) => start < m.end && m.start < end);
  const added: Mention[] = [];
  for (const match of text.matchAll(NAMED_MEDIUM)) {
    const start = match.index;
    const end = start + match[1]!.length;
    // Most capitalised runs have no media word after them: that is asked first, being the cheapest no.
    const found = medium(start, end, text);
    if (!found || taken(start, end) || match[1]!.split(/\s+/).every((word) => isCommonWord(word.toLowerCase()))) continue;
    added.push(found);
  }
  return added.length ? [...typed, ...added].sort((a, b) => a.start - b.start) : typed;
}
