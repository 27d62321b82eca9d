// The JSON shape `extract` prints (../shared/eval/CONTRACT.md).
export interface ContractArticle {
  id: string;
  title: string;
  date: string | null;
  author: string | null;
  source: string;
  text: string;
}

export interface ContractEntity {
  id: string;
  type: 'Person' | 'Institution' | 'Country' | 'Place';
  name: string;
  aliases: string[];
  /** ISO code of the country a place (or country) is in, when the knowledge packages know it. */
  country?: string;
  /** Titles written before a person's name ("foreign minister"). */
  roles?: string[];
}

export interface ContractMention {
  entityId: string;
  articleId: string;
  start: number;
  end: number;
  /** The words at [start, end) of the article text. */
  text: string;
  role?: string;
}

export interface ContractStatement {
  id: string;
  articleId: string;
  quote: string;
  speakerId: string | null;
  direct: boolean;
  date: string | null;
  about: string[];
  /** The outlet that passed the words on, kept apart from the speaker. */
  mediumId: string | null;
  /** The body or country the speaker spoke for. */
  onBehalfOfId: string | null;
  /** Offsets of the quoted words in the article text. */
  start: number;
  end: number;
}

export interface ContractEvent {
  id: string;
  type: string;
  label: string;
  start: string | null;
  end: string | null;
  places: string[];
  participants: string[];
  articleIds: string[];
  datePrecision: 'day' | 'month' | 'year' | null;
  /** The sentences that report it. */
  evidence: { articleId: string; start: number; end: number }[];
  /** Extra to the contract: the larger event this one is part of, with the sentences that say so. */
  partOf?: { eventId: string; evidence: { articleId: string; start: number; end: number }[] };
}

/** A title a person holds in a body or a country, with the span that says so. */
export interface ContractPosition {
  personId: string;
  title: string;
  holderId: string;
  articleId: string;
  start: number;
  end: number;
}

export interface Extraction {
  articles: ContractArticle[];
  entities: ContractEntity[];
  mentions: ContractMention[];
  statements: ContractStatement[];
  events: ContractEvent[];
  /** Titles held ("foreign minister" of a country), extra to the contract. */
  positions: ContractPosition[];
  /** Files or articles that could not be read, with the reason. */
  errors: { source: string; reason: string }[];
}
