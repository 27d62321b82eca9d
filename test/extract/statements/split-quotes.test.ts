import { describe, expect, it } from 'vitest';
import { article, extract } from '../../support/extract';

describe('quotations split by their attribution', async () => {
  it('joins the two halves into one statement with one speaker', async () => {
    const result = await extract(article('Headline', '“We will not give up,” Marta Kowalczyk said on Monday. “The vote was stolen from us.”'));
    expect(result.statements.filter((s) => s.direct).map((s) => s.quote)).toEqual(['We will not give up The vote was stolen from us.']);
    const speaker = result.entities.find((e) => e.id === result.statements[0]!.speakerId);
    expect(speaker?.name).toBe('Marta Kowalczyk');
  });

  it('joins a short first half too, and makes no statement of a short quotation alone', async () => {
    const result = await extract(article('Headline', '“Heartbreaking,” Marta Kowalczyk said. “This country has to find new ways to heal.”\n\nThe “so-called” plan failed.'));
    expect(result.statements.map((s) => s.quote)).toEqual(['Heartbreaking This country has to find new ways to heal.']);
  });

  it('keeps quotations apart when the second has an attribution of its own', async () => {
    const result = await extract(article('Headline', '“We will not give up,” Marta Kowalczyk said. “The vote was fair and open,” replied Tomas Berg.'));
    const direct = result.statements.filter((s) => s.direct);
    expect(direct.map((s) => s.quote)).toEqual(['We will not give up', 'The vote was fair and open']);
    const names = direct.map((s) => result.entities.find((e) => e.id === s.speakerId)?.name);
    expect(names).toEqual(['Marta Kowalczyk', 'Tomas Berg']);
  });

  it('keeps quotations of two paragraphs apart', async () => {
    const result = await extract(article('Headline', '“We will not give up,” Marta Kowalczyk said.\n\n“The vote was stolen from us,” she added.'));
    expect(result.statements.filter((s) => s.direct)).toHaveLength(2);
  });
});
