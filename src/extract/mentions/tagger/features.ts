// Features of each token: the word, its shape and affixes, its neighbours, what the gazetteers say of it, how
// the rest of the article writes it, and (second pass) how the first pass tagged it elsewhere.
//
// A feature is a template and a value ("w" and "paris"), kept as two strings side by side in a flat list, so
// that the run-time look-up reuses strings it has hashed before (the word, its shape, class names) instead of
// building and hashing a new "w=paris" for every token. Training joins them as "w=paris".
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

const wordInfos = new Map<string, WordInfo>();
const MAX_CACHED = 200_000;

export function wordInfo(text: string): WordInfo {
  let info = wordInfos.get(text);
  if (info) return info;
  const lower = text.toLowerCase();
  const [long, short] = shapes(text);
  const own = ['b', '', 'w', lower, 'sh', short, 'lsh', long];
  if (text !== lower) own.push('W', text);
  // "U.N." and "UN" are one acronym.
  if (ACRONYM.test(text)) own.push('acr', text.replace(/\./g, ''));
  for (let k = 1; k <= 4 && k < lower.length; k += 1) own.push(SUFFIX[k]!, lower.slice(-k), PREFIX[k]!, lower.slice(0, k));
  info = { lower, long, short, own };
  if (wordInfos.size >= MAX_CACHED) wordInfos.clear();
  wordInfos.set(text, info);
  return info;
}

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

/**
 * First-pass features of every token of one sentence (`s` its index in the article) that depend on its context;
 * a token's full list is `wordInfo(text).own` followed by these. Template/value pairs.
 */
export function sentenceFeatures(tokens: TaggerToken[], s: number, doc: DocumentContext): string[][] {
  const infos = tokens.map((token) => wordInfo(token.text));
  const gazetteer = gazetteerClasses(tokens);
  const capsLine = doc.capitalsLine[s]!;
  const listed = listNeighbours(tokens);
  const word = (i: number) => (i < 0 ? BOUNDARY[0] : i >= tokens.length ? BOUNDARY[1] : infos[i]!.lower);
  const short = (i: number) => (i < 0 ? BOUNDARY[0] : i >= tokens.length ? BOUNDARY[1] : infos[i]!.short);
  return tokens.map((token, i) => {
    const { lower: lw, short: shortShape } = infos[i]!;
    const f = ['w-1', word(i - 1), 'w+1', word(i + 1), 'w-2', word(i - 2), 'w+2', word(i + 2), 'sh-1', short(i - 1), 'sh+1', short(i + 1)];
    f.push('ww-', `${word(i - 1)}|${lw}`, 'ww+', `${lw}|${word(i + 1)}`, 'shw', `${short(i - 1)}|${shortShape}|${short(i + 1)}`);
    if (i === 0) f.push('first', '', 'first|sh', shortShape);
    if (capsLine) f.push('caps', '', 'caps|sh', shortShape);
    for (const cls of gazetteer[i]!) f.push('g', cls, withShape(cls), shortShape);
    if (doc.sport) {
      f.push('sport', '', 'sport|sh', shortShape);
      for (const cls of gazetteer[i]!) f.push('sport|g', cls);
    }
    if (i > 0) for (const cls of gazetteer[i - 1]!) f.push('g-1', cls);
    if (i + 1 < tokens.length) for (const cls of gazetteer[i + 1]!) f.push('g+1', cls);
    for (const [side, k] of [['ln', listed.left[i]!], ['rn', listed.right[i]!]] as const) {
      if (k < 0) continue;
      f.push(side, 'cap');
      for (const cls of gazetteer[k]!) f.push(side, cls);
    }
    if (HAS_LETTER.test(token.text)) {
      const selfCapitalised = i > 0 && !capsLine && CAPITALISED.test(token.text) ? 1 : 0;
      const selfLower = !selfCapitalised && LOWER.test(token.text) ? 1 : 0;
      const capitalisedElsewhere = (doc.capitalised.get(lw) ?? 0) - selfCapitalised > 0;
      const lowerElsewhere = (doc.lower.get(lw) ?? 0) - selfLower > 0;
      if (capitalisedElsewhere) f.push('doc', 'cap');
      if (lowerElsewhere) f.push('doc', 'low');
      if (ALL_CAPS.test(token.text)) f.push('doc', capitalisedElsewhere ? 'caps+cap' : 'caps-cap');
      if (i === 0 && CAPITALISED.test(token.text)) f.push('first|doc', capitalisedElsewhere ? (lowerElsewhere ? 'cap+low' : 'cap') : lowerElsewhere ? 'low' : 'none');
    }
    return f;
  });
}

