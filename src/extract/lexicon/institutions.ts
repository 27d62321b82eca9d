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
  'commandant', "commandant's", 'headquarters', 'command', 'brigade', 'battalion', 'regiment', 'division', 'troops', 'unit',
  'exchange', 'airlines', 'airways', 'railways', 'media', 'daily', 'weekly', 'magazine', 'review', 'observer', 'monitor',
]);

/** Lower-case institutions often named without capitals ("the interior ministry", "the commandant's office"). */
export const LOWERCASE_INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'office', 'commission', 'committee', 'council', 'government', 'parliament', 'police', 'army', 'military',
  'agency', 'service', 'court', 'department', 'administration', 'authorities', 'cabinet', 'senate',
]);

/** Words that mark a news medium when they follow a name ("Khabar-24 TV channel", "Interfax agency"). */
export const MEDIA_HEADS: ReadonlySet<string> = new Set([
  'agency', 'agencies', 'channel', 'tv', 'television', 'radio', 'newspaper', 'daily', 'outlet', 'website', 'portal', 'broadcaster',
]);
