import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument, type SourceDocument } from '../../src/sources/read-document';
import { fixture } from '../support/source-server';

const read = (document: Omit<SourceDocument, 'source'>, fieldMap?: Record<string, string>) => [...readDocument({ source: 'in', ...document }, fieldMap)];
const bytes = (text: string) => new TextEncoder().encode(text);
const refused = (what: string) => [{ error: { source: 'in', reason: `${what}: not a supported format (HTML, RSS/Atom, JSONL, plain text)` } }];

describe('readDocument', () => {
  it.each([
    ['an HTML page', 'council-vote.html', 'Harrowgate council backs flood barrier after late-night vote'],
    ['an RSS feed', 'harbour-feed.rss', 'Ferry operator cuts winter crossings to Inchmara'],
    ['an Atom feed', 'observatory.atom', 'Kellmoor observatory reopens after five-year restoration'],
    ['JSON Lines', 'wire.jsonl', 'Drought forces water limits in Marrowby'],
  ])('reads %s with its reader', (_, name, firstTitle) => {
    const [first] = read({ bytes: readFileSync(fixture(name)), name: fixture(name) });
    expect(first).toMatchObject({ article: { title: firstTitle } });
  });

  it('reads a page saved as .txt as a page, not as text starting "<!doctype"', () => {
    const [item] = read({ bytes: readFileSync(fixture('council-vote.html')), name: 'saved.txt' });
    expect(item).toMatchObject({ article: { title: 'Harrowgate council backs flood barrier after late-night vote' } });
  });

  it.each([
    ['a PDF', 'statement.pdf', 'PDF file'],
    ['a PNG', 'photo.png', 'PNG image file'],
  ])('refuses %s, whatever it is named', (_, name, kind) => {
    expect(read({ bytes: readFileSync(fixture(name)), name: 'story.txt' })).toEqual(refused(kind));
  });

  it('reads a fetched body by its Content-Type and gives plain text its URL', () => {
    const [item] = read({ bytes: bytes('Bridge reopens\n\nThe bridge reopened on Friday.'), name: '/story', contentType: 'text/plain', url: 'https://x.example/story' });
    expect(item).toMatchObject({ article: { title: 'Bridge reopens', url: 'https://x.example/story' } });
  });

  it('decodes a page in the character set its markup declares', () => {
    const html = Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><title>Caf\xe9 closes</title></head><body><p>The caf\xe9 in Brennock closed on Monday after forty years.</p></body></html>', 'latin1');
    expect(read({ bytes: html, name: 'page.html' })).toMatchObject([{ article: { title: 'Café closes', text: 'The café in Brennock closed on Monday after forty years.' } }]);
  });

  it('passes the field map to the JSON Lines reader', () => {
    expect(read({ bytes: bytes('{"headline": "Pier reopens", "story": "The pier reopened."}'), name: 'x.jsonl' }, { title: 'headline', text: 'story' })).toMatchObject([{ article: { title: 'Pier reopens', source: 'in:1' } }]);
  });

  it('reports a plain text file with only page furniture in it', () => {
    expect(read({ bytes: bytes('Older Entries\n'), name: 'x.txt' })).toEqual([{ error: { source: 'in', reason: 'no article found (no headline followed by text)' } }]);
  });
});
