// Countries, their other names and demonyms, from the world-countries package.
import { iso31663 } from 'iso-3166';
import worldCountries from 'world-countries';
import { foldName } from './fold';

export interface CountryInfo {
  code: string;
  name: string;
  names: string[];
}

interface Index {
  byName: Map<string, CountryInfo>;
  byDemonym: Map<string, CountryInfo>;
}

let index: Index | undefined;

// Codes that read as ordinary words in news ("IN", "IS", "IT") are not names.
const SAFE_CODE = /^(UK|US|USA|UAE|DRC|PRC|ROK|DPRK)$/;

// States that no longer exist but that news still names (ISO 3166-3, from the iso-3166 package).
const FORMER_STATES: CountryInfo[] = iso31663
  .filter((change) => change.from.state === 'formerly-assigned' && /^[\p{L} .'-]+$/u.test(change.from.name))
  .map((change) => ({ code: change.from.alpha2, name: change.from.name, names: [change.from.name] }));

function build(): Index {
  const byName = new Map<string, CountryInfo>();
  const byDemonym = new Map<string, CountryInfo>();
  const languageCountries = new Map<string, CountryInfo[]>();
  const memberDemonyms = new Set<string>();
  for (const country of worldCountries) {
    const info: CountryInfo = { code: country.cca2, name: country.name.common, names: [] };
    const names = [country.name.common, country.name.official, ...country.altSpellings.filter((alt) => /^[\p{Script=Latin}\s'’.-]+$/u.test(alt) && (alt.length > 3 || SAFE_CODE.test(alt)))];
    info.names = [...new Set(names)];
    for (const name of info.names) byName.set(foldName(name), info);
    // A demonym shared by a state and a territory ("Norwegian": Norway, Svalbard) names the UN member.
    for (const demonym of Object.values(country.demonyms?.eng ?? {})) {
      if (demonym && (country.unMember || !memberDemonyms.has(foldName(demonym)))) byDemonym.set(foldName(demonym), info);
      if (demonym && country.unMember) memberDemonyms.add(foldName(demonym));
    }
    for (const language of Object.values(country.languages ?? {})) {
      languageCountries.set(language, [...(languageCountries.get(language) ?? []), info]);
    }
  }
  for (const former of FORMER_STATES) for (const name of former.names) byName.set(foldName(name), former);
  // A language spoken in one country only names that country's people too ("Kazakh", "Uzbek").
  for (const [language, countries] of languageCountries) {
    const key = foldName(language);
    if (countries.length === 1 && !byDemonym.has(key) && !byName.has(key)) byDemonym.set(key, countries[0]!);
  }
  return { byName, byDemonym };
}

function get(): Index {
  return (index ??= build());
}

// "U.S." and "U.K." are the codes with dots.
export const countryByName = (name: string) => get().byName.get(foldName(name)) ?? (/^(\p{Lu}\.){2,3}$|^(\p{Lu}\.)+\p{Lu}$/u.test(name) ? get().byName.get(foldName(name.replace(/\./g, ''))) : undefined);
export const countryByDemonym = (word: string) => get().byDemonym.get(foldName(word));
