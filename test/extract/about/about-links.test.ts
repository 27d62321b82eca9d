import { describe, expect, it } from 'vitest';
import { article, extract } from '../../support/extract';

describe('what statements are about', async () => {
  const result = await extract(
    article('Protests', 'Lima 08.01.2023 Protests broke out in Lima on January 6 over fuel prices.'),
    article('Reforms', 'Lima 20.11.2023 “We support the reforms begun after the tragic January events,” the European Union said. “Peru is an important partner,” it added.'),
  );

  it('links a statement to events named by their month, in the places its article is about', async () => {
    const protest = result.events.find((e) => e.type === 'protest')!;
    const statement = result.statements.find((s) => s.quote.startsWith('We support the reforms'))!;
    expect(statement.about).toContain(protest.id);
  });

  it('links a statement to the entities it names', async () => {
    const peru = result.entities.find((e) => e.name === 'Peru')!;
    expect(result.statements.find((s) => s.quote.startsWith('Peru is'))!.about).toContain(peru.id);
  });
});
