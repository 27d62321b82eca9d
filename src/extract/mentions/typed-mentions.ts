// The tagger's names as the graph's kinds: a person, an institution, a country or a place. A location the
// packages know as a country is a Country; a nationality ("Polish", "French") names its country; other
// miscellaneous names (events, works, languages of several countries) are left out.
import { countryByDemonym, countryByName } from '../knowledge/countries';
import { placeByName } from '../knowledge/places';
import { EVENT_NAME_HEADS, NOT_ENTITY_ACRONYMS } from '../lexicon/not-names';
import type { TaggedSpan } from './tagger';

export type EntityType = 'Person' | 'Institution' | 'Country' | 'Place';

/** A name found in the text, with what it names. */
export interface Mention {
  type: EntityType;
  /** The name as written. */
  name: string;
  start: number;
  end: number;
  /** ISO code of the country it is or lies in, when the knowledge packages know it. */
  country?: string | null;
  /** Another name the same words give ("Rete-7" in "the Rete-7 TV channel"). */
  alias?: string;
}

// Last words of states' names ("Soviet Union", "Ottoman Empire"): a location so named is a country.
const STATE_WORDS = /\s(?:Union|Republic|Federation|Kingdom|Emirates|States|Empire)$/;

// "Kremlin-backed", "Paris-based": a demonym or country made into an adjective still names the country.
const COMPOUND_SUFFIX = /-(led|backed|born|based|owned|run|made|controlled|allied|speaking)$/i;

/** "EU-West Africa", "China-Arab": places or bodies joined by a hyphen name a relation between them, no one thing. */
function isCompoundOfNames(name: string): boolean {
  const parts = name.split('-');
  return parts.length >= 2 && parts.every((part) => /^\p{Lu}{2,}$/u.test(part) || countryByName(part) || countryByDemonym(part) || placeByName(part));
}

export function typedMentions(spans: TaggedSpan[], text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const { start, end, kind } of spans) {
    const name = text.slice(start, end);
    // Unit and time-zone acronyms ("GMT", "LPG") and compounds of names are no names of one thing.
    if (NOT_ENTITY_ACRONYMS.has(name) || isCompoundOfNames(name)) continue;
    if (kind === 'PER') mentions.push({ type: 'Person', name, start, end });
    else if (kind === 'ORG') {
      // "Collective Security Treaty", "Economic Forum": a gathering or a document, not the body behind it.
      if (EVENT_NAME_HEADS.has(name.split(/\s+/).at(-1)!.toLowerCase())) continue;
      mentions.push({ type: 'Institution', name, start, end });
    }
    else if (kind === 'LOC') {
      const country = countryByName(name);
      if (country) mentions.push({ type: 'Country', name: country.name, start, end, country: country.code });
      else if (STATE_WORDS.test(name)) mentions.push({ type: 'Country', name, start, end, country: null });
      else mentions.push({ type: 'Place', name, start, end, country: placeByName(name)?.country ?? null });
    } else {
      const country = countryByDemonym(name.replace(COMPOUND_SUFFIX, '')) ?? countryByName(name.replace(COMPOUND_SUFFIX, ''));
      if (country) mentions.push({ type: 'Country', name: country.name, start, end, country: country.code });
    }
  }
  return mentions;
}
