import { describe, expect, it } from 'vitest';
import { readArticleHead } from '../../src/sources/article-head';
import { article, extract, typedNames } from '../support/extract';

describe('readArticleHead', async () => {
  it('reads a byline line before the dateline', async () => {
    const text = 'By Mira Castell\n\nLIMA — Peru’s Congress voted on Friday to remove the minister.';
    const head = readArticleHead(text);
    expect(head).toMatchObject({ author: 'Mira Castell', dateline: { place: 'Lima' } });
    expect(text.slice(head.bodyStart)).toMatch(/^Peru’s Congress/);
    expect(text.slice(head.datelineStart)).toMatch(/^LIMA/);
  });

  it('reads a byline just after the dateline', async () => {
    expect(readArticleHead('Brussels 21.11.2022 Mira Castell “We are ready,” she said.')).toMatchObject({ author: 'Mira Castell', datelineStart: 0, dateline: { date: '2022-11-21' } });
  });

  it('finds neither in a plain first sentence', async () => {
    expect(readArticleHead('By the end of the week the talks had failed.')).toMatchObject({ author: null, dateline: null, bodyStart: 0 });
  });

  it('lets the extractor take the dateline for a place, not a shouted body, after a leading byline', async () => {
    const result = await extract(article('Vote in Lima', 'By Mira Castell\n\nLIMA — Peru’s Congress voted on Friday to remove the minister.'));
    expect(result.articles[0]!.author).toBe('Mira Castell');
    expect(typedNames(result)).toEqual(['Country:Peru', 'Institution:Congress', 'Person:Mira Castell', 'Place:Lima']);
  });
});
