import { describe, expect, it } from 'vitest';
import { article, extract, speakerOf } from '../../support/extract';

describe('speakers of direct quotations', async () => {
  it.each([
    ['name after the quote', '“We will not give up,” Marta Kowalczyk said.', 'We will not give up', 'Marta Kowalczyk'],
    ['verb before the name', '“The vote was fair,” said election chief Tomas Berg.', 'The vote was fair', 'Tomas Berg'],
    ['name before the quote', 'Marta Kowalczyk told reporters: “We will not give up.”', 'We will not give up', 'Marta Kowalczyk'],
    ['an institution', '“Aid must reach everyone in need,” the World Food Programme said in a statement.', 'Aid must reach everyone', 'World Food Programme'],
    ['a title with a dot before the name', '“I am proud of all of you,” Mr. Halloran told the crowd.', 'I am proud of all', 'Halloran'],
    ['a name with an initial', '“The numbers do not add up,” said Rep. Dana M. Whitcombe, a Democrat.', 'The numbers do not add up', 'Dana M. Whitcombe'],
    ['a person qualified by a body', '“The rules will not change,” the Commission’s chief spokesman Ivo Hart told a briefing.', 'The rules will not change', 'Ivo Hart'],
  ])('%s', async (_case, body, quote, speaker) => {
    expect(speakerOf(await extract(article('Headline', body)), quote)).toBe(speaker);
  });

  it('resolves "he", "the expert" and "the statement" to their antecedents', async () => {
    const result = await extract(
      article(
        'Headline',
        [
          'Economist Lena Fischer of the Kiel Institute spoke on Monday.',
          '“Growth will stay weak,” she said. “Inflation is falling,” the economist added.',
          'The Finance Ministry issued a statement on Tuesday.',
          '“The budget is balanced,” the statement reads.',
        ].join('\n\n'),
      ),
    );
    expect(speakerOf(result, 'Growth will stay weak')).toBe('Lena Fischer');
    expect(speakerOf(result, 'Inflation is falling')).toBe('Lena Fischer');
    expect(speakerOf(result, 'The budget is balanced')).toBe('Finance Ministry');
  });

  it('gives "she" to a woman and "he" to a man, by their given names', async () => {
    const body = 'Peter Novak met Anna Kowalska on Monday. “We have agreed on the budget,” she said.\n\nAnna Kowalska met Peter Novak on Tuesday. “The budget is too small,” he said.';
    const result = await extract(article('Headline', body));
    expect(speakerOf(result, 'We have agreed')).toBe('Anna Kowalska');
    expect(speakerOf(result, 'The budget is too small')).toBe('Peter Novak');
  });

  it('keeps the medium apart from the speaker', async () => {
    const result = await extract(article('Headline', '“The border is closed,” army spokesman Pavel Novak was quoted as saying by the Reuters agency.'));
    const statement = result.statements.find((s) => s.quote.startsWith('The border is closed'))!;
    const name = (id: string | null) => result.entities.find((e) => e.id === id)?.name;
    expect(name(statement.speakerId)).toBe('Pavel Novak');
    expect(name(statement.mediumId)).toBe('Reuters');
  });

  it('knows whom a speaker spoke for, over every paragraph of the quotation', async () => {
    const result = await extract(
      article('Headline', '“We condemn the attack,” reads the declaration by Commissioner Ana Lopes on behalf of the European Commission.\n\n“We call for calm.'),
    );
    const name = (id: string | null) => result.entities.find((e) => e.id === id)?.name;
    expect(result.statements.filter((s) => s.direct).map((s) => [name(s.speakerId), name(s.onBehalfOfId)])).toEqual([
      ['Ana Lopes', 'European Commission'],
      ['Ana Lopes', 'European Commission'],
    ]);
  });

  it('gives no speaker when none can be found', async () => {
    expect(speakerOf(await extract(article('Headline', '“The door was open all night long,” one neighbour said.')), 'The door was open')).toBeNull();
  });

  it('makes no statement of words no one says', async () => {
    expect(speakerOf(await extract(article('Headline', 'Graffiti on the wall read “freedom for all the people here”.')), 'freedom for all')).toBeUndefined();
  });
});

