// Titles before a person's name ("Foreign Minister", "French President", "Senate Majority Leader",
// "Prime Minister of Spain"): the title as the person's role, and the body or country it names as its holder.
// Its own stage, after the tagger, which marks names only.
import { isCommonWord } from '../knowledge/words';
import { SENTENCE_OPENERS } from '../lexicon/function-words';
import { ABBREVIATED_ROLES, HONORIFICS, PARTY_WORDS, ROLE_WORDS } from '../lexicon/roles';
import type { Token } from '../text/tokens';
import { lowerBound } from '../text/spans';
import type { Mention } from './typed-mentions';

export interface TitledMention extends Mention {
  /** The title written before the name, lower case ("foreign minister"). */
  role?: string;
  /** The body, country or place the title is held in ("French President" → France). */
  roleHolder?: TitledMention;
  /** Where the title starts, for the evidence of a position. */
  roleStart?: number;
}

const bare = (token: Token) => token.text.replace(/['’]s$/, '');
const lower = (token: Token) => bare(token).toLowerCase();
const isRoleToken = (token: Token) => ROLE_WORDS.has(lower(token)) || /^(ex|former|vice)-/i.test(token.text);
const HOLDER_TYPES = new Set(['Institution', 'Country', 'Place']);

/**
 * The mentions with each person's title attached; holders are the same objects as in the returned list.
 * `mentions` must be in text order and `tokens` are the text stage's tokens.
 */
export function attachTitles(mentions: Mention[], tokens: Token[]): TitledMention[] {
  const result: TitledMention[] = mentions.map((mention) => ({ ...mention }));
  // The mention ending at each token, so a walk back over the title can step over a holder's name.
  const endingAt = new Map<number, TitledMention>();
  const startingAt = new Map<number, TitledMention>();
  for (const mention of result) {
    endingAt.set(mention.end, mention);
    startingAt.set(mention.start, mention);
  }
  const tokenAt = (offset: number) => lowerBound(tokens, offset);
  // A body, country or place whose name ends with token j (or before its possessive: "Norway's").
  const holderEndingAt = (j: number, person: Mention) => {
    const token = tokens[j];
    const named = token && (endingAt.get(token.end) ?? endingAt.get(token.end - 2));
    return named && named !== person && HOLDER_TYPES.has(named.type) && named.end <= person.start ? named : undefined;
  };
  for (const person of result) {
    if (person.type !== 'Person') continue;
    const first = tokenAt(person.start);
    if (first >= tokens.length || tokens[first]!.start !== person.start) continue;
    const sentence = tokens[first]!.sentence;
    const words: string[] = [];
    let titleStart = -1;
    let holder: TitledMention | undefined;
    let j = first - 1;
    // "Prime Minister of Spain Pedro Ruiz": the holder between "of" and the name.
    const between = holderEndingAt(j, person);
    if (between) {
      let k = tokenAt(between.start) - 1;
      if (tokens[k]?.text === 'the') k -= 1;
      if (tokens[k]?.text === 'of' && tokens[k - 1] && isRoleToken(tokens[k - 1]!)) {
        holder = between;
        j = k - 1;
      }
    }
    for (; j >= 0 && tokens[j]!.sentence === sentence; j -= 1) {
      const token = tokens[j]!;
      // "Sen. Ann Cole": the dot of an abbreviated title.
      if (token.text === '.' && tokens[j - 1]?.end === token.start && isRoleToken(tokens[j - 1]!) && (titleStart < 0 ? j === first - 1 : titleStart === j + 1)) {
        titleStart = j;
        continue;
      }
      if (isRoleToken(token)) {
        words.unshift(lower(token));
        titleStart = j;
        continue;
      }
      if (titleStart !== j + 1) break;
      // "Secretary of State": "of" between title words.
      if (token.text === 'of' && tokens[j - 1] && isRoleToken(tokens[j - 1]!)) {
        words.unshift('of');
        continue;
      }
      // "French President", "Senate Majority Leader": a name before the title holds it.
      const named = holderEndingAt(j, person);
      if (named) {
        holder ??= named;
        j = tokenAt(named.start);
        titleStart = j;
        continue;
      }
      // "Environment Minister": a capitalised everyday word before a title names its portfolio.
      if (token.capitalised && isCommonWord(lower(token)) && !SENTENCE_OPENERS.has(token.text)) {
        words.unshift(lower(token));
        titleStart = j;
        continue;
      }
      break;
    }
    const role = words.filter((word) => !HONORIFICS.has(word)).map((word) => ABBREVIATED_ROLES.get(word) ?? word);
    const apposition = appositionAfter(person, tokens, startingAt);
    if (role.length) {
      person.role = role.join(' ');
      person.roleStart = tokens[titleStart]!.start;
      holder ??= holderAfter(person, tokens, startingAt);
      // "Senator Ann Cole, Republican of Iowa": the place her party's seat is in holds the title.
      holder ??= apposition?.party ? apposition.holder : undefined;
    } else if (apposition && !apposition.party) {
      // "Tom Berg, chief strategist of the campaign": a role said after the name.
      person.role = apposition.role;
      person.roleStart = apposition.start;
      holder = apposition.holder;
    }
    if (holder) person.roleHolder = holder;
  }
  return result;
}

interface Apposition {
  role: string;
  start: number;
  holder?: TitledMention;
  /** Whether the words are a party's ("a Democrat of New York"). */
  party: boolean;
}

/** ", (a|the) role words (of|for|at|from) Holder": what a comma after a name says the person is. */
function appositionAfter(person: Mention, tokens: Token[], startingAt: Map<number, TitledMention>): Apposition | undefined {
  let j = lowerBound(tokens, person.end);
  if (tokens[j]?.text !== ',') return undefined;
  j += 1;
  if (['a', 'an', 'the'].includes(tokens[j]?.text.toLowerCase() ?? '')) j += 1;
  const start = tokens[j]?.start;
  const words: string[] = [];
  let plain = 0; // lower-case words that are no title word ("strategist")
  const LINKS = ['of', 'for', 'at', 'from'];
  for (; tokens[j] && words.length < 5; j += 1) {
    const token = tokens[j]!;
    if (isRoleToken(token) && !HONORIFICS.has(lower(token))) words.push(lower(token));
    else if (/^\p{Ll}[\p{Ll}-]+$/u.test(token.text) && !LINKS.includes(token.text) && isCommonWord(token.text) && words.length) {
      words.push(token.text);
      plain += 1;
    } else break;
  }
  if (!words.length || start === undefined) return undefined;
  // Other words than titles make a role only as "… of/for/at X" ("chief strategist of the campaign").
  if (plain && !LINKS.includes(tokens[j]?.text ?? '')) return undefined;
  const party = words.every((word) => PARTY_WORDS.has(word));
  let holder: TitledMention | undefined;
  if (LINKS.includes(tokens[j]?.text ?? '')) {
    if (tokens[j + 1]?.text === 'the') j += 1;
    const named = tokens[j + 1] && startingAt.get(tokens[j + 1]!.start);
    if (named && HOLDER_TYPES.has(named.type)) holder = named;
  }
  // A lone party word says nothing without its place; a role without a holder is still a role.
  if (party && !holder) return undefined;
  return { role: words.map((word) => ABBREVIATED_ROLES.get(word) ?? word).join(' '), start, holder, party };
}

/** "Economist Lena Fischer of the Kiel Institute": the body named just after the person. */
function holderAfter(person: Mention, tokens: Token[], startingAt: Map<number, TitledMention>): TitledMention | undefined {
  let j = lowerBound(tokens, person.end);
  const link = tokens[j];
  if (!link || !['of', 'at', 'from'].includes(link.text)) return undefined;
  if (tokens[j + 1]?.text === 'the') j += 1;
  const next = tokens[j + 1];
  const named = next && startingAt.get(next.start);
  return named && named.type === 'Institution' ? named : undefined;
}
