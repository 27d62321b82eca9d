// Verbs and phrases that attribute words to a speaker.
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'wrote', 'writes', 'explained',
  'stressed', 'underlined', 'underscored', 'emphasized', 'emphasised', 'continued', 'continues', 'declared', 'announced', 'warned',
  'vowed', 'urged', 'insisted', 'argued', 'claimed', 'asked', 'replied', 'responded', 'commented', 'reported', 'reports', 'reads',
  'read', 'concluded', 'suggested', 'recalled', 'acknowledged', 'admitted', 'confirmed', 'denied', 'tweeted', 'posted', 'remarked',
  'observed', 'pointed', 'called', 'promised', 'pledged', 'predicted', 'cautioned', 'complained', 'conceded', 'contended',
  'maintained', 'assured', 'reiterated', 'affirmed', 'alleged', 'believes', 'believed', 'thinks', 'thought', 'quoted', 'wondered',
  'thanked', 'praised', 'criticized', 'criticised', 'condemned', 'welcomed', 'described', 'accused', 'blamed', 'congratulated',
  'shouted', 'yelled', 'whispered', 'joked', 'laughed', 'demanded', 'proclaimed', 'estimated', 'recounted', 'indicated', 'clarified',
]);

/** Verbs after which a "that"-clause or an infinitive is reported speech ("said that …", "vowed to …"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'stated', 'noted', 'wrote', 'explained', 'stressed', 'underlined', 'emphasized', 'emphasised', 'declared',
  'announced', 'warned', 'vowed', 'insisted', 'argued', 'claimed', 'added', 'suggested', 'acknowledged', 'admitted', 'confirmed',
  'denied', 'pointed', 'promised', 'pledged', 'predicted', 'believes', 'reported', 'recalled', 'reiterated', 'assured', 'indicated',
  'urged', 'called', 'asked', 'threatened',
]);

/** Pronouns that can stand for a person speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
