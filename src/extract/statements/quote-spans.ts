// Direct quotations: text between quote marks, per paragraph, including quotes that run over several
// paragraphs (each opens with a mark, only the last closes) and closing marks whose opening is missing.
export interface QuoteSpan {
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** Offsets of the marks (or of the paragraph edge where a mark is missing). */
  outerStart: number;
  outerEnd: number;
  /** Index of the multi-paragraph quotation it belongs to (parts share a speaker). */
  group: number;
  /** Whether the quotation ends with a real closing mark in this part. */
  closed: boolean;
}

const MARKS = new Set(['“', '”', '"', '«', '»', '„']);
// Shorter quotations are kept only as the first half of a split one (“Heartbreaking,” she said. “…”).
export const MIN_WORDS = 3;

type Role = 'open' | 'close';

/** Whether a mark opens or closes, read from its neighbours (texts misuse “ and ” often enough). */
function roleOf(text: string, index: number): Role {
  const mark = text[index]!;
  const before = text[index - 1] ?? ' ';
  const after = text[index + 1] ?? ' ';
  const spaceBefore = /[\s([{—–-]/.test(before) || index === 0;
  const spaceAfter = /[\s.,;:!?)\]}—–-]/.test(after) || index + 1 >= text.length;
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return mark === '“' || mark === '«' || mark === '„' ? 'open' : 'close';
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let group = 0;
  let carried = false; // the previous paragraph left a quotation open
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const base = paragraph.index;
    const line = paragraph[0];
    let open: number | null = null;
    let first = true;
    const startOfText = line.length - line.trimStart().length;
    for (let i = 0; i < line.length; i += 1) {
      if (!MARKS.has(line[i]!)) continue;
      const role = roleOf(line, i);
      if (role === 'open') {
        if (open === null) {
          // A paragraph opening with a mark continues a quotation the previous one left open.
          if (!(first && carried && i === startOfText)) group += 1;
          open = i;
        }
      } else if (open !== null) {
        push(spans, text, base + open, base + i + 1, group, true);
        open = null;
      } else if (first) {
        // A closing mark with no opening: the quotation started at the paragraph's start.
        group += carried ? 0 : 1;
        push(spans, text, base + startOfText, base + i + 1, group, true, false);
      }
      first = false;
    }
    carried = open !== null;
    if (open !== null) push(spans, text, base + open, base + line.length, group, false);
  }
  return spans;
}

function push(spans: QuoteSpan[], text: string, outerStart: number, outerEnd: number, group: number, closed: boolean, openMark = true): void {
  let start = outerStart + (openMark ? 1 : 0);
  let end = closed ? outerEnd - 1 : outerEnd;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end -= 1;
  if (!/\p{L}/u.test(text.slice(start, end))) return;
  spans.push({ start, end, outerStart, outerEnd, group, closed });
}
