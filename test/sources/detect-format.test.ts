import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binaryKind, detectFormat, sniffFormat } from '../../src/sources/detect-format';
import { fixture } from '../support/source-server';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('binaryKind', () => {
  it.each([
    ['statement.pdf', 'PDF file'],
    ['photo.png', 'PNG image file'],
  ])('knows %s as a %s', (name, kind) => {
    expect(binaryKind(readFileSync(fixture(name)))).toBe(kind);
  });

  it.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'JPEG image file'],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14], 'zip archive (or Office document)'],
    ['gzip', [0x1f, 0x8b, 0x08], 'gzip file'],
    ['WebP', [...bytes('RIFF'), 0, 0, 0, 0, ...bytes('WEBP')], 'WebP image file'],
    ['a PNG signature cut short', [0x89, 0x50, 0x4e, 0x47, 0x00, 0x01], null],
    ['text', [...bytes('Mayor resigns')], null],
  ])('%s → %s', (_, head, kind) => {
    expect(binaryKind(Uint8Array.from(head))).toBe(kind);
  });
});

describe('sniffFormat', () => {
  it.each([
    ['<!DOCTYPE html>\n<html>', 'html'],
    ['\uFEFF  <html lang="en"><head>', 'html'],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>', 'html'],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">', 'feed'],
    ['<?xml version="1.0"?><!-- generated --><?xml-stylesheet href="a.xsl"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<rss version="2.0"><channel>', 'feed'],
    ['<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', 'other-xml'],
    ['{"title": "Dam opens", "text": "The dam opened."}\n{"title": "b"}', 'jsonl'],
    ['{ not json at all }\n', null],
    ['Mayor resigns\n\nThe mayor resigned.', null],
    ['<p>A fragment is not a page</p>', null],
  ])('%j → %s', (head, format) => {
    expect(sniffFormat(head)).toBe(format);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a page saved as .txt', 'saved.txt', null, '<!doctype html><html><body><p>x</p></body></html>', { format: 'html' }],
    ['a feed served as text/xml', '/feed', 'text/xml', '<rss version="2.0"><channel></channel></rss>', { format: 'feed' }],
    ['JSON Lines by extension, first line broken', 'dump.ndjson', null, '{"title": \n{"text": "x"}', { format: 'jsonl' }],
    ['JSON Lines by Content-Type', '/wire', 'application/x-ndjson; charset=utf-8', '\n{"text": "x"}', { format: 'jsonl' }],
    ['an .html fragment without a doctype', 'story.html', null, '<p>The ferry ran.</p>', { format: 'html' }],
    ['markdown', 'notes.md', null, '# Mayor resigns\n\nText.', { format: 'text' }],
    ['an unknown extension, read as text as before', 'story.log', null, 'Mayor resigns\n\nText.', { format: 'text' }],
    ['a PDF named .txt', 'statement.txt', null, '%PDF-1.4\n', { reason: 'PDF file: not a supported format (HTML, RSS/Atom, JSONL, plain text)' }],
    ['a sitemap', 'sitemap.xml', null, '<?xml version="1.0"?><urlset/>', { reason: 'XML file that is not an RSS or Atom feed: not a supported format (HTML, RSS/Atom, JSONL, plain text)' }],
    ['a JSON document', 'articles.json', null, '[\n  {"title": "x"}\n]', { reason: expect.stringMatching(/^JSON file \(not JSON Lines/) }],
  ])('%s', (_, name, contentType, content, expected) => {
    expect(detectFormat({ name, contentType, head: bytes(content) })).toEqual(expected);
  });
});
