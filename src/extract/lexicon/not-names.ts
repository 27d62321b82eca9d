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

/** Head words of names of gatherings, contests and documents ("Economic Forum", "Davis Cup", "Kyoto Protocol"): no body's name. */
export const EVENT_NAME_HEADS: ReadonlySet<string> = new Set([
  'summit', 'conference', 'forum', 'ministerial', 'dialogue', 'meeting', 'talks', 'games', 'olympics', 'cup', 'championship',
  'championships', 'tournament', 'open', 'festival', 'expo', 'exhibition', 'week', 'treaty', 'agreement', 'accord', 'pact',
  'protocol', 'convention', 'declaration', 'charter', 'act', 'strategy', 'plan', 'war', 'revolution', 'prize', 'award', 'awards',
]);
