import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readSources } from '../../src/sources/read-sources';
import { SEED_FILE } from '../support/seed';

describe('readSources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sources-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'good.txt'), 'Minister resigns\n\nThe minister resigned on Monday, officials said.\n');

  it('reports each bad file with its reason and still reads the others', async () => {
    const result = await readSources([SEED_FILE, join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'latin1.txt'), join(dir, 'missing.txt'), join(dir, 'good.txt')], (file) => file);
    expect(result.articles).toHaveLength(11);
    expect(result.errors).toEqual([
      { source: join(dir, 'missing.txt'), reason: 'no such file or folder' },
      { source: join(dir, 'empty.txt'), reason: 'empty file' },
      { source: join(dir, 'binary.txt'), reason: 'binary file (NUL bytes), not text' },
      { source: join(dir, 'latin1.txt'), reason: 'not UTF-8 text' },
    ]);
  });

  it('reads the text files of a folder', async () => {
    const result = await readSources([dir]);
    expect(result.articles.map((article) => article.title)).toEqual(['Minister resigns']);
    expect(result.errors).toHaveLength(3);
  });
});

describe('decodeText', () => {
  it('refuses a file over the size limit without decoding it', () => {
    expect(decodeText(new Uint8Array(40 * 1024 * 1024))).toEqual({ reason: expect.stringMatching(/over the .*-byte limit/) });
  });
});
