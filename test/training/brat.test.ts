import { describe, expect, it } from 'vitest';
import { parseAnnotations } from '../../training/brat';

describe('brat attributions', () => {
  it('ties source, cue and content, with a content split in two fragments', () => {
    const ann = [
      'T1\tSource 0 9\tAna Lind',
      'T2\tCue 10 14\tsaid',
      'T3\tContent 20 40;52 70\tfirst half second half',
      'a continuation line of a long span',
      'T4\tAttribution 10 14\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'E2\tAttribution:T4 Cue:T2',
      '#1\tAnnotatorNotes T1\tnote',
    ].join('\n');
    expect(parseAnnotations(ann)).toEqual([
      { source: [{ start: 0, end: 9 }], cue: [{ start: 10, end: 14 }], content: [{ start: 20, end: 40 }, { start: 52, end: 70 }] },
    ]);
  });
});
