// The extraction's stages, each a typed function from what the stages before it made to what it makes, and
// each free to be synchronous or to return a promise: text → mentions → entities → statements → events → about.
// A run swaps one by passing another (`extractArticles(articles, { ...defaultStages, mentions: mine })`).
import type { SourceArticle } from '../../sources/article';
import type { ArticleHead } from '../../sources/article-head';
import type { ArticleMentions, Entity, EntityMention } from '../entities/resolve';
import type { MergedEvent } from '../events/merge-events';
import type { TitledMention } from '../mentions/titles';
import type { FoundStatement } from '../statements';
import type { TextAnalysis } from '../text/sentences';

export type Awaitable<T> = T | Promise<T>;

/** One article read by the text stage. */
export interface ArticleText {
  article: SourceArticle;
  analysis: TextAnalysis;
  head: ArticleHead;
  /** Acronyms the article states with their expansion ("World Health Organization (WHO)"). */
  acronyms: Map<string, string>;
}

/** A mention tied to its entity, as the stages after `entities` read it. */
export interface ResolvedMention {
  entityId: string;
  type: Entity['type'];
  start: number;
  end: number;
  role?: string;
}

/** Every article with its resolved mentions (text order), and what the corpus knows of places and names. */
export interface ResolvedCorpus {
  articles: { text: ArticleText; mentions: ResolvedMention[] }[];
  entities: Entity[];
  /** A place's country entity, where both are known. */
  countryOfPlace: Map<string, string>;
}

export interface Stages {
  /** Tokens, sentences, the dateline and byline, stated acronyms. */
  text(article: SourceArticle): Awaitable<ArticleText>;
  /** Typed names with the titles before them, in text order. */
  mentions(article: ArticleText): Awaitable<TitledMention[]>;
  /** One entity per real-world thing across the articles, and every mention pointing at one. */
  entities(articles: ArticleMentions[]): Awaitable<{ entities: Entity[]; mentions: EntityMention[] }>;
  /** One article's direct and reported statements, with speaker, medium and date. */
  statements(article: ResolvedCorpus['articles'][number]): Awaitable<FoundStatement[]>;
  /** Events of all the articles, merged across them. */
  events(corpus: ResolvedCorpus): Awaitable<MergedEvent[]>;
  /** For each statement, the ids of the events and entities it is about. */
  about(corpus: ResolvedCorpus, statements: FoundStatement[], events: MergedEvent[]): Awaitable<string[][]>;
}
