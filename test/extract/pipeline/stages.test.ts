import { describe, expect, it } from 'vitest';
import { defaultStages, extractArticles, type Stages } from '../../../src/extract';
import { splitPlainText } from '../../../src/sources/plain-text';

const articles = () => splitPlainText('Talks\n\nOslo 01.02.2023 Foreign Minister Ana Lind met Jon Hale. “We agreed on much,” Lind said.\n', 'talks.txt');

describe('extraction stages', () => {
  it('run the default stages to the contract', async () => {
    const result = await extractArticles(articles());
    expect(result.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['Ana Lind', 'Jon Hale']);
    expect(result.statements.map((s) => result.entities.find((e) => e.id === s.speakerId)?.name)).toEqual(['Ana Lind']);
  });

  it('take another stage in place of one, asynchronous too, and leave the others as they are', async () => {
    const text = articles()[0]!.text;
    const only = text.indexOf('Jon Hale');
    const stages: Stages = {
      ...defaultStages,
      mentions: async () => [{ type: 'Person', name: 'Jon Hale', start: only, end: only + 'Jon Hale'.length }],
    };
    const result = await extractArticles(articles(), stages);
    expect(result.entities.map((e) => e.name)).toEqual(['Jon Hale']);
    expect(result.mentions.map((m) => m.text)).toEqual(['Jon Hale']);
    // The statement stage still finds the quote; its speaker is nobody the new stage named.
    expect(result.statements.map((s) => s.quote)).toEqual(['We agreed on much']);
  });

  it('take no run of letters past any name for a name, and keep the words around it', async () => {
    const run = `Ms Q${'q'.repeat(20_000)}`;
    const text = `Oslo 01.02.2023 ${run} met Jon Hale on Monday. “We agreed on much,” Hale said.`;
    const result = await extractArticles(splitPlainText(`Talks\n\n${text}\n`, 'talks.txt'));
    expect(result.entities.map((e) => e.name).sort()).toEqual(['Jon Hale', 'Oslo']);
    expect(Math.max(...result.mentions.map((m) => m.text.length))).toBeLessThan(100);
  });
});
