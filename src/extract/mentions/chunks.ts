// Runs of capitalised words ("World Health Organization", "Ursula von der Leyen") with their offsets.
import { countryByName } from '../knowledge/countries';
import { placeByName } from '../knowledge/places';
import { SENTENCE_OPENERS } from '../lexicon/function-words';
import { CALENDAR_WORDS } from '../lexicon/not-names';
import { ROLE_WORDS } from '../lexicon/roles';
import { isGivenName } from '../knowledge/words';
import type { Token } from '../text/tokens';

export interface Chunk {
  /** Token indexes [first, last). */
  first: number;
  last: number;
}

// Lower-case words that may sit inside a name when capitalised words follow.
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'in', 'de', 'van', 'von', 'der', 'den', 'da', 'das', 'dos', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'on', '&', '/']);

// Pairs of connectors inside names: "of the", "for the", "van den", "de la", "von der".
const DOUBLE_FIRST = new Set(['of', 'for', 'on', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'bin', 'ibn']);
const DOUBLE_SECOND = new Set(['the', 'den', 'der', 'la', 'le', 'al']);

const POSSESSIVE = /['’]s$/;

/**
 * A possessive ends a name ("France’s army", "Prime Minister Jan Nowak’s party") unless it is part of one
 * ("People’s Coalition"): it ends it after a place, or after a person's name (a title or a given name before it).
 */
function endsName(token: Token, run: Token[]): boolean {
  if (!POSSESSIVE.test(token.text)) return false;
  const bare = token.text.slice(0, -2);
  if (countryByName(bare) ?? placeByName(bare)) return true;
  if (!/^\p{Lu}/u.test(bare)) return true;
  return run.length >= 2 && (run.some((word) => ROLE_WORDS.has(word.text.toLowerCase())) || isGivenName(run[0]!.text));
}

/** Whether the token can be part of a name. */
export const isNameToken = (token: Token | undefined): boolean => Boolean(token?.capitalised || (token && ARABIC_ARTICLE.test(token.text)));
// "al-Burhan", "el-Sisi": an Arabic article joined to a capitalised name is part of the name.
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|az|ul)-\p{Lu}/u;

/** Capitalised runs within each sentence; connectors join them, a possessive ends them. */
export function findChunks(tokens: Token[], text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i += 1;
      continue;
    }
    // A run never starts with "The" or "A".
    if (SENTENCE_OPENERS.has(tokens[i]!.text) && isNameToken(tokens[i + 1])) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i + 1;
    while (last < tokens.length && tokens[last]!.sentence === tokens[first]!.sentence && !endsName(tokens[last - 1]!, tokens.slice(first, last))) {
      const token = tokens[last]!;
      const gap = text.slice(tokens[last - 1]!.end, token.start);
      // A line break ends a name; so does a glued-word cut ("PetrenkoOlena"), where two words touch.
      if (gap.includes('\n') || (gap === '' && token.word && tokens[last - 1]!.word)) break;
      // A capitalised "The" or "A" inside a run starts a new one ("Jane Doe The Council…").
      if (isNameToken(token) && !SENTENCE_OPENERS.has(token.text)) {
        last += 1;
        continue;
      }
      // "NATO/EU", "Committee of the Red Cross", "Dolf van den Brink": one or two connectors join when a name follows.
      const next = tokens[last + 1];
      const afterNext = tokens[last + 2];
      if (CONNECTORS.has(token.text) && isNameToken(next) && next!.sentence === token.sentence && !SENTENCE_OPENERS.has(next!.text) && !CALENDAR_WORDS.has(next!.text.toLowerCase())) {
        last += 2;
        continue;
      }
      if (DOUBLE_FIRST.has(token.text) && next && DOUBLE_SECOND.has(next.text) && isNameToken(afterNext) && afterNext!.sentence === token.sentence) {
        last += 3;
        continue;
      }
      break;
    }
    chunks.push({ first, last });
    i = last;
  }
  return chunks;
}

/** The text of tokens [first, last) as written, possessive 's removed from the end. */
export function spanOf(tokens: Token[], text: string, first: number, last: number): { start: number; end: number; text: string } {
  const start = tokens[first]!.start;
  let end = tokens[last - 1]!.end;
  const raw = text.slice(start, end);
  if (POSSESSIVE.test(raw)) end -= 2;
  return { start, end, text: text.slice(start, end) };
}

export { CONNECTORS };
