import { describe, expect, it } from 'vitest';
import { article, extract } from '../../support/extract';

describe('events', () => {
  const result = extract(
    article('Unrest', 'Lisbon 12.03.2023 On March 10, thousands of people took to the streets of Porto to protest against rent increases.\n\nThe government declared a state of emergency in Porto on March 11.'),
    article('More unrest', 'Madrid 13.03.2023 Protests in Porto on March 10 drew thousands, police said.'),
  );
  const name = (id: string) => result.entities.find((e) => e.id === id)?.name;

  it('types events and dates them from their sentence', () => {
    const emergency = result.events.find((e) => e.type === 'state_of_emergency');
    expect(emergency).toMatchObject({ start: '2023-03-11', datePrecision: 'day' });
    expect(emergency!.places.map(name)).toContain('Porto');
  });

  it('merges one event told by two articles, and knows the country of its place', () => {
    const protests = result.events.filter((e) => e.type === 'protest');
    expect(protests).toHaveLength(1);
    expect(protests[0]).toMatchObject({ start: '2023-03-10' });
    expect(protests[0]!.articleIds).toHaveLength(2);
    expect(protests[0]!.places.map(name)).toEqual(['Porto']);
    expect(result.entities.find((e) => e.name === 'Porto')?.country).toBe('PT');
  });

  it('leaves an undated article\'s events undated', () => {
    const undated = extract(article('Resignation', 'The minister resigned after the vote, his office said.'));
    expect(undated.events.find((e) => e.type === 'resignation')?.start).toBeNull();
  });
});
