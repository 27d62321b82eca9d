// `newsgraph extract` on bad input: a clear per-file error or an empty result, never a crash or a hang,
// and the other files still extracted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

describe('newsgraph extract on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bad-'));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const good = file('good.txt', 'Minister resigns\n\nOSLO 2023-05-02 Foreign Minister Kari Holm resigned on Tuesday, her office said.\n');

  it('reports empty, binary and missing files by name and still extracts the good one', async () => {
    const { code, stdout, stderr } = await runCli(['extract', file('empty.txt', ''), file('binary.bin', Buffer.from([0, 159, 146, 150, 0, 1])), join(dir, 'missing.txt'), good]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { articles: { title: string }[]; errors: { source: string; reason: string }[]; entities: { name: string }[] };
    expect(result.articles.map((a) => a.title)).toEqual(['Minister resigns']);
    expect(result.entities.map((e) => e.name)).toContain('Kari Holm');
    expect(result.errors.map((e) => e.reason)).toEqual(['no such file or folder', 'empty file', 'binary file (NUL bytes), not text']);
    expect(stderr).toMatch(/skipped .*empty\.txt: empty file/);
  });

  it('extracts a 10 MB file without sentences, and unbalanced quotes, without crashing', async () => {
    const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
    const big = file('big.txt', `a headline\n\n${words.repeat(Math.ceil(10_000_000 / words.length))}`);
    const quotes = file('quotes.txt', 'Quotes everywhere\n\n“ “ ” " « never closed “ and ” ” ” „ here " “ more.\n\n”Starts with a closing mark.');
    const { code, stdout } = await runCli(['extract', big, quotes, good]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { articles: { title: string; text: string }[] };
    expect(result.articles.map((a) => a.title)).toEqual(['a headline', 'Quotes everywhere', 'Minister resigns']);
    expect(result.articles[0]!.text.length).toBeGreaterThan(9_000_000);
  }, 180_000);

  it('exits non-zero when no file could be read', async () => {
    const { code, stdout } = await runCli(['extract', join(dir, 'nope.txt')]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).errors).toHaveLength(1);
  });
});
