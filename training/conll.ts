// CoNLL-2003 column files → articles as text, with their names as character spans.
// The tokens are joined back into text the way the dev documents write it (title, blank line, one sentence a
// line), so that the tagger is trained on the tokens it will see at run time, not on CoNLL's tokenisation.
import { readFileSync } from 'node:fs';
import type { Kind } from '../src/extract/mentions/tagger/labels';

export interface NamedSpan {
  start: number;
  end: number;
  kind: Kind;
}

export interface ConllDocument {
  text: string;
  names: NamedSpan[];
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'|\.\.\.)$/;
const NO_SPACE_AFTER = /^[(\[{$]$/;

/** One sentence's tokens as text, with each token's offset in it. */
function detokenize(tokens: string[]): { text: string; offsets: number[] } {
  let text = '';
  let quoteOpen = false;
  let glueNext = false;
  const offsets: number[] = [];
  for (const token of tokens) {
    const isQuote = token === '"';
    const glue = glueNext || (isQuote ? quoteOpen : NO_SPACE_BEFORE.test(token));
    if (text && !glue) text += ' ';
    offsets.push(text.length);
    text += token;
    glueNext = isQuote ? !quoteOpen : NO_SPACE_AFTER.test(token);
    if (isQuote) quoteOpen = !quoteOpen;
  }
  return { text, offsets };
}

/** Documents of a CoNLL-2003 file (IOB1 tags in the fourth column). */
export function readConll(path: string): ConllDocument[] {
  const documents: { sentences: { tokens: string[]; tags: string[] }[] }[] = [];
  let sentence: { tokens: string[]; tags: string[] } = { tokens: [], tags: [] };
  const flush = () => {
    if (sentence.tokens.length) documents.at(-1)?.sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      documents.push({ sentences: [] });
    } else if (!line.trim()) flush();
    else {
      const columns = line.split(' ');
      sentence.tokens.push(columns[0]!);
      sentence.tags.push(columns[3]!);
    }
  }
  flush();
  return documents.filter((doc) => doc.sentences.length).map(({ sentences }) => {
    let text = '';
    const names: NamedSpan[] = [];
    sentences.forEach(({ tokens, tags }, s) => {
      if (s > 0) text += s === 1 ? '\n\n' : '\n';
      const { text: line, offsets } = detokenize(tokens);
      const base = text.length;
      text += line;
      let open: NamedSpan | null = null;
      tags.forEach((tag, i) => {
        const start = base + offsets[i]!;
        const end = start + tokens[i]!.length;
        const kind = tag === 'O' ? null : (tag.slice(2) as Kind);
        if (open && (!kind || tag.startsWith('B-') || kind !== open.kind)) {
          names.push(open);
          open = null;
        }
        if (kind) {
          if (open) open.end = end;
          else open = { start, end, kind };
        }
      });
      if (open) names.push(open);
    });
    return { text, names };
  });
}
