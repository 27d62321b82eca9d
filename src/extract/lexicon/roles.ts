// Titles and roles that stand before a name ("Foreign Minister X", "police spokesman X"); stripped from names.
// Lower case; multi-word roles are matched word by word, so "deputy", "foreign" and "minister" each count.
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'vice-president', 'ex-president', 'former', 'incumbent', 'acting', 'interim', 'late', 'then',
  'prime', 'minister', 'ministers', 'foreign', 'interior', 'defence', 'defense', 'finance', 'economy', 'justice', 'health', 'energy',
  'deputy', 'first', 'chief', 'head', 'secretary', 'secretary-general', 'general', 'undersecretary', 'under-secretary', 'state',
  'high', 'representative', 'ambassador', 'envoy', 'special', 'commissioner', 'chancellor', 'premier', 'chairman', 'chairwoman',
  'chair', 'chairperson', 'speaker', 'senator', 'sen', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'lawmaker',
  'mp', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope', 'cardinal', 'bishop', 'archbishop', 'imam', 'rabbi',
  'director', 'director-general', 'executive', 'ceo', 'cfo', 'founder', 'co-founder', 'owner', 'manager', 'officer', 'official',
  'spokesman', 'spokeswoman', 'spokesperson', 'press', 'police', 'army', 'military', 'colonel', 'col', 'lieutenant', 'lt', 'major',
  'maj', 'captain', 'capt', 'sergeant', 'sgt', 'admiral', 'adm', 'marshal', 'commander', 'gen', 'field',
  'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'professor', 'prof', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame',
  'lord', 'lady', 'analyst', 'expert', 'scientist', 'political', 'economist', 'researcher', 'journalist', 'reporter', 'correspondent',
  'editor', 'columnist', 'writer', 'author', 'activist', 'leader', 'opposition', 'candidate', 'coach', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'player', 'captain', 'member', 'party', 'union', 'trade', 'top', 'diplomat', 'council', 'presidential',
  'adviser', 'advisor', 'aide', 'counsellor', 'counselor', 'delegate', 'negotiator', 'regional', 'provincial', 'federal', 'national',
  'majority', 'minority', 'whip', 'republican', 'democrat', 'democratic', 'conservative', 'labour', 'liberal', 'socialist',
]);

/** Abbreviated titles, written out in the role ("Sen." → senator). */
export const ABBREVIATED_ROLES: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'], ['col', 'colonel'], ['lt', 'lieutenant'],
  ['maj', 'major'], ['capt', 'captain'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['prof', 'professor'], ['del', 'delegate'],
]);

/** Forms of address, stripped from names but no role ("Mr.", "Ms."). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Words of a party affiliation after a name ("Republican of Iowa", "a Democrat from Ohio"). */
export const PARTY_WORDS: ReadonlySet<string> = new Set(['republican', 'democrat', 'democratic', 'independent', 'conservative', 'labour', 'liberal', 'socialist', 'green']);

/** Roles whose holder speaks for an institution ("the spokesperson of X" speaks for X). */
export const SPOKES_ROLES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'press']);

/** Nouns that describe a person and that "the <noun>" can refer back to ("the expert", "the political analyst"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'expert', 'analyst', 'scientist', 'economist', 'researcher', 'professor', 'official', 'minister', 'president', 'spokesman',
  'spokeswoman', 'spokesperson', 'diplomat', 'politician', 'lawmaker', 'senator', 'governor', 'mayor', 'leader', 'chairman',
  'journalist', 'activist', 'lawyer', 'prosecutor', 'judge', 'general', 'commander', 'ambassador', 'envoy', 'premier', 'chancellor',
  'head', 'director', 'chief', 'candidate', 'coach', 'player', 'author', 'writer', 'witness', 'resident', 'victim', 'speaker',
]);
