// The extractor must work on news it has never seen: no name from the seed archive may appear in its code
// or data (comments included), so nothing can have been written for one of its sentences.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../src/extract/knowledge/words';
import { SEED_GOLD_FILE } from '../support/seed';

const SOURCE_DIRS = ['src/extract', 'src/sources'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the extractor knows nothing of the seed', () => {
  const gold = JSON.parse(readFileSync(SEED_GOLD_FILE, 'utf8')) as { entities: { names: string[] }[] };
  // Proper names only: a name made of everyday words ("Senate", "police") says nothing about the seed.
  const names = [...new Set(gold.entities.flatMap((entity) => entity.names))].filter(
    (name) => name.length >= 4 && /^\p{Lu}/u.test(name) && !name.split(/[\s-]+/).every((word) => isCommonWord(word.toLowerCase())),
  );

  it.each(SOURCE_DIRS.flatMap(sourceFiles))('%s names no seed entity', (file) => {
    const text = readFileSync(file, 'utf8');
    const found = names.filter((name) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text));
    expect(found).toEqual([]);
  });
});
