// A small corpus written to test how people are joined across articles: full names then surnames, two
// people of one surname, a lone surname, other spellings of one name, names in another script, an acronym
// stated in one article and used alone in another. Invented names, news English.
import { splitPlainText } from '../../src/sources/plain-text';
import type { SourceArticle } from '../../src/sources/article';

const ARTICLES: [string, string][] = [
  ['Energy plan', 'Oslo 01.02.2023 Energy Minister Lurleen Qwertzova opened the plant. “We are ready for winter,” Qwertzova said.'],
  ['Opposition', 'Oslo 02.02.2023 Opposition leader Venus Qwertzova criticised the plan. “This is a waste of money,” Qwertzova said.'],
  ['Reaction', 'Oslo 03.02.2023 “Nothing has changed since last week,” said Ms. Qwertzova.'],
  ['Baku', 'Oslo 04.02.2023 President Ilham Aliyev met Foreign Minister Tomas Breck. Aliyev said the talks went well.'],
  ['Baku again', 'Oslo 05.02.2023 Ilham Aliev was re-elected, officials said. His rival Tomas Breck conceded.'],
  ['Moscow', 'Oslo 06.02.2023 Иван Петров met Мария Сидорова in Oslo. Петров said the meeting was useful.'],
  ['Bank', 'Oslo 07.02.2023 The Nordic Investment Fund (NIF) raised rates, its chairman Arne Dahl said.'],
  ['Bank again', 'Oslo 08.02.2023 The NIF will meet again in March, Dahl told reporters in Bergen.'],
];

export function peopleCorpus(): SourceArticle[] {
  return ARTICLES.flatMap(([title, body], i) => splitPlainText(`${title}\n\n${body}\n`, `people-${i}.txt`));
}
