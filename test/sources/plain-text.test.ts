import { describe, expect, it } from 'vitest';
import { isHeadline, splitPlainText } from '../../src/sources/plain-text';
import { goldArticles, seedText } from '../support/seed';

describe('splitPlainText on the seed archive', () => {
  const articles = splitPlainText(seedText(), 'seeds/kazakhstan-archive.txt');

  it('finds the gold articles with their titles, dates and authors, in order', () => {
    expect(articles.map(({ title, date, author }) => ({ title, date, ...(author ? { author } : {}) }))).toEqual(goldArticles());
  });

  it('leaves page furniture out of every article', () => {
    for (const article of articles) {
      expect(article.text).not.toMatch(/Tag Archives|Older Entries/);
      expect(article.title).not.toMatch(/Tag Archives|Older Entries/);
    }
  });

  it('keeps each body exactly as in the file, dateline included', () => {
    const text = seedText();
    for (const article of articles) expect(text).toContain(article.text);
    expect(articles[0]!.text.startsWith('Brussels 21.11.2022')).toBe(true);
  });

  it('gives every article a stable content id', () => {
    const again = splitPlainText(seedText(), 'elsewhere.txt');
    expect(again.map((article) => article.id)).toEqual(articles.map((article) => article.id));
    expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
  });
});

describe('splitPlainText on one article per file', () => {
  it('takes the first line as headline and reads a wire dateline', () => {
    const [article, ...rest] = splitPlainText(
      'Ukraine says talks stalled\n\nKYIV, Jan 7 (Reuters) - Ukraine said on Friday that talks had stalled.\n\nBackground\n\nThe talks began in March.',
      'wire.txt',
    );
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({ title: 'Ukraine says talks stalled', date: null, datelinePlace: 'Kyiv' });
    expect(article!.text).toMatch(/^KYIV.*began in March\.$/s);
  });

  it('reads a headline directly followed by its body, CRLF line ends and a date line', () => {
    const [article] = splitPlainText('Council approves budget\r\nPublished: 5 March 2023\r\n\r\nThe council approved the budget.\r\n', 'a.txt');
    expect(article).toMatchObject({ title: 'Council approves budget', date: '2023-03-05' });
    expect(article!.text).not.toContain('\r');
  });

  it('keeps the date null when nothing states one', () => {
    const [article] = splitPlainText('Minister resigns\n\nThe minister resigned on Monday, officials said.', 'b.txt');
    expect(article?.date).toBeNull();
  });

  it('finds nothing in a file without text', () => {
    expect(splitPlainText('   \n\n  ', 'empty.txt')).toEqual([]);
  });
});

describe('isHeadline', () => {
  it.each([
    ['EU-Kazakhstan: welcome to reforms', true],
    ['Is the ceasefire holding?', true],
    ['!!! WARNING! DISTURBING GRAPHIC!!!', false],
    ['The meeting ended without agreement.', false],
    ['however the talks went on', false],
  ])('%j → %s', (line, expected) => {
    expect(isHeadline(line)).toBe(expected);
  });
});
