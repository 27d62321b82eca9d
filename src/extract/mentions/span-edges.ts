// Where a tagged name starts and ends: no lower-case everyday word at either edge ("the opposition Party of
// Socialists" is "Party of Socialists"), no title before a person's name ("Ms. Lind"), no place's possessive
// inside ("Peru's Congress" is Peru and Congress), a body's name runs on through "of"/"for" and the capitalised
// words after its head ("Kiel Institute for the World Economy"), and a country's whole name is one name
// ("Democratic Republic of the Congo", not "Republic of the Congo").
import { countryByName } from '../knowledge/countries';
import { placeByName } from '../knowledge/places';
import { isCommonWord } from '../knowledge/words';
import { INSTITUTION_HEADS } from '../lexicon/institutions';
import { ROLE_WORDS } from '../lexicon/roles';
import type { TaggedSpan } from './tagger';

const EDGE_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const FIRST_WORD = /^(\S+)\s+/u;
const LAST_WORD = /\s+(\S+)$/u;
const COMPLEMENT = /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}'’-]*)*/u;

// "Kia Motor Corp of South Korea": a company's suffix ends its name; what follows says where it is.
const COMPANY_SUFFIX = /^(?:corp|inc|ltd|plc|llc|ag|sa|gmbh|co|holding|holdings|group|company)\.?$/i;
const isEdgeWord = (word: string) => EDGE_WORD.test(word) && isCommonWord(word);
// "Ms. Lind", "Sen. Cole": a title is the titles stage's, not part of a person's name.
const isTitleWord = (word: string) => ROLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
const WORD_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}'’-]*\s+)$/u;

const POSSESSIVE_INSIDE = /^(.+?)['’]s\s+(\S.*)$/u;

/** "Peru's Congress": a country's or a place's possessive ends its name; what follows is a name of its own. */
function splitAtPlacePossessive(span: TaggedSpan, text: string): TaggedSpan[] {
  const inside = POSSESSIVE_INSIDE.exec(text.slice(span.start, span.end));
  if (!inside || !(countryByName(inside[1]!) || placeByName(inside[1]!))) return [span];
  const place = { start: span.start, end: span.start + inside[1]!.length, kind: 'LOC' as const };
  return [place, { ...span, start: span.end - inside[2]!.length }];
}

/** The span widened by capitalised words before it while that makes a longer country's name. */
function wholeCountryName(span: TaggedSpan, text: string): TaggedSpan {
  let { start } = span;
  for (let words = 0; words < 2; words += 1) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (!before || !countryByName(text.slice(start - before[1]!.length, span.end))) break;
    start -= before[1]!.length;
  }
  return start === span.start ? span : { ...span, start, kind: 'LOC' };
}

export function fixSpanEdges(spans: TaggedSpan[], text: string): TaggedSpan[] {
  const trimmed = spans.flatMap((whole) => splitAtPlacePossessive(whole, text)).flatMap((span) => {
    let { start, end } = span;
    const dropsLead = (word: string) => isEdgeWord(word) || (span.kind === 'PER' && isTitleWord(word));
    for (let lead = FIRST_WORD.exec(text.slice(start, end)); lead && dropsLead(lead[1]!); lead = FIRST_WORD.exec(text.slice(start, end))) start += lead[0].length;
    for (let tail = LAST_WORD.exec(text.slice(start, end)); tail && isEdgeWord(tail[1]!); tail = LAST_WORD.exec(text.slice(start, end))) end -= tail[0].length;
    return isEdgeWord(text.slice(start, end)) ? [] : [wholeCountryName({ ...span, start, end }, text)];
  });
  const result: TaggedSpan[] = [];
  for (const span of trimmed) {
    const previous = result[result.length - 1];
    if (previous && span.start < previous.end) {
      // Swallowed by the name before it, or swallowing it (a country's whole name taking the word before).
      if (span.start <= previous.start) result[result.length - 1] = span;
      continue;
    }
    const head = LAST_WORD.exec(text.slice(span.start, span.end))?.[1] ?? text.slice(span.start, span.end);
    const takesComplement = INSTITUTION_HEADS.has(head.toLowerCase()) && !COMPANY_SUFFIX.test(head);
    const complement = span.kind === 'ORG' && takesComplement ? COMPLEMENT.exec(text.slice(span.end, span.end + 120)) : null;
    result.push(complement && !complement[0].includes('\n') ? { ...span, end: span.end + complement[0].length } : span);
  }
  return result;
}