describe('reported speech', async () => {
  it.each([
    ['Marta Kowalczyk said that the coalition would survive the vote.', 'the coalition would survive the vote', 'Marta Kowalczyk'],
    ['According to analyst Jan Nowak, the currency will weaken further.', 'the currency will weaken further', 'Jan Nowak'],
    ['The currency will weaken further, analyst Jan Nowak said on Monday.', 'The currency will weaken further', 'Jan Nowak'],
    ['Prime Minister Ivo Hart vowed to cut taxes before the election.', 'to cut taxes before the election', 'Ivo Hart'],
    ['Minister Ana Reis said hospitals across the country needed more staff.', 'hospitals across the country needed more staff', 'Ana Reis'],
    ["The bloc's foreign policy chief, Ana Lind, said the union stood firmly with its neighbour.", 'the union stood firmly with its neighbour', 'Ana Lind'],
    ['President Ivo Hart had said last week that the border would stay open.', 'the border would stay open', 'Ivo Hart'],
    ['Police fired tear gas at the crowd, and the Interior Ministry said 40 people had been detained.', '40 people had been detained', 'Interior Ministry'],
    ['President Ivo Hart urged both sides to avoid escalation, his spokesman Oleg Marin told reporters.', 'President Ivo Hart urged both sides to avoid escalation', 'Oleg Marin'],
    ['Ivo Hart, the speaker of the Assembly, said lawmakers would study each candidate.', 'lawmakers would study each candidate', 'Ivo Hart'],
    ['Ana Reis, a spokeswoman for the refugee agency UNHCR, says more than 50,000 people have fled.', 'more than 50,000 people have fled', 'Ana Reis'],
    ['For his part, Mr. Tom Berg said he planned to stay active in local politics.', 'he planned to stay active in local politics', 'Tom Berg'],
    ['Ana Reis, director of the Institute for Policy Studies at Hale University, said parents still want local schools.', 'parents still want local schools', 'Ana Reis'],
    ['Ana Reis suggests that the new tax would hurt small farms.', 'the new tax would hurt small farms', 'Ana Reis'],
  ])('%s', async (body, quote, speaker) => {
    const result = await extract(article('Headline', body));
    const statement = result.statements.find((s) => !s.direct);
    expect(statement?.quote).toBe(quote);
    expect(result.entities.find((e) => e.id === statement?.speakerId)?.name).toBe(speaker);
  });

  it('takes no time or place after "said" for what was said', async () => {
    expect((await extract(article('Headline', 'Minister Ana Reis said on Monday in Lisbon after the long meeting.'))).statements).toEqual([]);
  });

  it('gives "the party said" to the last body called a party, not the last body named', async () => {
    const result = await extract(
      article('Headline', 'Oslo 01.02.2023 The ruling Green Dawn party won the vote. The Interior Ministry reported no incidents. “We will govern for everyone,” the party said in a statement.'),
    );
    const statement = result.statements.find((s) => s.direct);
    expect(result.entities.find((e) => e.id === statement?.speakerId)?.name).toBe('Green Dawn');
  });

  it('gives "…, X told reporters, according to the Y agency" to X, carried by Y (one entity for Y)', async () => {
    const result = await extract(article('Headline', 'Oslo 01.02.2023 President Ivo Hart urged both sides to avoid escalation, spokesman Oleg Marin told reporters, according to the Novosti agency.'));
    const [statement] = result.statements;
    const nameOf = (id: string | null | undefined) => result.entities.find((e) => e.id === id)?.name;
    expect(statement).toMatchObject({ quote: 'President Ivo Hart urged both sides to avoid escalation' });
    expect([nameOf(statement?.speakerId), nameOf(statement?.mediumId)]).toEqual(['Oleg Marin', 'Novosti']);
    expect(result.entities.filter((e) => e.type === 'Institution').map((e) => e.name)).toEqual(['Novosti']);
  });

  it('gives a quotation to the person named before the verb after it, however long their title', async () => {
    const result = await extract(
      article('Headline', 'Oslo 01.02.2023 “We are not involved,” Prime Minister Ivo Hart said. “We urge the parties to stop the bloodshed,” Foreign Ministry spokeswoman Ana Lind said in a statement.'),
    );
    const speakers = result.statements.map((s) => result.entities.find((e) => e.id === s.speakerId)?.name);
    expect(speakers).toEqual(['Ivo Hart', 'Ana Lind']);
  });

  it('gives "He said the Commission recommended it “…”" to him, and takes no owner for a medium', async () => {
    const result = await extract(
      article(
        'Headline',
        'Brussels 08.11.2023 “Progress is real” reads the statement by the spokesperson of the European Council on the Commission’s annual package. Commissioner Peter Lind presented the package. He said the Commission recommended candidate status “on the understanding that the steps are taken”.',
      ),
    );
    const nameOf = (id: string | null | undefined) => result.entities.find((e) => e.id === id)?.name;
    expect(result.statements.map((s) => [nameOf(s.speakerId), nameOf(s.mediumId) ?? null])).toEqual([
      ['European Council', null],
      ['Peter Lind', null],
    ]);
  });

  it('takes a single name after "told" for the medium', async () => {
    const result = await extract(article('Headline', 'Oslo 01.02.2023 “The verdict is unfair and politically motivated,” his lawyer Ana Lind told Nordpost.'));
    const [statement] = result.statements;
    const nameOf = (id: string | null | undefined) => result.entities.find((e) => e.id === id)?.name;
    expect([nameOf(statement?.speakerId), nameOf(statement?.mediumId)]).toEqual(['Ana Lind', 'Nordpost']);
  });
});