/**
 * Second-pass features: how the first pass tagged the same word elsewhere in the article (its kind most
 * often), and the kind of longer names elsewhere that hold it ("Simmons" inside "Phil Simmons").
 */
export function historyFeatures(sentences: TaggerToken[][], firstPass: number[][]): string[][][] {
  // Template/value pairs, as sentenceFeatures gives them.
  const kinds = new Map<string, Map<string, number>>();
  const inside = new Map<string, Map<string, number>>();
  const bump = (map: Map<string, Map<string, number>>, key: string, kind: string, by: number) => {
    const counts = map.get(key) ?? new Map<string, number>();
    counts.set(kind, (counts.get(kind) ?? 0) + by);
    map.set(key, counts);
  };
  const spanKinds: (string | null)[][] = firstPass.map((tags) => tags.map((tag) => TAG_KIND[tag] ?? null));
  // Lengths of the first pass's spans, per token: a token of a name of two words or more is "inside" one.
  const longSpan = firstPass.map((tags) => {
    const long = tags.map(() => false);
    let start = -1;
    tags.forEach((tag, i) => {
      const kind = TAG_KIND[tag];
      const part = kind ? (tag - 1) % 4 : -1; // 0 B, 1 I, 2 L, 3 U
      if (part === 0) start = i;
      if (part === 2 && start >= 0) for (let k = start; k <= i; k += 1) long[k] = true;
    });
    return long;
  });
  sentences.forEach((tokens, s) =>
    tokens.forEach((token, i) => {
      if (!HAS_LETTER.test(token.text)) return;
      const key = wordInfo(token.text).lower;
      const kind = spanKinds[s]![i] ?? 'O';
      bump(kinds, key, kind, 1);
      if (longSpan[s]![i]) bump(inside, key, kind, 1);
    }),
  );
  const majority = (counts: Map<string, number> | undefined, self: string | null) => {
    let best: string | null = null;
    let bestCount = 0;
    for (const [kind, count] of counts ?? []) {
      const n = count - (kind === self ? 1 : 0);
      if (n > bestCount) [best, bestCount] = [kind, n];
    }
    return best;
  };
  return sentences.map((tokens, s) => {
    const listed = listNeighbours(tokens);
    return tokens.map((token, i) => {
      if (!HAS_LETTER.test(token.text)) return [];
      const key = wordInfo(token.text).lower;
      const kind = spanKinds[s]![i] ?? 'O';
      const f: string[] = [];
      if (listed.left[i]! >= 0) f.push('lnk', spanKinds[s]![listed.left[i]!] ?? 'O');
      if (listed.right[i]! >= 0) f.push('rnk', spanKinds[s]![listed.right[i]!] ?? 'O');
      const most = majority(kinds.get(key), kind);
      f.push('hk', most ?? 'none');
      for (const [other, count] of kinds.get(key) ?? []) if (other !== 'O' && count - (other === kind ? 1 : 0) > 0) f.push('hk+', other);
      const holder = majority(inside.get(key), longSpan[s]![i] ? kind : null);
      if (holder && holder !== 'O') f.push('hs', holder, i === 0 ? 'hs|first' : 'hs|inner', holder);
      return f;
    });
  });
}
