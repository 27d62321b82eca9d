// The extractor must work on news it has never seen: no name from the seed archive may appear in its code
// or data (comments included), so nothing can have been written for one of its sentences.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../src/extract/knowledge/words';
import { defaultModelPath } from '../../src/extract/mentions/tagger/model-file';
import { SEED_GOLD_FILE } from '../support/seed';

const SOURCE_DIRS = ['src/extract', 'src/sources', 'training'];

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

describe('the trained tagger knows nothing of the seed but what its training data holds', () => {
  it('has no seed name among its words that CoNLL-2003 train lacks', () => {
    const gold = JSON.parse(readFileSync(SEED_GOLD_FILE, 'utf8')) as { entities: { names: string[] }[] };
    const seedWords = new Set(
      gold.entities.flatMap((entity) => entity.names.flatMap((name) => name.split(/[\s]+/))).filter((word) => word.length >= 4 && /^\p{Lu}/u.test(word) && !isCommonWord(word.toLowerCase())),
    );
    const stored = JSON.parse(gunzipSync(readFileSync(defaultModelPath())).toString('utf8')) as { passes: { features: string[] }[] };
    const modelWords = new Set(stored.passes.flatMap((pass) => pass.features.filter((f) => f.startsWith('W=')).map((f) => f.slice(2))));
    const trainingWords = new Set(readFileSync('../shared/eval/dev/conll2003/train.txt', 'utf8').split('\n').map((line) => line.split(' ')[0]!));
    expect(modelWords.size).toBeGreaterThan(1000);
    expect([...seedWords].filter((word) => modelWords.has(word) && !trainingWords.has(word))).toEqual([]);
  });
});
