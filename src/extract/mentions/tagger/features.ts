// Features of each token: the word, its shape and affixes, its neighbours, what the gazetteers say of it, how
// the rest of the article writes it, and (second pass) how the first pass tagged it elsewhere.
//
// A feature is a template and a value ("w" and "paris"; a value may come in parts, "ww-" and "the" | "paris"),
// given to a sink as they are found, so that the run-time look-up hashes the parts where they lie instead of
// building a new "w=paris" string for every token. Training joins them: featureName("w", "paris") = "w=paris".
import { memoised } from '../../text/memo';
import { gazetteerClasses } from './gazetteer';
import { TAG_KIND } from './labels';
import type { TaggerToken } from './tagger-tokens';

const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;
const LOWER = /^[\p{Ll}][\p{Ll}'’-]*$/u;
const ALL_CAPS = /^[\p{Lu}][\p{Lu}.&'-]+$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

function charClass(ch: string): string {
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{Ll}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  return ch;
}

/** "Xxxxx" for "Paris" (at most 8 marks) and its short form "Xx" (runs of one mark collapsed). */
function shapes(text: string): [long: string, short: string] {
  let long = '';
  let short = '';
  for (const ch of text) {
    const c = charClass(ch);
    if (long.length < 8) long += c;
    if (short[short.length - 1] !== c) short += c;
  }
  return [long, short];
}

/** Features of a word that depend on nothing but its text: its forms, shapes and affixes. */
export interface WordInfo {
  lower: string;
  long: string;
  short: string;
  /** Template/value pairs. */
  own: string[];
}

/** A word's forms, shapes and own features (remembered: words come again). */
export const wordInfo: (text: string) => WordInfo = memoised((text) => {
  const lower = text.toLowerCase();
  const [long, short] = shapes(text);
  const own = ['b', '', 'w', lower, 'sh', short, 'lsh', long];
  if (text !== lower) own.push('W', text);
  // "U.N." and "UN" are one acronym.
  if (ACRONYM.test(text)) own.push('acr', text.replace(/\./g, ''));
  for (let k = 1; k <= 4 && k < lower.length; k += 1) own.push(SUFFIX[k]!, lower.slice(-k), PREFIX[k]!, lower.slice(0, k));
  return { lower, long, short, own };
});

const SUFFIX = ['', 's1', 's2', 's3', 's4'];
const PREFIX = ['', 'p1', 'p2', 'p3', 'p4'];

/** A line mostly in capitals (a wire headline), where a capital says little. */
function isCapitalsLine(tokens: TaggerToken[]): boolean {
  const words = tokens.filter((token) => HAS_LETTER.test(token.text));
  const caps = words.filter((token) => token.text.length >= 2 && token.text === token.text.toUpperCase()).length;
  return words.length >= 2 && caps / words.length >= 0.6;
}

/** How the whole article writes each word: capitalised inside a sentence, or in lower case. */
export interface DocumentContext {
  capitalised: Map<string, number>;
  lower: Map<string, number>;
  /** Per sentence: written mostly in capitals. */
  capitalsLine: boolean[];
  /** A sports report (scores, matches): there a city's name is most often its team's. */
  sport: boolean;
}

const SCORE = /^\d{1,3}-\d{1,3}$/;
const SPORT_WORDS = new Set([
  'match', 'matches', 'goal', 'goals', 'innings', 'wickets', 'league', 'championship', 'tournament', 'season', 'coach', 'striker',
  'halftime', 'half-time', 'beat', 'drew', 'draw', 'scored', 'seeded', 'semifinal', 'semi-final', 'quarter-final', 'final', 'cup',
  'team', 'teams', 'club', 'clubs', 'players', 'race', 'lap', 'points', 'standings', 'victory', 'defeat', 'win', 'won',
]);
const MIN_SPORT_SIGNS = 4;

export function documentContext(sentences: TaggerToken[][]): DocumentContext {
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  const capitalsLine = sentences.map(isCapitalsLine);
  let sportSigns = 0;
  sentences.forEach((tokens, s) => {
    tokens.forEach((token, i) => {
      const key = wordInfo(token.text).lower;
      if (SCORE.test(token.text) || SPORT_WORDS.has(key)) sportSigns += 1;
      if (i > 0 && !capitalsLine[s] && CAPITALISED.test(token.text)) capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
      else if (LOWER.test(token.text)) lower.set(key, (lower.get(key) ?? 0) + 1);
    });
  });
  return { capitalised, lower, capitalsLine, sport: sportSigns >= MIN_SPORT_SIGNS };
}

const BOUNDARY = ['<s>', '</s>'] as const;

// Templates "g|<class>" (valued by the word's shape), made once per class so look-ups reuse them.
const shapeTemplates = new Map<string, string>();
const withShape = (cls: string) => shapeTemplates.get(cls) ?? (shapeTemplates.set(cls, `g|${cls}`), `g|${cls}`);
const LIST_JOINS = new Set([',', 'and', 'or', '&', ';']);
const isCapitalised = (token: TaggerToken | undefined) => Boolean(token && CAPITALISED.test(token.text));

/**
 * For each token, the nearest token of the name listed just before it and just after it, across a comma or
 * "and" and a bracketed aside ("Bodø (in the north), Alta"), or -1: names in one list are mostly of one kind.
 */
export function listNeighbours(tokens: TaggerToken[]): { left: number[]; right: number[] } {
  const left = tokens.map(() => -1);
  const right = tokens.map(() => -1);
  const overAside = (j: number, step: 1 | -1) => {
    const [open, close] = step === 1 ? ['(', ')'] : [')', '('];
    if (tokens[j]?.text !== open) return j;
    for (let k = j + step; k >= 0 && k < tokens.length && Math.abs(k - j) <= 8; k += step) if (tokens[k]!.text === close) return k + step;
    return j;
  };
  const overJoins = (j: number, step: 1 | -1) => {
    let k = j;
    while (k >= 0 && k < tokens.length && Math.abs(k - j) < 2 && LIST_JOINS.has(tokens[k]!.text)) k += step;
    return k === j ? -1 : k;
  };
  tokens.forEach((token, i) => {
    if (!isCapitalised(token)) return;
    if (!isCapitalised(tokens[i - 1])) {
      const k = overJoins(overAside(i - 1, -1), -1);
      if (k >= 0 && isCapitalised(tokens[k])) left[i] = k;
    }
    if (!isCapitalised(tokens[i + 1])) {
      const k = overJoins(overAside(i + 1, 1), 1);
      if (k >= 0 && isCapitalised(tokens[k])) right[i] = k;
    }
  });
  return { left, right };
}

/** Receives feature number k of token i: a template and a value, the value given in up to three parts ("a|b|c"). */
export type FeatureSink = (i: number, template: string, value: string, value2?: string, value3?: string) => void;

/** A feature's name as training and the model file write it. */
export function featureName(template: string, value: string, value2?: string, value3?: string): string {
  return `${template}=${value}${value2 === undefined ? '' : `|${value2}`}${value3 === undefined ? '' : `|${value3}`}`;
}

/** Gives a word's own features (`wordInfo(text).own`) to the sink as token i's. */
export function ownFeatures(text: string, i: number, emit: FeatureSink): void {
  const { own } = wordInfo(text);
  for (let k = 0; k < own.length; k += 2) emit(i, own[k]!, own[k + 1]!);
}

/**
 * The features token i takes from one neighbour alone, `offset` places away: its lower-case word or its short
 * shape (past the sentence's edges, "<s>" or "</s>" for both). The run time remembers their scores per word
 * instead of looking them up at every token. In the order training met them.
 */
export const NEIGHBOUR_FEATURES = [
  { offset: -1, template: 'w-1', of: 'lower' },
  { offset: 1, template: 'w+1', of: 'lower' },
  { offset: -2, template: 'w-2', of: 'lower' },
  { offset: 2, template: 'w+2', of: 'lower' },
  { offset: -1, template: 'sh-1', of: 'short' },
  { offset: 1, template: 'sh+1', of: 'short' },
] as const;

/** The word and shape a neighbour past the sentence's start (offset < 0) or end stands for. */
export const boundaryWord = (offset: number): string => (offset < 0 ? BOUNDARY[0] : BOUNDARY[1]);

/**
 * First-pass features of every token of one sentence (`s` its index in the article) that depend on its
 * context, token by token in order; a token's full list is its own features followed by these. With
 * `neighbours` false those of NEIGHBOUR_FEATURES are left to the caller.
 */
export function sentenceFeatures(tokens: TaggerToken[], s: number, doc: DocumentContext, emit: FeatureSink, neighbours = true): void {
  const infos = tokens.map((token) => wordInfo(token.text));
  const gazetteer = gazetteerClasses(tokens);
  const capsLine = doc.capitalsLine[s]!;
  const listed = listNeighbours(tokens);
  const word = (i: number) => (i < 0 ? BOUNDARY[0] : i >= tokens.length ? BOUNDARY[1] : infos[i]!.lower);
  const short = (i: number) => (i < 0 ? BOUNDARY[0] : i >= tokens.length ? BOUNDARY[1] : infos[i]!.short);
  tokens.forEach((token, i) => {
    const { lower: lw, short: shortShape } = infos[i]!;
    if (neighbours) for (const { offset, template, of } of NEIGHBOUR_FEATURES) emit(i, template, of === 'lower' ? word(i + offset) : short(i + offset));
    emit(i, 'ww-', word(i - 1), lw);
    emit(i, 'ww+', lw, word(i + 1));
    emit(i, 'shw', short(i - 1), shortShape, short(i + 1));
    if (i === 0) {
      emit(i, 'first', '');
      emit(i, 'first|sh', shortShape);
    }
    if (capsLine) {
      emit(i, 'caps', '');
      emit(i, 'caps|sh', shortShape);
    }
    for (const cls of gazetteer[i]!) {
      emit(i, 'g', cls);
      emit(i, withShape(cls), shortShape);
    }
    if (doc.sport) {
      emit(i, 'sport', '');
      emit(i, 'sport|sh', shortShape);
      for (const cls of gazetteer[i]!) emit(i, 'sport|g', cls);
    }
    if (i > 0) for (const cls of gazetteer[i - 1]!) emit(i, 'g-1', cls);
    if (i + 1 < tokens.length) for (const cls of gazetteer[i + 1]!) emit(i, 'g+1', cls);
    for (const [side, k] of [['ln', listed.left[i]!], ['rn', listed.right[i]!]] as const) {
      if (k < 0) continue;
      emit(i, side, 'cap');
      for (const cls of gazetteer[k]!) emit(i, side, cls);
    }
    if (HAS_LETTER.test(token.text)) {
      const selfCapitalised = i > 0 && !capsLine && CAPITALISED.test(token.text) ? 1 : 0;
      const selfLower = !selfCapitalised && LOWER.test(token.text) ? 1 : 0;
      const capitalisedElsewhere = (doc.capitalised.get(lw) ?? 0) - selfCapitalised > 0;
      const lowerElsewhere = (doc.lower.get(lw) ?? 0) - selfLower > 0;
      if (capitalisedElsewhere) emit(i, 'doc', 'cap');
      if (lowerElsewhere) emit(i, 'doc', 'low');
      if (ALL_CAPS.test(token.text)) emit(i, 'doc', capitalisedElsewhere ? 'caps+cap' : 'caps-cap');
      if (i === 0 && CAPITALISED.test(token.text)) emit(i, 'first|doc', capitalisedElsewhere ? (lowerElsewhere ? 'cap+low' : 'cap') : lowerElsewhere ? 'low' : 'none');
    }
  });
}

/** How the first pass tagged each word across the article: what the second pass's features read. */
export interface DocumentHistory {
  /** Per word: how often each kind (or "O") was given it. */
  kinds: Map<string, Map<string, number>>;
  /** Per word: the kinds of the names of two words or more that held it. */
  inside: Map<string, Map<string, number>>;
  /** Per sentence, per token: the first pass's kind, and whether it was inside a longer name. */
  tokenKinds: (string | null)[][];
  inLongName: boolean[][];
}

export function documentHistory(sentences: TaggerToken[][], firstPass: number[][]): DocumentHistory {
  const kinds = new Map<string, Map<string, number>>();
  const inside = new Map<string, Map<string, number>>();
  const bump = (map: Map<string, Map<string, number>>, key: string, kind: string) => {
    const counts = map.get(key) ?? new Map<string, number>();
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    map.set(key, counts);
  };
  const tokenKinds: (string | null)[][] = firstPass.map((tags) => tags.map((tag) => TAG_KIND[tag] ?? null));
  const inLongName = firstPass.map((tags) => {
    const long = tags.map(() => false);
    let start = -1;
    tags.forEach((tag, i) => {
      const part = TAG_KIND[tag] ? (tag - 1) % 4 : -1; // 0 B, 1 I, 2 L, 3 U
      if (part === 0) start = i;
      if (part === 2 && start >= 0) for (let k = start; k <= i; k += 1) long[k] = true;
    });
    return long;
  });
  sentences.forEach((tokens, s) =>
    tokens.forEach((token, i) => {
      if (!HAS_LETTER.test(token.text)) return;
      const key = wordInfo(token.text).lower;
      const kind = tokenKinds[s]![i] ?? 'O';
      bump(kinds, key, kind);
      if (inLongName[s]![i]) bump(inside, key, kind);
    }),
  );
  return { kinds, inside, tokenKinds, inLongName };
}

/** The kind given most often, not counting this token's own (`self`). */
function majority(counts: Map<string, number> | undefined, self: string | null): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [kind, count] of counts ?? []) {
    const n = count - (kind === self ? 1 : 0);
    if (n > bestCount) [best, bestCount] = [kind, n];
  }
  return best;
}

