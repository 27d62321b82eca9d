import { describe, expect, it } from 'vitest';
import { article, extract, typedNames } from '../../support/extract';

describe('entity types from general patterns of news English', () => {
  it.each([
    ['Foreign Minister Anneli Virtanen met the Prime Minister of Spain Pedro Ruiz in Porto.', ['Country:Spain', 'Person:Anneli Virtanen', 'Person:Pedro Ruiz', 'Place:Porto']],
    ['The World Health Organization (WHO) said the WHO would send experts to Nigeria.', ['Country:Nigeria', 'Institution:World Health Organization']],
    ['Protests spread to Lyon, Lille (in the north), Tourcoing and Roubaix.', ['Place:Lille', 'Place:Lyon', 'Place:Roubaix', 'Place:Tourcoing']],
    ['The French President Paul Girard spoke to the Interior Ministry on Monday.', ['Country:France', 'Institution:Interior Ministry', 'Person:Paul Girard']],
    ['Dutch brewer Grolsky reported higher sales in Asia.', ['Country:Netherlands', 'Institution:Grolsky', 'Place:Asia']],
    ['Voters backed the ruling Green Dawn party in the Western Cape Province.', ['Institution:Green Dawn', 'Place:Western Cape Province']],
    ['Prices of liquefied natural gas, or LNG, rose in January and in the EU.', ['Institution:EU']],
    ['Senate Majority Leader Ann Cole spoke at the White House for the Democratic Party.', ['Institution:Democratic Party', 'Institution:Senate', 'Institution:White House', 'Person:Ann Cole']],
    ['Brazilian President Joana Maria Souza da Costa pledged to act.', ['Country:Brazil', 'Person:Joana Maria Souza da Costa']],
    ['She spoke, flanked by Environment Minister Rita Okafor.', ['Person:Rita Okafor']],
    ['South Korean Foreign Minister Kang Min-ho met reporters in Busan.', ['Country:South Korea', 'Person:Kang Min-ho', 'Place:Busan']],
    ['Lee Soo-jin, leader of the Green Party, called it a mistake.', ['Institution:Green Party', 'Person:Lee Soo-jin']],
    ["A statement from Chile's Ministry of Foreign Affairs said so.", ['Country:Chile', 'Institution:Ministry of Foreign Affairs']],
    ['The president asked Congress to approve the budget.', ['Institution:Congress']],
    ['The Office of the UN High Commissioner for Human Rights urged restraint.', ['Institution:Office of the UN High Commissioner for Human Rights']],
    ['United Nations Secretary-General Ana Lind urged restraint.', ['Institution:United Nations', 'Person:Ana Lind']],
    ["Acting Prime Minister Ivo Hart's Civil Pact party won the vote.", ['Institution:Civil Pact', 'Person:Ivo Hart']],
    ["The People's Coalition won. Maria Lopez's party lost.", ["Institution:People's Coalition", 'Person:Maria Lopez']],
    ['Army chief General Omar Hassan al-Rashid met the envoys.', ['Person:Omar Hassan al-Rashid']],
    ['Human Rights Watch said the arrests were arbitrary.', ['Institution:Human Rights Watch']],
    ['Norwegian Dawn said the bill would be withdrawn.', ['Institution:Norwegian Dawn']],
    ['Will Ortega said the film would open in June.', ['Person:Will Ortega']],
    ['The figure comes from the Corruption Perceptions Index reported by the bank.', []],
    ['Several Western Diplomats said the talks had stalled.', []],
    ['Last Tuesday Ana Lind said the talks had stalled.', ['Person:Ana Lind']],
    ['Bergen Mayor Ola Strand wrote that the power was back.', ['Person:Ola Strand', 'Place:Bergen']],
    ["Norway's air force said two jets were scrambled.", ['Country:Norway', 'Institution:air force']],
    ["Norway's new military doctrine was published.", ['Country:Norway']],
    ['European Council President Ana Lind will travel to Astana.', ['Institution:European Council', 'Person:Ana Lind', 'Place:Astana']],
    ['He will attend the first China-Central Asia summit in May.', []],
  ])('%s', (body, expected) => {
    expect(typedNames(extract(article('A headline', body)))).toEqual(expected);
  });

  it('never takes a month, a weekday or a shouted warning for a name', () => {
    const result = extract(article('Headline', 'On Monday, 5 March, the talks ended.\n\nWARNING! GRAPHIC CONTENT!!!\n\nIn September the ministers met again.'));
    expect(typedNames(result)).toEqual([]);
  });

  it('keeps a title\'s portfolio in the role ("environment minister")', () => {
    const result = extract(article('Headline', 'Oslo 01.02.2023 Environment Minister Rita Okafor said the plan was ready.'));
    expect(result.entities.find((e) => e.name === 'Rita Okafor')?.roles).toEqual(['environment minister']);
  });
});
