import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/sources/feed';
import type { SourceItem } from '../../src/sources/source-item';
import { readFixture } from '../support/source-server';

const read = (xml: string, url?: string) => [...readFeed(xml, { source: 'feeds/x.xml', url })];
const articles = (items: SourceItem[]) => items.flatMap((item) => ('article' in item ? [item.article] : []));
const errors = (items: SourceItem[]) => items.flatMap((item) => ('error' in item ? [item.error] : []));

describe('readFeed on RSS 2.0', () => {
  const items = read(readFixture('harbour-feed.rss'));

  it('gives one article per item with its title, date as written, author and link', () => {
    expect(articles(items).map(({ title, date, author, url, source }) => ({ title, date, author, url, source }))).toEqual([
      { title: 'Ferry operator cuts winter crossings to Inchmara', date: '2024-01-17', author: 'Ross Abernethy', url: 'https://portcalder.example/2024/01/ferry-winter-crossings', source: 'feeds/x.xml' },
      // 22:10 at -08:00 is the 16th in UTC: the date stays the one written.
      { title: 'Lifeboat crew honoured for night rescue off Kessock Point', date: '2024-01-15', author: 'Anna Lindqvist', url: 'https://portcalder.example/2024/01/lifeboat-crew-honoured', source: 'feeds/x.xml' },
    ]);
  });

  it('reads content:encoded over the description, as text in paragraphs, without its script', () => {
    const [ferry] = articles(items);
    expect(ferry!.text.split('\n\n')).toHaveLength(3);
    expect(ferry!.text).toMatch(/^PORT CALDER — The ferry operator Seward Lines/);
    expect(ferry!.text).toContain('“We were told the timetable was safe until spring,” said Fiona Strachan');
    expect(ferry!.text).not.toMatch(/alert|<p>|&ldquo;|Islanders say the cuts/);
    expect(ferry!.datelinePlace).toBe('Port Calder');
  });

  it('reads an entity-escaped HTML description', () => {
    expect(articles(items)[1]!.text).toBe(
      'The volunteer crew of the Port Calder lifeboat received a bravery award on Monday for rescuing four fishermen in a force nine gale.\n\n“They went out when nobody else could,” said harbour master Iain Dunmore.',
    );
  });

  it('reports an item without body text by number and title, and keeps the others', () => {
    expect(errors(items)).toEqual([{ source: 'feeds/x.xml item 3 (“Harbour webcam back online”)', reason: 'no body text (no content, description or summary)' }]);
  });
});

describe('readFeed on Atom', () => {
  const items = read(readFixture('observatory.atom'));

  it('reads published (else updated), the author name, the alternate link, and content or summary', () => {
    expect(articles(items).map(({ title, date, author, url }) => ({ title, date, author, url }))).toEqual([
      { title: 'Kellmoor observatory reopens after five-year restoration', date: '2024-04-01', author: 'Tomas Reyes-Hallam', url: 'https://kellmoorherald.example/science/observatory-reopens' },
      { title: 'Comet visible over the moors this week', date: '2024-03-28', author: null, url: 'https://kellmoorherald.example/science/comet-this-week' },
    ]);
    expect(articles(items)[0]!.text).toContain('\n\n“We have given the town back its window on the sky,” said director Helena Voss');
    expect(errors(items)).toEqual([]);
  });

  it('keeps a text-type title and body as text', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title type="text">Tolls &lt;b&gt; rise</title><updated>2024-01-01T00:00:00Z</updated><content type="text">Fares rise by 5 &lt; 10 percent.</content></entry></feed>`;
    expect(articles(read(xml))[0]).toMatchObject({ title: 'Tolls <b> rise', text: 'Fares rise by 5 < 10 percent.' });
  });
});

describe('readFeed on anything else', () => {
  it.each([
    ['a sitemap', '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', /^not a readable RSS or Atom feed/],
    ['a feed without items', '<rss version="2.0"><channel><title>Empty</title></channel></rss>', /^feed has no items$/],
  ])('reports %s', (_, xml, reason) => {
    expect(read(xml)).toEqual([{ error: { source: 'feeds/x.xml', reason: expect.stringMatching(reason) } }]);
  });

  it('resolves relative item links against the feed URL and makes a title from an untitled item', () => {
    const xml = '<rss version="2.0"><channel><title>c</title><item><link>/2024/notice</link><description>The Dunmere library will close for repairs on Friday, the council said.</description></item></channel></rss>';
    expect(articles(read(xml, 'https://dunmere.example/feed.rss'))[0]).toMatchObject({
      url: 'https://dunmere.example/2024/notice',
      title: 'The Dunmere library will close for repairs on Friday, the council said',
      date: null,
    });
  });
});
