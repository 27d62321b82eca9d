// Words that make a capitalised phrase a place ("Mangystau Region", "Red Sea"), and the world's regions.
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'region', 'regions', 'province', 'oblast', 'district', 'county', 'state', 'territory', 'prefecture', 'canton', 'municipality',
  'city', 'valley', 'river', 'sea', 'ocean', 'lake', 'mountains', 'mountain', 'island', 'islands', 'peninsula', 'desert', 'gulf',
  'bay', 'strait', 'coast', 'square', 'street', 'avenue', 'airport', 'port', 'border', 'basin', 'plain', 'plateau', 'krai', 'governorate',
]);

/** Continents and the regions of the world news names as places. */
export const WORLD_REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'Oceania', 'Antarctica', 'Arctic', 'North America', 'South America', 'Latin America', 'Central America',
  'Central Asia', 'South Asia', 'East Asia', 'Southeast Asia', 'South-East Asia', 'West Asia', 'Middle East', 'Near East', 'Far East',
  'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Balkans', 'Western Balkans', 'Caucasus',
  'South Caucasus', 'North Caucasus', 'Scandinavia', 'Baltics', 'Sahel', 'Maghreb', 'Horn of Africa', 'West Africa', 'East Africa',
  'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Caribbean', 'Pacific', 'Atlantic', 'Mediterranean', 'Gulf', 'Persian Gulf',
  'Indo-Pacific', 'Eurasia', 'Siberia', 'Arabian Peninsula', 'Levant', 'Black Sea', 'Caspian Sea', 'Baltic Sea', 'South China Sea',
];

/** Prepositions after which an unknown capitalised word is most likely a place ("in Taraz", "to Samarkand"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'near', 'at', 'across', 'outside', 'inside', 'into', 'towards', 'toward', 'via']);
