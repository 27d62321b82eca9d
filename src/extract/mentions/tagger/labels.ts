// The tag set of the mention tagger: BILOU (begin, inside, last, unit) over the four CoNLL kinds, and O.
// BILOU rather than BIO: a tag says where a name ends as well as where it starts (Ratinov and Roth, 2009).
export const KINDS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type Kind = (typeof KINDS)[number];

export const TAGS: readonly string[] = ['O', ...KINDS.flatMap((kind) => ['B', 'I', 'L', 'U'].map((part) => `${part}-${kind}`))];
export const O = 0;

export interface LabelledSpan {
  /** Token indexes [first, last) within one sentence. */
  first: number;
  last: number;
  kind: Kind;
}

const part = (tag: number) => (tag === O ? 'O' : TAGS[tag]![0]!);
const kindOf = (tag: number) => (tag === O ? null : (TAGS[tag]!.slice(2) as Kind));
const tagIndex = (name: string) => TAGS.indexOf(name);

/** Whether tag `next` may follow tag `previous` (-1 = sentence start; `next` = -1 is the sentence end). */
export function allowed(previous: number, next: number): boolean {
  const open = previous >= 0 && (part(previous) === 'B' || part(previous) === 'I');
  if (next < 0) return !open;
  const p = part(next);
  if (open) return (p === 'I' || p === 'L') && kindOf(next) === kindOf(previous);
  return p === 'O' || p === 'B' || p === 'U';
}

/** BILOU tags of `length` tokens holding the spans. */
export function encode(spans: LabelledSpan[], length: number): number[] {
  const tags = new Array<number>(length).fill(O);
  for (const { first, last, kind } of spans) {
    if (last - first === 1) tags[first] = tagIndex(`U-${kind}`);
    else {
      tags[first] = tagIndex(`B-${kind}`);
      for (let i = first + 1; i < last - 1; i += 1) tags[i] = tagIndex(`I-${kind}`);
      tags[last - 1] = tagIndex(`L-${kind}`);
    }
  }
  return tags;
}

/** The spans a sequence of valid BILOU tags holds. */
export function decode(tags: readonly number[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let first = -1;
  tags.forEach((tag, i) => {
    const p = part(tag);
    if (p === 'U') spans.push({ first: i, last: i + 1, kind: kindOf(tag)! });
    else if (p === 'B') first = i;
    else if (p === 'L' && first >= 0) {
      spans.push({ first, last: i + 1, kind: kindOf(tag)! });
      first = -1;
    }
  });
  return spans;
}

/** Kind of each tag index (null for O), for feature and history code. */
export const TAG_KIND: readonly (Kind | null)[] = TAGS.map((_, tag) => kindOf(tag));