/**
 * Second-pass features of sentence s: how the first pass tagged the same word elsewhere in the article (its
 * kind most often), the kind of longer names elsewhere that hold it ("Simmons" inside "Phil Simmons"), and
 * the kinds of the names listed beside it.
 */
export function sentenceHistory(history: DocumentHistory, tokens: TaggerToken[], s: number, emit: FeatureSink): void {
  const listed = listNeighbours(tokens);
  const kindsHere = history.tokenKinds[s]!;
  tokens.forEach((token, i) => {
    if (!HAS_LETTER.test(token.text)) return;
    const key = wordInfo(token.text).lower;
    const kind = kindsHere[i] ?? 'O';
    if (listed.left[i]! >= 0) emit(i, 'lnk', kindsHere[listed.left[i]!] ?? 'O');
    if (listed.right[i]! >= 0) emit(i, 'rnk', kindsHere[listed.right[i]!] ?? 'O');
    const counts = history.kinds.get(key);
    emit(i, 'hk', majority(counts, kind) ?? 'none');
    for (const [other, count] of counts ?? []) if (other !== 'O' && count - (other === kind ? 1 : 0) > 0) emit(i, 'hk+', other);
    const holder = majority(history.inside.get(key), history.inLongName[s]![i] ? kind : null);
    if (holder && holder !== 'O') {
      emit(i, 'hs', holder);
      emit(i, i === 0 ? 'hs|first' : 'hs|inner', holder);
    }
  });
}
