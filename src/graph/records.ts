// Plain records the read queries return (the GraphQL layer maps them to types).
import type { Entity } from '../extract/entities/resolve';

/** An entity as stored and read: the shape extraction gives it. */
export type EntityRecord = Entity;
export type EntityType = Entity['type'];

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
