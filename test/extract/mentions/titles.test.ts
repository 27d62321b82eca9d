import { describe, expect, it } from 'vitest';
import { attachTitles } from '../../../src/extract/mentions/titles';
import type { Mention } from '../../../src/extract/mentions/typed-mentions';
import { analyseText } from '../../../src/extract/text/sentences';

function titled(text: string, ...named: [string, Mention['type']][]) {
  const mentions: Mention[] = named.map(([name, type]) => ({ type, name, start: text.indexOf(name), end: text.indexOf(name) + name.length }));
  const person = attachTitles(mentions, analyseText(text).tokens).find((m) => m.type === 'Person')!;
  return { role: person.role, holder: person.roleHolder?.name, title: person.roleStart === undefined ? undefined : text.slice(person.roleStart, person.start).trim() };
}

describe('titles before a name', () => {
  it.each([
    ['Foreign Minister Ana Lind spoke.', [['Ana Lind', 'Person']], { role: 'foreign minister', holder: undefined, title: 'Foreign Minister' }],
    ['The French President Paul Girard spoke.', [['French', 'Country'], ['Paul Girard', 'Person']], { role: 'president', holder: 'French', title: 'French President' }],
    ['Senate Majority Leader Ann Cole spoke.', [['Senate', 'Institution'], ['Ann Cole', 'Person']], { role: 'majority leader', holder: 'Senate', title: 'Senate Majority Leader' }],
    ['He met the Prime Minister of Spain Pedro Ruiz.', [['Spain', 'Country'], ['Pedro Ruiz', 'Person']], { role: 'prime minister', holder: 'Spain', title: 'Prime Minister of Spain' }],
    ['Environment Minister Rita Okafor said so.', [['Rita Okafor', 'Person']], { role: 'environment minister', holder: undefined, title: 'Environment Minister' }],
    ['U.S. Secretary of State Jon Hale left.', [['U.S.', 'Country'], ['Jon Hale', 'Person']], { role: 'secretary of state', holder: 'U.S.', title: 'U.S. Secretary of State' }],
    ['Economist Lena Fischer of the Kiel Institute said so.', [['Lena Fischer', 'Person'], ['Kiel Institute', 'Institution']], { role: 'economist', holder: 'Kiel Institute', title: 'Economist' }],
    ['Yesterday Ana Lind left.', [['Ana Lind', 'Person']], { role: undefined, holder: undefined, title: undefined }],
    ['Sen. Ann Cole spoke.', [['Ann Cole', 'Person']], { role: 'senator', holder: undefined, title: 'Sen.' }],
    ['Mr. Tom Berg spoke.', [['Tom Berg', 'Person']], { role: undefined, holder: undefined, title: undefined }],
  ] as const)('%s', (text, named, expected) => {
    expect(titled(text, ...(named as unknown as [string, Mention['type']][]))).toEqual(expected);
  });
});

describe('roles said after a name', () => {
  const roleOf = (text: string, ...named: [string, Mention['type']][]) => {
    const mentions: Mention[] = named.map(([name, type]) => ({ type, name, start: text.indexOf(name), end: text.indexOf(name) + name.length }));
    const person = attachTitles(mentions, analyseText(text).tokens).find((m) => m.type === 'Person')!;
    return { role: person.role, holder: person.roleHolder?.name };
  };

  it.each([
    ['Ana Lind, a spokeswoman for the Interior Ministry, said so.', [['Ana Lind', 'Person'], ['Interior Ministry', 'Institution']], { role: 'spokeswoman', holder: 'Interior Ministry' }],
    ['Tom Berg, chief strategist of the Green Alliance, said so.', [['Tom Berg', 'Person'], ['Green Alliance', 'Institution']], { role: 'chief strategist', holder: 'Green Alliance' }],
    ['Senator Ann Cole, Republican of Iowa, said so.', [['Ann Cole', 'Person'], ['Iowa', 'Place']], { role: 'senator', holder: 'Iowa' }],
    ['Ann Cole, a Democrat, said so.', [['Ann Cole', 'Person']], { role: undefined, holder: undefined }],
    ['Ann Cole, who won, said so.', [['Ann Cole', 'Person']], { role: undefined, holder: undefined }],
  ] as const)('%s', (text, named, expected) => {
    expect(roleOf(text, ...(named as unknown as [string, Mention['type']][]))).toEqual(expected);
  });
});
