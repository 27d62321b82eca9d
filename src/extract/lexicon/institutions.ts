// Head nouns that make a capitalised phrase an institution ("Central Election Commission", "Interior Ministry").
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'office', 'commission', 'committee', 'council', 'service', 'services', 'organization', 'organisation', 'coalition',
  'party', 'union', 'agency', 'bank', 'court', 'parliament', 'senate', 'assembly', 'congress', 'duma', 'government', 'cabinet',
  'administration', 'department', 'bureau', 'authority', 'authorities', 'board', 'forces', 'force', 'army', 'navy', 'police', 'guard',
  'university', 'institute', 'institution', 'institutions', 'foundation', 'fund', 'association', 'federation', 'league', 'alliance',
  'movement', 'front', 'group', 'corporation', 'corp', 'company', 'inc', 'ltd', 'plc', 'llc', 'ag', 'sa', 'gmbh', 'holding', 'holdings',
  'network', 'channel', 'tv', 'television', 'radio', 'news', 'times', 'post', 'press', 'herald', 'journal', 'tribune', 'gazette',
  'international', 'watch', 'centre', 'center', 'secretariat', 'directorate', 'inspectorate', 'prosecutor', "prosecutor's",
  'club', 'team', 'church', 'mission', 'programme', 'program', 'initiative', 'tribunal', 'legislature', 'chamber',
  'headquarters', 'command', 'brigade', 'battalion', 'regiment', 'division', 'troops', 'unit',
  'nations', 'house', 'exchange', 'airlines', 'airways', 'railways', 'media', 'daily', 'weekly', 'magazine', 'review', 'observer', 'monitor',
]);

/** Lower-case institutions often named without capitals ("the interior ministry", "the mayor's office"). */
export const LOWERCASE_INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'office', 'commission', 'committee', 'council', 'government', 'parliament', 'police', 'army', 'military',
  'agency', 'service', 'court', 'department', 'administration', 'authorities', 'cabinet', 'senate', 'congress', 'force',
]);

/** Words that mark a news medium when they follow a name ("Rustavi-2 TV channel", "Xinhua agency"). */
export const MEDIA_HEADS: ReadonlySet<string> = new Set([
  'agency', 'agencies', 'channel', 'tv', 'television', 'radio', 'newspaper', 'daily', 'outlet', 'website', 'portal', 'broadcaster',
]);

/** Modifiers that say nothing about which body is meant ("the new cabinet"). */
export const VAGUE_MODIFIERS: ReadonlySet<string> = new Set([
  'new', 'old', 'former', 'current', 'previous', 'next', 'same', 'whole', 'entire', 'ruling', 'outgoing', 'incoming', 'interim',
  'caretaker', 'local', 'national', 'federal', 'central', 'regional', 'country’s', "country's", 'state', 'top', 'highest', 'main',
]);
