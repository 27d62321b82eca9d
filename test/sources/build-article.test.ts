import { describe, expect, it } from 'vitest';
import { buildArticle, titleFromText } from '../../src/sources/build-article';

describe('buildArticle', () => {
  it('keeps what the source states over what the text suggests', () => {
    expect(buildArticle({ title: ' Dam\u00A0opens ', text: 'LONDON 1996-08-30 By Jane Doe The dam opened.', source: 's', date: '2001-01-01', author: 'Kim Roe', url: 'https://x.example/d' })).toMatchObject({
      title: 'Dam opens',
      date: '2001-01-01',
      author: 'Kim Roe',
      datelinePlace: 'London',
      url: 'https://x.example/d',
    });
  });

  it('fills date, place and author from the dateline and byline, and the title from the text', () => {
    expect(buildArticle({ title: null, text: 'Paris 03.02.2023 Jane Doe “We are ready,” the minister of transport said on Friday in the capital.', source: 's' })).toMatchObject({
      title: '“We are ready,” the minister of transport said on Friday in the capital',
      date: '2023-02-03',
      author: 'Jane Doe',
      datelinePlace: 'Paris',
      url: null,
    });
  });

  it('reads a date line in the first paragraphs', () => {
    expect(buildArticle({ title: 'x', text: 'Published: 5 March 2023\n\nThe council approved the budget.', source: 's' }).date).toBe('2023-03-05');
  });

  it('gives the same id to the same title and text', () => {
    const a = buildArticle({ title: 'A', text: 'Body.', source: 'one' });
    expect(buildArticle({ title: 'A', text: 'Body.\n', source: 'two' }).id).toBe(a.id);
  });
});

describe('titleFromText', () => {
  it.each([
    ['Mr. Ode said the port of Velling would reopen in May. Others disagreed.', 'Mr. Ode said the port of Velling would reopen in May'],
    ['A headline-like first line\nand more', 'A headline-like first line'],
    [`${'word '.repeat(40)}end.`, `${'word '.repeat(19)}word…`],
  ])('%j → %j', (text, title) => {
    expect(titleFromText(text)).toBe(title);
  });
});
