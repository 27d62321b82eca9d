import { describe, expect, it } from 'vitest';
import { article, extract, speakerOf } from '../../support/extract';

describe('which quotations are statements', async () => {
  it('keeps words someone says, and not a title or a scare quote', async () => {
    const result = await extract(
      article(
        'Headline',
        [
          'The documentary “A Long Road Home Through the Valley” opened in cinemas on Friday.',
          'Critics called the plan a “bridge to nowhere at the edge of reason” in their reviews.',
          '“We will build the bridge before the winter comes,” Mayor Dana Whitcombe said on Friday.',
        ].join('\n\n'),
      ),
    );
    expect(result.statements.filter((s) => s.direct).map((s) => s.quote)).toEqual(['We will build the bridge before the winter comes']);
  });

  it('reads a partial quotation inside reported speech as reported, with its speaker', async () => {
    const result = await extract(article('Headline', 'Dana Whitcombe spoke on Friday.\n\nThe mayor’s office urged residents “to stay at home and keep the roads clear for the snow ploughs.”'));
    const statement = result.statements.find((s) => s.quote.includes('stay at home'));
    expect(statement?.direct).toBe(false);
  });

  it('takes the name that signs a quotation after a dash', async () => {
    const result = await extract(article('Headline', '“I never thought the town would change this much in one year.” ― Marta Kowalczyk\n\n“The bridge has made all the difference for us.” ― Tomas Berg'));
    expect(speakerOf(result, 'I never thought')).toBe('Marta Kowalczyk');
    expect(speakerOf(result, 'The bridge has made')).toBe('Tomas Berg');
  });
});
