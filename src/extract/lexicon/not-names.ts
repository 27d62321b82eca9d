// Capitalised words and acronyms that are never entities: calendar words, time zones, units, common abbreviations.
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight',
]);

export const NOT_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  'TV', 'PC', 'CEO', 'CFO', 'GDP', 'GMT', 'UTC', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'BST', 'AM', 'PM', 'ID', 'OK', 'USD', 'EUR',
  'GBP', 'RUB', 'KM', 'KG', 'MW', 'GW', 'LNG', 'LPG', 'COVID', 'AIDS', 'HIV', 'DNA', 'AI', 'IT', 'PR', 'VIP', 'PS', 'NB', 'FAQ',
  'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'MP', 'MPS', 'PHD', 'BC', 'AD', 'CCTV', 'SUV', 'UAV', 'GPS', 'SMS', 'URL', 'PDF',
]);

/** Words of geography and grouping that cannot be part of a person's name ("South American", "Global Fund"). */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'asian', 'european', 'african',
  'american', 'arab', 'latin', 'middle', 'pacific', 'atlantic', 'nordic', 'baltic', 'balkan', 'caucasian', 'soviet', 'global',
  'international', 'national', 'federal', 'islamic', 'christian', 'muslim', 'united', 'new', 'old', 'great', 'grand', 'upper',
  'lower', 'high', 'higher', 'supreme', 'royal', 'republic', 'democratic', 'people', 'peoples', 'index', 'day', 'week', 'year',
  'war', 'act', 'law', 'bill', 'plan', 'programme', 'summit', 'forum', 'conference', 'agreement', 'treaty', 'accord', 'deal',
]);
