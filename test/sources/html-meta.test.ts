import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/sources/dom';
import { readPageMeta } from '../../src/sources/html-meta';

const page = (head: string, body = '') => readPageMeta(parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`));
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMeta', () => {
  it('reads Open Graph and article meta tags', () => {
    expect(
      page(
        '<meta property="og:title" content="Tunnel works start in Orrin"><meta property="article:published_time" content="2024-06-30T22:15:00-07:00"><meta name="author" content="Lena Marsh"><meta property="og:url" content="https://orrin.example/tunnel">',
      ),
    ).toEqual({ title: 'Tunnel works start in Orrin', date: '2024-06-30', author: 'Lena Marsh', url: 'https://orrin.example/tunnel' });
  });

  it.each([
    ['a NewsArticle', { '@type': 'NewsArticle', headline: 'Mill to close', datePublished: '2023-11-02T08:00:00Z', author: { '@type': 'Person', name: 'Omar Feld' } }],
    ['an @graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], headline: 'Mill to close', datePublished: '2023-11-02', author: [{ name: 'Omar Feld' }] }] }],
    ['an array', [{ '@type': 'Organization', name: 'Courier' }, { '@type': 'ReportageNewsArticle', headline: 'Mill to close', datePublished: '2023-11-02', author: 'Omar Feld' }]],
  ])('reads JSON-LD given as %s', (_, value) => {
    expect(page(jsonLd(value))).toMatchObject({ title: 'Mill to close', date: '2023-11-02', author: 'Omar Feld' });
  });

  it('joins several JSON-LD authors and skips a broken JSON-LD block', () => {
    const meta = page(`<script type="application/ld+json">{ broken</script>${jsonLd({ '@type': 'NewsArticle', author: [{ name: 'Ann Bell' }, { name: 'Rui Costa' }] })}`);
    expect(meta.author).toBe('Ann Bell, Rui Costa');
  });

  it('takes an <h1>, the <time datetime> inside the article and the canonical link when nothing else says', () => {
    expect(page('<link rel="canonical" href="https://x.example/a"><title>Ignored</title>', '<header><time datetime="2022-01-10">Today</time></header><article><h1>Storm closes pass</h1><time datetime="2022-01-09T06:00:00+01:00">9 Jan</time></article>')).toEqual({
      title: 'Storm closes pass',
      date: '2022-01-09',
      author: null,
      url: 'https://x.example/a',
    });
  });

  it('does not take an article:author profile URL for a name', () => {
    expect(page('<meta property="article:author" content="https://social.example/lena">').author).toBeNull();
  });

  it.each([
    ['the site name after a bar', '<title>Mill to close | The Courier</title><meta property="og:site_name" content="The Courier">', '', 'Mill to close'],
    ['the site name before a dash', '<title>The Courier – Mill to close</title><meta property="og:site_name" content="The Courier">', '', 'Mill to close'],
    ['what follows the <h1> (og:title too)', '<meta property="og:title" content="Mill to close - Local News - Courier">', '<h1>Mill to close</h1>', 'Mill to close'],
    ['nothing when the site is not known', '<title>Budget: what changes for renters</title>', '', 'Budget: what changes for renters'],
    ['nothing when the suffix is not the site', '<title>Mill to close | Jobs lost</title><meta property="og:site_name" content="The Courier">', '', 'Mill to close | Jobs lost'],
  ])('strips from a title %s', (_, head, body, title) => {
    expect(page(head, body).title).toBe(title);
  });
});
