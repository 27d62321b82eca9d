import { SENTENCE_OPENERS } from '../extract/lexicon/function-words';

// An author's name written between the dateline and the body ("Paris 03.02.2023 Jane Doe “We are…").

// Lower-case particles inside names (van, de, al-, bin …).
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten']);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const OPENING_QUOTE = /^["“«‘„']/;

export interface Byline {
  author: string;
  /** Characters the byline takes, trailing space included. */
  length: number;
}

/** A byline at the start of `text` (just after a dateline): a 2–4 word name followed by a new sentence. */
export function parseByline(text: string): Byline | null {
  const prefixed = /^By\s+/.exec(text);
  const offset = prefixed ? prefixed[0].length : 0;
  const words = text.slice(offset, offset + 120).split(/(\s+)/);
  const name: string[] = [];
  let length = offset;
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i]!;
    const next = words[i + 2];
    if (!NAME_WORD.test(word) && !(PARTICLES.has(word) && name.length > 0)) break;
    if (SENTENCE_OPENERS.has(word) || /[’']s$/.test(word)) break;
    name.push(word);
    length += word.length + (words[i + 1]?.length ?? 0);
    if (name.length > 4) return null;
    // Stop at the name's end: the next word opens a sentence or a quote.
    if (next !== undefined && (OPENING_QUOTE.test(next) || SENTENCE_OPENERS.has(next) || (prefixed && /[,\n]/.test(words[i + 1] ?? '')))) break;
  }
  const next = text.slice(length);
  const opensSentence = OPENING_QUOTE.test(next) || SENTENCE_OPENERS.has(next.split(/\s/)[0] ?? '') || Boolean(prefixed);
  const capitalised = name.filter((word) => !PARTICLES.has(word));
  if (capitalised.length < 2 || !opensSentence || PARTICLES.has(name[name.length - 1]!)) return null;
  return { author: name.join(' '), length };
}
