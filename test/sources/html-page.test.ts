import { describe, expect, it } from 'vitest';
import type { SourceArticle } from '../../src/sources/article';
import { readHtmlPage } from '../../src/sources/html-page';
import { readFixture } from '../support/source-server';

describe('readHtmlPage on a news page', () => {
  const article = readHtmlPage(readFixture('council-vote.html'), { source: 'pages/council-vote.html' }) as SourceArticle;

  it('reads the title without the site name, the date as written, the author and the URL', () => {
    expect(article).toMatchObject({
      title: 'Harrowgate council backs flood barrier after late-night vote',
      date: '2024-03-05',
      author: 'Marta Okonkwo',
      datelinePlace: 'Harrowgate',
      source: 'pages/council-vote.html',
      url: 'https://valleycourier.example/news/2024/03/harrowgate-flood-barrier',
    });
  });

  it('keeps the article text, paragraphs separated by blank lines, entities decoded', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^HARROWGATE — The town council of Harrowgate approved a £14 million flood barrier/);
    expect(paragraphs[2]).toBe('“Every family on Millbank Road has lost something to the water,” Brisk told the chamber. “Tonight we stop asking them to wait.”');
    expect(article.text).not.toMatch(/&[a-z]+;|<\/?[a-z]/);
  });

  it.each([
    ['the cookie banner', /cookies/i],
    ['the navigation', /Subscribe today|Opinion/],
    ['the related links', /Related stories|count the cost/],
    ['the footer', /All rights reserved|Privacy policy/],
    ['the scripts', /tracking|dataLayer|Injected advertising/],
    ['the byline line', /^By /m],
  ])('leaves out %s', (_, pattern) => {
    expect(article.text).not.toMatch(pattern);
  });
});

describe('readHtmlPage on sparse pages', () => {
  it('falls back to the <title>, a dateline date and a byline in the text, and the fetched URL', () => {
    const html = `<!doctype html><html><head><title>Quarry plan withdrawn</title></head><body>
      <div><p>By Ines Calloway</p><p>OSLO 2023-05-02 The company behind the Brattvik quarry withdrew its plan on Tuesday, a spokesman said.</p></div></body></html>`;
    expect(readHtmlPage(html, { source: 'https://news.example/q', url: 'https://news.example/q' })).toMatchObject({
      title: 'Quarry plan withdrawn',
      date: '2023-05-02',
      url: 'https://news.example/q',
    });
  });

  it('resolves a relative canonical link against the page address', () => {
    const html = '<!doctype html><html><head><link rel="canonical" href="/2024/story"></head><body><p>The Ostwick ferry ran again on Sunday, its owners said.</p></body></html>';
    expect(readHtmlPage(html, { source: 's', url: 'https://ostwick.example/amp/story' })).toMatchObject({ url: 'https://ostwick.example/2024/story' });
  });

  it('refuses a page with no text', () => {
    expect(readHtmlPage('<!doctype html><html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>', { source: 's' })).toEqual({ reason: 'no article text found in the page' });
  });
});
