// When an ingest extracts more than one batch at once: only once the writer has waited for an extraction.
import { describe, expect, it } from 'vitest';
import { ExtractionRamp } from '../../src/ingest/extraction-ramp';

describe('ExtractionRamp', () => {
  it('starts with one batch at a time', () => {
    const limit = { concurrency: 4 };
    const ramp = new ExtractionRamp(limit, 4);
    expect(limit.concurrency).toBe(1);
    // Nothing written yet: the first batch is extracted alone however long it takes.
    ramp.extracted(32, 60_000);
    expect(limit.concurrency).toBe(1);
  });

  it('allows the most at once when the writer waited for a batch no larger than the one it wrote', () => {
    const limit = { concurrency: 1 };
    const ramp = new ExtractionRamp(limit, 3);
    ramp.wrote(64, 1_000, 1_400);
    // Waited 200 ms after a 400 ms write: extraction is what the writer waits for.
    ramp.extracted(64, 1_600);
    expect(limit.concurrency).toBe(3);
    // Raised once for the run: a later batch that kept up does not lower it.
    ramp.wrote(64, 1_600, 2_000);
    ramp.extracted(64, 1_900);
    expect(limit.concurrency).toBe(3);
  });

  it('keeps one at a time while extraction keeps up, or while batches still grow', () => {
    const limit = { concurrency: 1 };
    const ramp = new ExtractionRamp(limit, 2);
    ramp.extracted(32, 500); // nothing written yet: the first batch
    ramp.wrote(32, 1_000, 1_400);
    ramp.extracted(64, 3_000); // twice as large: the writer waits by design
    ramp.wrote(64, 3_000, 3_800);
    ramp.extracted(64, 3_500); // ready before the writer was free
    ramp.wrote(64, 3_800, 4_600);
    ramp.extracted(64, 4_700); // waited 100 ms after an 800 ms write: within the share
    expect(limit.concurrency).toBe(1);
  });
});
