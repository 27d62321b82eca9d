import { describe, expect, it } from 'vitest';
import { readJsonLines } from '../../src/sources/json-lines';
import { readFixture } from '../support/source-server';

describe('readJsonLines', () => {
  const items = [...readJsonLines(readFixture('wire.jsonl'), 'dumps/wire.jsonl')];

  it('gives one article per good line, with fields found by their usual names', () => {
    const articles = items.flatMap((item) => ('article' in item ? [item.article] : []));
    expect(articles.map(({ title, date, author, url, source }) => ({ title, date, author, url, source }))).toEqual([
      // 06:20 at +10:00 is the day before in UTC: the date as written is kept.
      { title: 'Drought forces water limits in Marrowby', date: '2024-04-12', author: 'Sam Whitcombe', url: 'https://wire.example/marrowby-water', source: 'dumps/wire.jsonl:1' },
      { title: 'Tram line extension opens in Vellport', date: '2024-04-13', author: null, url: null, source: 'dumps/wire.jsonl:2' },
      // No title: the first sentence. A date that cannot be read: null, the record still in.
      { title: 'Fishermen in Clayhaven protested on Sunday against new quotas', date: null, author: 'Dana Fyfe', url: null, source: 'dumps/wire.jsonl:6' },
    ]);
    expect(articles[0]!.text.split('\n\n')).toHaveLength(2);
    expect(articles[0]!.datelinePlace).toBe('Marrowby');
  });

  it('reports bad lines by line number, blank lines passed over', () => {
    expect(items.flatMap((item) => ('error' in item ? [item.error] : []))).toEqual([
      { source: 'dumps/wire.jsonl:4', reason: expect.stringMatching(/^invalid JSON \(/) },
      { source: 'dumps/wire.jsonl:5', reason: 'no article text (no "text", "body", "content" field with text)' },
    ]);
  });

  it('reads the fields a field map names, dotted keys reaching into objects', () => {
    const line = JSON.stringify({ headline: 'Pier reopens', story: { body: 'The Selby pier reopened.\r\nCrowds came.' }, text: 'not this', published_at: '2021-07-04T10:00:00Z', byline: 'Aled Price' });
    const [item] = readJsonLines(line, 'x.jsonl', { title: 'headline', text: 'story.body', date: 'published_at', author: 'byline' });
    expect(item).toEqual({ article: expect.objectContaining({ title: 'Pier reopens', text: 'The Selby pier reopened.\nCrowds came.', date: '2021-07-04', author: 'Aled Price' }) });
  });

  it('says which mapped field is missing', () => {
    expect([...readJsonLines('{"text": "x"}', 'x.jsonl', { text: 'body' })]).toEqual([{ error: { source: 'x.jsonl:1', reason: 'no article text (no "body" field with text)' } }]);
  });

  it.each([
    ['an array', '[1, 2]'],
    ['a string', '"Pier reopens"'],
  ])('refuses a line that is %s', (_, line) => {
    expect([...readJsonLines(line, 'x.jsonl')]).toEqual([{ error: { source: 'x.jsonl:1', reason: 'line is not a JSON object' } }]);
  });
});
