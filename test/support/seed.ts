// The seed archive shipped in seeds/ and its hand-made gold in ../shared/eval.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_FILE = fileURLToPath(new URL('../../seeds/kazakhstan-archive.txt', import.meta.url));
export const SEED_GOLD_FILE = fileURLToPath(new URL('../../../shared/eval/gold/seed.json', import.meta.url));

export interface GoldArticle {
  title: string;
  date: string | null;
  author?: string;
}

export const seedText = () => readFileSync(SEED_FILE, 'utf8');
export const goldArticles = (): GoldArticle[] => JSON.parse(readFileSync(SEED_GOLD_FILE, 'utf8')).articles;
