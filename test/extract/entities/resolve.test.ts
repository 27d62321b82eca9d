import { describe, expect, it } from 'vitest';
import { entityId } from '../../../src/extract/entities/resolve';
import { article, entityNamed, extract, speakerOf } from '../../support/extract';

describe('entity resolution', async () => {
  it('resolves a surname to the full name said earlier, and keeps titles out of names', async () => {
    const result = await extract(article('Talks', 'Foreign Minister Anneli Virtanen arrived on Monday. Virtanen said the talks went well.'));
    const person = entityNamed(result, 'Virtanen');
    expect(person).toMatchObject({ type: 'Person', name: 'Anneli Virtanen', roles: ['foreign minister'] });
    expect(result.mentions.filter((m) => m.entityId === person!.id)).toHaveLength(2);
  });

  it('gives a surname two people share to the one named last before it', async () => {
    const result = await extract(article('Cabinet', 'President Rui Costa opened the session, flanked by Health Minister Ana Costa. Costa said hospitals across the country needed more staff.'));
    const said = result.statements.find((s) => s.quote.startsWith('hospitals'));
    expect(result.entities.find((e) => e.id === said?.speakerId)?.name).toBe('Ana Costa');
    expect(result.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['Ana Costa', 'Rui Costa']);
  });

  it('resolves a given name that is also a word, speaking, and a name inside a long one', async () => {
    const result = await extract(
      article('Seoul', 'Oslo 01.02.2023 Foreign Minister Park Min-jun met reporters. “We have opened a new chapter,” Park said.'),
      article('Brasilia', 'Oslo 01.02.2023 President Luiz Carlos Bento da Costa spoke. Bento said the forest had to be saved at any cost.'),
    );
    const speakers = result.statements.map((s) => result.entities.find((e) => e.id === s.speakerId)?.name);
    expect(speakers).toEqual(['Park Min-jun', 'Luiz Carlos Bento da Costa']);
    expect(result.entities.filter((e) => e.type === 'Person')).toHaveLength(2);
  });

  it('merges transliterations across articles and keeps a family apart', async () => {
    const result = await extract(
      article('One', 'President Ilham Aliyev spoke. His wife Mehriban Aliyeva listened.'),
      article('Two', 'Ilham Aliev was re-elected, officials said. Aliev thanked voters.'),
    );
    const president = entityNamed(result, 'Aliev');
    expect(president?.name).toBe('Ilham Aliyev');
    expect(entityNamed(result, 'Mehriban Aliyeva')?.id).not.toBe(president?.id);
  });

  it('ties acronyms to expansions, stated or spelled by initials', async () => {
    const result = await extract(
      article('One', 'The International Energy Agency (IEA) warned of shortages.'),
      article('Two', 'The IEA said prices would rise. The European Central Bank and the ECB board met.'),
    );
    expect(entityNamed(result, 'IEA')?.name).toBe('International Energy Agency');
    expect(entityNamed(result, 'ECB')?.name).toBe('European Central Bank');
  });

  it('takes an acronym for a body only when its expansion names one', async () => {
    const result = await extract(article('Health', 'Cases of Severe Acute Respiratory Syndrome (SARS) rose, the World Health Organization (WHO) said.'));
    expect(entityNamed(result, 'SARS')).toBeUndefined();
    expect(entityNamed(result, 'WHO')?.name).toBe('World Health Organization');
  });

  it('reads country codes written with dots', async () => {
    const result = await extract(article('Trade', 'The U.S. and the U.K. signed a deal with Japan and the Democratic Republic of the Congo.'));
    expect(result.entities.filter((e) => e.type === 'Country').map((e) => e.name).sort()).toEqual(['DR Congo', 'Japan', 'United Kingdom', 'United States']);
  });

  it('maps demonyms to their countries', async () => {
    const result = await extract(article('Visit', 'The Polish minister met Kenyan officials and a Brazilian delegation.'));
    expect(result.entities.filter((e) => e.type === 'Country').map((e) => e.name).sort()).toEqual(['Brazil', 'Kenya', 'Poland']);
  });

  it('places cities in their countries', async () => {
    const result = await extract(article('Visit', 'The delegation flew from Porto to Nairobi.'));
    expect(entityNamed(result, 'Nairobi')).toMatchObject({ type: 'Place', country: 'KE' });
  });

  it('never joins people on a surname alone: two full names are two people, a lone surname in another article a third', async () => {
    const result = await extract(
      article('Energy', 'Oslo 01.02.2023 Energy Minister Lurleen Qwertzova opened the plant. “We are ready for winter,” Qwertzova said.'),
      article('Opposition', 'Oslo 02.02.2023 Opposition leader Venus Qwertzova criticised the plan. “This is a waste of money,” Qwertzova said.'),
      article('Later', 'Oslo 03.02.2023 “Nothing has changed since last week,” said Ms. Qwertzova.'),
    );
    const people = result.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.name).sort()).toEqual(['Lurleen Qwertzova', 'Qwertzova', 'Venus Qwertzova']);
    expect(speakerOf(result, 'We are ready')).toBe('Lurleen Qwertzova');
    expect(speakerOf(result, 'This is a waste')).toBe('Venus Qwertzova');
    expect(['Lurleen Qwertzova', 'Venus Qwertzova']).not.toContain(speakerOf(result, 'Nothing has changed'));
  });

  it('gives names in other scripts distinct ids that do not change between runs', async () => {
    const text = article('Moscow', 'Oslo 01.02.2023 Иван Петров met Мария Сидорова in Oslo. Петров said the meeting was useful.');
    const ids = (result: Awaited<ReturnType<typeof extract>>) => result.entities.filter((e) => e.type === 'Person').map((e) => e.id).sort();
    const first = ids(await extract(text));
    expect(first).toHaveLength(2);
    expect(ids(await extract(text))).toEqual(first);
    expect(entityId('Person', 'Иван Петров')).toMatch(/^person:ivan-petrov-[0-9a-f]{8}$/);
    expect(entityId('Person', 'Иван Петров')).not.toBe(entityId('Person', 'Мария Сидорова'));
    expect(entityId('Person', 'Ivan Petrov')).toBe('person:ivan-petrov');
  });

  it('keeps ids of long names short enough to index, and still apart', () => {
    const long = (last: string) => `${'Commission '.repeat(40)}${last}`;
    const id = entityId('Institution', long('Alpha'));
    expect(id.length).toBeLessThan(150);
    expect(id).toMatch(/^institution:commission-commission-.*-[0-9a-f]{8}$/);
    expect(id).not.toBe(entityId('Institution', long('Beta')));
  });
});
