import { describe, expect, it } from 'vitest';
import { describeProgress, describeSummary, formatDuration } from '../../src/cli/ingest-progress';
import type { IngestProgress } from '../../src/ingest';

const progress = (over: Partial<IngestProgress> = {}): IngestProgress => ({
  sources: { done: 12, total: 300 },
  articles: { new: 340, unchanged: 2, failed: 1 },
  entities: 1_234,
  statements: 567,
  events: 1,
  elapsedMs: 110_000,
  ...over,
});

describe('the ingest display', () => {
  it.each([
    [999, '1 s'],
    [59_400, '59 s'],
    [80_000, '1 min 20 s'],
    [3_600_000 + 5 * 60_000, '1 h 5 min'],
  ])('gives %i ms as %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('says how far a run is, how fast it goes and how long it has left', () => {
    expect(describeProgress(progress())).toBe('12 of 300 sources, 340 articles new, 2 unchanged, 1 failed, 3.1 articles/s, about 44 min 0 s left');
    // No total known, or nothing settled yet: no time left is guessed.
    expect(describeProgress(progress({ sources: { done: 1, total: null } }))).toBe('1 source, 340 articles new, 2 unchanged, 1 failed, 3.1 articles/s');
    expect(describeProgress(progress({ sources: { done: 0, total: 3 } }))).not.toMatch(/left/);
  });

  it('sums a run up', () => {
    expect(describeSummary({ ...progress(), errors: [{ source: 'a.pdf', reason: 'PDF' }] })).toBe(
      'ingested 12 sources in 1 min 50 s: 340 articles new, 2 unchanged, 1 failed; 1,234 entities, 567 statements, 1 event; 1 problem reported above',
    );
  });

  it('sums up a run sent to a server: the server named, no counts it did not give', () => {
    const { sources, articles, elapsedMs } = progress();
    expect(describeSummary({ sources, articles, elapsedMs, errors: [], server: 'http://127.0.0.1:4000/graphql' })).toBe(
      'sent 12 sources to http://127.0.0.1:4000/graphql in 1 min 50 s: 340 articles new, 2 unchanged, 1 failed',
    );
  });
});
