import { describe, expect, it } from 'vitest';
import { article, extract } from '../../support/extract';

describe('events', async () => {
  const result = await extract(
    article('Unrest', 'Lisbon 12.03.2023 On March 10, thousands of people took to the streets of Porto to protest against rent increases.\n\nThe government declared a state of emergency in Porto on March 11.'),
    article('More unrest', 'Madrid 13.03.2023 Protests in Porto on March 10 drew thousands, police said.'),
  );
  const name = (id: string) => result.entities.find((e) => e.id === id)?.name;

  it('types events and dates them from their sentence', async () => {
    const emergency = result.events.find((e) => e.type === 'state_of_emergency');
    expect(emergency).toMatchObject({ start: '2023-03-11', datePrecision: 'day' });
    expect(emergency!.places.map(name)).toContain('Porto');
  });

  it('merges one event told by two articles, and knows the country of its place', async () => {
    const protests = result.events.filter((e) => e.type === 'protest');
    expect(protests).toHaveLength(1);
    expect(protests[0]).toMatchObject({ start: '2023-03-10' });
    expect(protests[0]!.articleIds).toHaveLength(2);
    expect(protests[0]!.places.map(name)).toEqual(['Porto']);
    expect(result.entities.find((e) => e.name === 'Porto')?.country).toBe('PT');
  });

  it('takes a lower-case "congress" for a gathering, a capitalised one for a legislature', async () => {
    const events = async (body: string) => (await extract(article('Congress', `Oslo 01.02.2023 ${body}`))).events.map((e) => e.type);
    expect(await events('The president asked Congress to approve the budget.')).toEqual([]);
    expect(await events('Delegates gathered for the party congress in Oslo.')).toEqual(['conference']);
  });

  it('takes rejecting a claim or firing tear gas for no dismissal from office', async () => {
    const types = async (body: string) => (await extract(article('Claims', `Oslo 01.02.2023 ${body}`))).events.map((e) => e.type);
    expect(await types('The ministry dismissed the claims as baseless.')).toEqual([]);
    expect(await types('Officials dismissed it as propaganda.')).toEqual([]);
    expect(await types('The president dismissed the defence minister on Monday.')).toEqual(['dismissal']);
  });

  it('places an event of another day that names no place in the article\'s country, not where the last event was', async () => {
    const result = await extract(
      article('Summit', 'Oslo 02.02.2023 Leaders of Norway met in Bergen on Wednesday. Rights groups urged the release of activists detained during the protests of January 2022.'),
    );
    const names = (ids: string[]) => ids.map((id) => result.entities.find((e) => e.id === id)?.name);
    const protest = result.events.find((e) => e.type === 'protest');
    expect(protest?.start?.slice(0, 7)).toBe('2022-01');
    expect(names(protest!.places)).toEqual(['Norway']);
  });

  it('takes a ceasefire agreed for an agreement, not one called for', async () => {
    const types = async (body: string) => (await extract(article('Truce', `Oslo 01.02.2023 ${body}`))).events.map((e) => e.type);
    expect(await types('Russia called for an immediate ceasefire.')).toEqual([]);
    expect(await types('The two sides agreed on Friday to a ceasefire.')).toEqual(['agreement']);
  });

  it('leaves an undated article\'s events undated', async () => {
    const undated = await extract(article('Resignation', 'The minister resigned after the vote, his office said.'));
    expect(undated.events.find((e) => e.type === 'resignation')?.start).toBeNull();
  });

  describe('part of a larger event', async () => {
    const framed = await extract(
      article(
        'Arrests in Porto',
        'Lisbon 14.03.2023 Police arrested 40 people in Porto on March 10 during the protests against rent increases. Thousands of people took to the streets of Porto that day.',
      ),
    );
    const ofType = (type: string) => framed.events.find((e) => e.type === type);

    it('links an event told "during" another to it, with the sentence as evidence', async () => {
      const arrest = ofType('arrest');
      const protest = ofType('protest');
      expect(arrest?.partOf?.eventId).toBe(protest?.id);
      const [evidence] = arrest!.partOf!.evidence;
      const text = framed.articles[0]!.text.slice(evidence!.start, evidence!.end);
      expect(text).toMatch(/^Police arrested 40 people .* during the protests/);
    });

    it('does not make the frame part of what happened inside it, nor link events of sentences without such words', async () => {
      expect(ofType('protest')?.partOf).toBeUndefined();
      const plain = await extract(article('Two things', 'Oslo 02.05.2023 Police arrested two men in Bergen on May 1. Protests followed in Bergen.'));
      expect(plain.events.filter((e) => e.partOf)).toEqual([]);
    });

    it('links "as part of" and "in the course of" too', async () => {
      const more = await extract(
        article('Raids', 'Riga 05.06.2023 Soldiers detained twelve suspects in Daugavpils on June 4 as part of a counter-terrorist operation.'),
        article('Talks', 'Vilnius 07.06.2023 The two presidents held talks in Vilnius on June 6 in the course of a three-day visit to Lithuania.'),
      );
      const typeOf = (id: string | undefined) => more.events.find((e) => e.id === id)?.type;
      const arrest = more.events.find((e) => e.type === 'arrest');
      expect(typeOf(arrest?.partOf?.eventId)).toBe('security_operation');
      const talks = more.events.find((e) => e.type === 'meeting');
      expect(typeOf(talks?.partOf?.eventId)).toBe('visit');
    });
  });
});

