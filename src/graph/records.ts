// Plain records the read queries return (the GraphQL layer maps them to types).
export type EntityType = 'Person' | 'Institution' | 'Country' | 'Place';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  roles: string[];
  /** ISO country code (countries and places), when known. */
  country: string | null;
}

export interface EventRecord {
  id: string;
  type: string;
  label: string;
  start: string | null;
  end: string | null;
  datePrecision: string | null;
}

export interface StatementRecord {
  id: string;
  quote: string;
  direct: boolean;
  date: string | null;
  articleId: string;
  start: number;
  end: number;
  speakerId: string | null;
  mediumId: string | null;
  onBehalfOfId: string | null;
  /** The sentence the words sit in, stored when written. */
  sentence: string | null;
}

/** Evidence of a fact: an article and a character span in its text. */
export interface EvidenceRecord {
  articleId: string;
  start: number;
  end: number;
  /** The sentence, when it is already known (otherwise read from the article text). */
  sentence?: string;
}

/** "articleId:start:end" as stored on relationships → a record. */
export function parseEvidence(value: string): EvidenceRecord {
  const [end, start, ...rest] = value.split(':').reverse();
  return { articleId: rest.reverse().join(':'), start: Number(start), end: Number(end) };
}

/** A page of a list that belongs to one parent: the first items and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}
