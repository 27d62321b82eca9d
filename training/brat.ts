// PolNeAR attributions in brat standoff (../shared/eval/dev/polnear-brat): each attribution's source, cue and
// content as character spans of the article text. Where several annotators' files exist, the first is read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Span {
  start: number;
  end: number;
}

export interface BratAttribution {
  /** Fragments of each part (a content split by its attribution has two). */
  source: Span[];
  cue: Span[];
  content: Span[];
}

export interface BratArticle {
  file: string;
  text: string;
  attributions: BratAttribution[];
}

/** "2103 2168;2170 2425" → two fragments. */
const fragments = (offsets: string): Span[] =>
  offsets.split(';').map((pair) => {
    const [start, end] = pair.trim().split(/\s+/).map(Number);
    return { start: start!, end: end! };
  });

export function parseAnnotations(ann: string): BratAttribution[] {
  const spans = new Map<string, Span[]>();
  const attributions: BratAttribution[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (t) spans.set(t[1]!, fragments(t[3]!));
  }
  for (const line of ann.split('\n')) {
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const attribution: BratAttribution = { source: [], cue: [], content: [] };
    for (const role of e[1]!.trim().split(/\s+/)) {
      const [name, id] = role.split(':');
      const part = name === 'Source' ? attribution.source : name === 'Cue' ? attribution.cue : name === 'Content' ? attribution.content : null;
      if (part && id) part.push(...(spans.get(id) ?? []));
    }
    if (attribution.content.length) attributions.push(attribution);
  }
  return attributions;
}

/** Every article of one split ("train" or "dev"), in file-name order. */
export function readBrat(dev: string, split: 'train' | 'dev'): BratArticle[] {
  const root = join(dev, 'polnear-brat', split);
  const annotations = readdirSync(join(root, 'attributions')).sort();
  return readdirSync(join(root, 'text'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const stem = file.replace(/\.txt$/, '');
      const ann = annotations.find((name) => name === `${stem}.ann` || name.startsWith(`${stem}_`));
      return {
        file,
        text: readFileSync(join(root, 'text', file), 'utf8'),
        attributions: ann ? parseAnnotations(readFileSync(join(root, 'attributions', ann), 'utf8')) : [],
      };
    });
}
