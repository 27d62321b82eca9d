// Extraction grows about linearly with its input, for the shapes of text that once made it quadratic: twice
// the text may take at most about 2.5 times the CPU time. Measured over two doublings (four times the text,
// at most 2.5² the time), where a quadratic part stands out well above the noise of a busy machine. (A guard
// against blow-ups, not a speed figure.)
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract';
import type { SourceArticle } from '../../src/sources/article';

const article = (text: string): SourceArticle => ({ id: 'a', title: 'Shape', date: '2024-01-01', author: null, source: 'test', url: null, datelinePlace: null, text });

/** CPU seconds of one extraction, the least of three runs (the machine may be busy with something else). */
async function cpuSeconds(text: string): Promise<number> {
  let least = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const before = process.cpuUsage();
    await extractArticles([article(text)]);
    const used = process.cpuUsage(before);
    least = Math.min(least, (used.user + used.system) / 1e6);
  }
  return least;
}

const letter = (i: number) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(97 + (Math.floor(i / 26) % 26));
// Each shape at size n; n is chosen so that the smaller run takes a measurable time.
const SHAPES: [string, number, (n: number) => string][] = [
  ['quotations one after another in one paragraph', 1500, (n) => Array.from({ length: n }, (_, i) => `“Point ${i} stands,” she said.`).join(' ')],
  ['one very long capitalised word', 50_000, (n) => `A${'b'.repeat(n)} said so.`],
  ['a long run of capitalised words', 2000, (n) => `${Array.from({ length: n }, (_, i) => `Word${letter(i)}`).join(' ')} said.`],
  ['many bodies whose names share an ending', 800, (n) => Array.from({ length: n }, (_, i) => `The ${letter(i)}ville Regional Council met the ${letter(i + 7)}burg City Council.`).join(' ')],
  ['names in Cyrillic', 400, (n) => Array.from({ length: n }, (_, i) => `Иван Петров${letter(i)} и Мария Сидорова${letter(i)} встретились.`).join(' ')],
  ['sentences without a full stop', 1000, (n) => Array.from({ length: n }, (_, i) => `and “word ${i} here” the Minister ${letter(i)} said`).join(' ')],
];

describe('extraction time', () => {
  it.each(SHAPES)('grows about linearly: %s', async (_shape, n, make) => {
    await cpuSeconds(make(10)); // the models load once
    const once = await cpuSeconds(make(n));
    const fourTimes = await cpuSeconds(make(4 * n));
    const perDoubling = Math.sqrt(fourTimes / Math.max(once, 0.05));
    expect(perDoubling, `${once.toFixed(2)} s → ${fourTimes.toFixed(2)} s for four times the text`).toBeLessThan(2.5);
  }, 240_000);
});
