import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFolder, type FolderEntry } from '../../src/sources/folder';
import { fixture } from '../support/source-server';

describe('walkFolder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-folder-'));
  for (const path of ['a', 'a-b', '.git', 'z/.cache']) mkdirSync(join(dir, path), { recursive: true });
  const files: Record<string, string> = { 'a/2.html': '<p>x</p>', 'a/10.txt': 'x', 'a-b/feed.rss': '<rss/>', 'b.jsonl': '{}', 'notes.csv': 'a,b', 'README': 'x', '.DS_Store': 'x', '.git/HEAD': 'x', 'z/.cache/c.txt': 'x', 'z/y.md': 'x' };
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  copyFileSync(fixture('photo.png'), join(dir, 'photo.png'));
  copyFileSync(fixture('statement.pdf'), join(dir, 'z/statement.pdf'));

  it('yields the supported files in sorted path order, names the others with a reason, and ignores hidden ones', async () => {
    const entries: FolderEntry[] = [];
    for await (const entry of walkFolder(dir)) entries.push(entry);
    const relative = entries.map((entry) => ('file' in entry ? entry.file : `skipped ${entry.skipped}: ${entry.reason}`).replace(`${dir}/`, ''));
    const refused = (what: string) => `${what}: not a supported format (HTML, RSS/Atom, JSONL, plain text)`;
    expect(relative).toEqual([
      `skipped README: ${refused('a file without extension')}`,
      // "a-b/…" before "a/…", as the sorted full paths are.
      'a-b/feed.rss',
      'a/10.txt',
      'a/2.html',
      'b.jsonl',
      `skipped notes.csv: ${refused('a .csv file')}`,
      `skipped photo.png: ${refused('PNG image file')}`,
      `skipped z/statement.pdf: ${refused('PDF file')}`,
      'z/y.md',
    ]);
  });
});
