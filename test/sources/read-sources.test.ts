import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, streamSources, type SourceItem } from '../../src/sources/read-sources';
import { SEED_FILE } from '../support/seed';
import { fixture, startSourceServer, type SourceServer } from '../support/source-server';

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

  it('says when a folder holds nothing it can read', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'newsgraph-empty-'));
    writeFileSync(join(empty, '.DS_Store'), 'x');
    expect(await readSources([empty], (file) => file)).toEqual({ articles: [], errors: [{ source: empty, reason: 'folder holds no files in a supported format (HTML, RSS/Atom, JSONL, plain text)' }] });
  });
});

describe('streamSources over a folder of every format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-formats-'));
  mkdirSync(join(dir, 'feeds'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  for (const [name, target] of [['council-vote.html', 'council-vote.html'], ['harbour-feed.rss', 'feeds/harbour.rss'], ['observatory.atom', 'feeds/science.atom'], ['wire.jsonl', 'wire.jsonl'], ['photo.png', 'photo.png'], ['statement.pdf', 'statement.pdf']] as const) {
    copyFileSync(fixture(name), join(dir, target));
  }
  writeFileSync(join(dir, 'brief.md'), '# Harbour dues frozen\n\nThe Port Calder harbour board froze its dues for a year, its chair said.\n');

  it('yields every article and every refusal, in the sorted order of the files', async () => {
    const items: SourceItem[] = [];
    for await (const item of streamSources([dir], { sourceName: (file) => file.slice(dir.length + 1) })) items.push(item);
    expect(items.map((item) => ('article' in item ? `${item.article.source}: ${item.article.title}` : `error ${item.error.source}: ${item.error.reason}`))).toEqual([
      'brief.md: Harbour dues frozen',
      'council-vote.html: Harrowgate council backs flood barrier after late-night vote',
      'feeds/harbour.rss: Ferry operator cuts winter crossings to Inchmara',
      'feeds/harbour.rss: Lifeboat crew honoured for night rescue off Kessock Point',
      'error feeds/harbour.rss item 3 (“Harbour webcam back online”): no body text (no content, description or summary)',
      'feeds/science.atom: Kellmoor observatory reopens after five-year restoration',
      'feeds/science.atom: Comet visible over the moors this week',
      'error photo.png: PNG image file: not a supported format (HTML, RSS/Atom, JSONL, plain text)',
      'error statement.pdf: PDF file: not a supported format (HTML, RSS/Atom, JSONL, plain text)',
      'wire.jsonl:1: Drought forces water limits in Marrowby',
      'wire.jsonl:2: Tram line extension opens in Vellport',
      expect.stringMatching(/^error wire\.jsonl:4: invalid JSON/),
      'error wire.jsonl:5: no article text (no "text", "body", "content" field with text)',
      'wire.jsonl:6: Fishermen in Clayhaven protested on Sunday against new quotas',
    ]);
  });

  it('yields the first article before reading the rest', async () => {
    const stream = streamSources([join(dir, 'brief.md'), join(dir, 'wire.jsonl')]);
    const first = await stream.next();
    expect(first.value).toMatchObject({ article: { title: 'Harbour dues frozen' } });
    await stream.return(undefined);
  });
});

describe('streamSources over URLs', () => {
  let server: SourceServer;
  beforeAll(async () => {
    server = await startSourceServer();
  });
  afterAll(() => server.close());

  const read = async (inputs: string[], timeoutMs = 5_000) => {
    const items: SourceItem[] = [];
    for await (const item of streamSources(inputs, { fetch: { timeoutMs, maxBytes: 64 * 1024 } })) items.push(item);
    return items;
  };

  it('reads a page, giving its own URL and the input as source', async () => {
    const url = server.url('/news/council-vote');
    expect(await read([url])).toMatchObject([{ article: { title: 'Harrowgate council backs flood barrier after late-night vote', source: url, url: 'https://valleycourier.example/news/2024/03/harrowgate-flood-barrier', date: '2024-03-05' } }]);
  });

  it.each([
    ['an RSS feed by Content-Type', '/feed', ['Ferry operator cuts winter crossings to Inchmara', 'Lifeboat crew honoured for night rescue off Kessock Point']],
    ['JSON Lines by Content-Type', '/wire', ['Drought forces water limits in Marrowby', 'Tram line extension opens in Vellport', 'Fishermen in Clayhaven protested on Sunday against new quotas']],
    ['plain text by Content-Type', '/plain', ['Bridge reopens in Fernley']],
    ['a page with no Content-Type, by its first bytes', '/untyped-page', ['The Ostwick ferry ran again on Sunday, its owners said']],
    ['text in the charset its Content-Type names', '/latin1', ['Café closes in Brennock']],
    ['a page moved by a redirect', '/old-address', ['Harrowgate council backs flood barrier after late-night vote']],
  ])('reads %s', async (_, path, titles) => {
    const items = await read([server.url(path)]);
    expect(items.flatMap((item) => ('article' in item ? [item.article.title] : []))).toEqual(titles);
  });

  it('gives the final URL to a page that names none', async () => {
    expect(await read([server.url('/untyped-page')])).toMatchObject([{ article: { url: server.url('/untyped-page'), source: server.url('/untyped-page') } }]);
  });

  it('reports each failing URL with its reason, in input order, and still reads the others', async () => {
    const items = await read([server.url('/gone'), server.url('/slow'), server.url('/huge'), server.url('/report.pdf'), server.url('/broken'), server.url('/plain')], 300);
    expect(items.map((item) => ('error' in item ? item.error : { title: item.article.title }))).toEqual([
      { source: server.url('/gone'), reason: 'HTTP 404 Not Found' },
      { source: server.url('/slow'), reason: 'no complete answer within 0.3 s (timed out)' },
      { source: server.url('/huge'), reason: `response is over the ${64 * 1024}-byte limit` },
      { source: server.url('/report.pdf'), reason: 'PDF file: not a supported format (HTML, RSS/Atom, JSONL, plain text)' },
      { source: server.url('/broken'), reason: 'HTTP 500 Internal Server Error' },
      { title: 'Bridge reopens in Fernley' },
    ]);
  }, 10_000);
});
