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
}

export interface ContractMention {
  entityId: string;
  articleId: string;
  start: number;
  end: number;
}

export interface ContractStatement {
  id: string;
  articleId: string;
  quote: string;
  speakerId: string | null;
  direct: boolean;
  date: string | null;
  about: string[];
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
}

export interface Extraction {
  articles: ContractArticle[];
  entities: ContractEntity[];
  mentions: ContractMention[];
  statements: ContractStatement[];
  events: ContractEvent[];
  /** Files or articles that could not be read, with the reason. */
  errors: { source: string; reason: string }[];
}
