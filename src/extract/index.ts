// Extraction: articles in, the contract's structure out. Pure: no database, no network.
// Stages run in order: text (tokens, sentences) → mentions → entities → statements → events → about.
import { readArticleHead } from '../sources/article-head';
import type { SourceArticle } from '../sources/article';
import { aboutLinks } from './about/about-links';
import type { ContractPosition, Extraction } from './contract';
import { resolveEntities, type ArticleMentions, type Entity, type EntityMention } from './entities/resolve';
import { findArticleEvents } from './events/find-events';
import { mergeEvents } from './events/merge-events';
import { findAcronymPairs } from './mentions/acronyms';
import { tagNames } from './mentions/tagger';
import { findLowercaseInstitutions } from './mentions/lowercase-institutions';
import { typeListsAlike } from './mentions/list-kinds';
import { typeMediaNames } from './mentions/media-names';
import { fixSpanEdges } from './mentions/span-edges';
import { attachTitles, type TitledMention } from './mentions/titles';
import { typedMentions, type Mention } from './mentions/typed-mentions';
import { findStatements } from './statements';
import { analyseText, type TextAnalysis } from './text/sentences';

export interface AnalysedArticle {
  article: SourceArticle;
  text: TextAnalysis;
  mentions: TitledMention[];
  /** Acronyms stated with their expansion. */
  acronyms: Map<string, string>;
  /** Where the dateline ends ("Geneva 22.09.2023 "): its place says where the article was written. */
  bodyStart: number;
}

/** Stage 1–2 for one article: tokens, sentences, and typed mentions in text order. */
export function analyseArticle(article: SourceArticle): AnalysedArticle {
  const text = analyseText(article.text);
  const acronyms = findAcronymPairs(article.text);
  // The dateline names a place ("SANTIAGO (AP) —"); its agency and date are not mentions, and the body
  // after it opens a sentence.
  const { dateline, datelineStart, bodyStart } = readArticleHead(article.text);
  const opening = dateline ? text.tokens.find((token) => token.start >= bodyStart) : undefined;
  if (opening) opening.sentenceStart = true;
  const datelinePlace: Mention[] = dateline?.place ? [{ type: 'Place', name: dateline.place, start: datelineStart, end: datelineStart + dateline.placeLength }] : [];
  // The tagger's names, then the rules that add to it on the dev sets (README: figures per rule).
  const named = typeListsAlike(typeMediaNames(typedMentions(fixSpanEdges(tagNames(text), article.text), article.text), article.text), article.text);
  const found = [...datelinePlace, ...named, ...findLowercaseInstitutions(text.tokens, article.text)]
    .filter((mention) => !dateline || mention.start < datelineStart || mention.start >= bodyStart || mention === datelinePlace[0])
    .sort((a, b) => a.start - b.start);
  return { article, text, mentions: attachTitles(found, text.tokens), acronyms, bodyStart };
}

/** Extracts the structure of a set of articles. */
export function extractArticles(articles: SourceArticle[]): Omit<Extraction, 'errors'> {
  const analysed = articles.map(analyseArticle);
  const perArticle: ArticleMentions[] = analysed.map(({ article, mentions, acronyms }) => ({ articleId: article.id, mentions, acronyms }));
  const { entities, mentions } = resolveEntities(perArticle);
  const typeOf = new Map(entities.map((entity) => [entity.id, entity.type]));
  const positions = findPositions(mentions);
  // Each article's resolved mentions, in text order.
  const mentionsOf = new Map<string, { entityId: string; type: Entity['type']; start: number; end: number; role?: string }[]>();
  for (const m of mentions) {
    const list = mentionsOf.get(m.articleId) ?? [];
    list.push({ entityId: m.entityId, type: typeOf.get(m.entityId)!, start: m.start, end: m.end, role: m.mention.role });
    mentionsOf.set(m.articleId, list);
  }
  const statements = analysed.flatMap(({ article, text, bodyStart }) => findStatements(article, text.sentences, mentionsOf.get(article.id) ?? [], bodyStart));
  const nameOf = new Map(entities.map((entity) => [entity.id, entity.name]));
  const countryByCode = new Map(entities.filter((entity) => entity.type === 'Country' && entity.country).map((entity) => [entity.country!, entity.id]));
  const countryOfPlace = new Map(
    entities.filter((entity) => entity.type === 'Place' && entity.country && countryByCode.has(entity.country)).map((entity) => [entity.id, countryByCode.get(entity.country!)!]),
  );
  const events = mergeEvents(
    analysed.flatMap(({ article, text, bodyStart }) =>
      findArticleEvents({
        articleId: article.id,
        text: article.text,
        date: article.date,
        sentences: text.sentences,
        mentions: mentionsOf.get(article.id) ?? [],
        bodyStart,
        countryOfPlace,
      }),
    ),
    (id) => nameOf.get(id) ?? id,
  );
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const textOf = (id: string) => texts.get(id) ?? '';
  const about = aboutLinks({
    statements,
    events,
    mentionsOf,
    sentencesOf: new Map(analysed.map(({ article, text }) => [article.id, text.sentences])),
    textOf: texts,
  });
  return {
    articles: articles.map(({ id, title, date, author, source, text }) => ({ id, title, date, author, source, text })),
    entities: entities.map(({ id, type, name, aliases, country, roles }) => ({ id, type, name, aliases, ...(country ? { country } : {}), ...(roles.length ? { roles } : {}) })),
    mentions: mentions.map(({ entityId, articleId, start, end, mention }) => ({ entityId, articleId, start, end, text: textOf(articleId).slice(start, end), ...(mention.role ? { role: mention.role } : {}) })),
    statements: statements.map(({ articleId, quote, speakerId, mediumId, onBehalfOfId, direct, date, start, end }, index) => ({
      id: `s${index + 1}`,
      articleId,
      quote,
      speakerId,
      mediumId,
      onBehalfOfId,
      direct,
      date,
      about: about[index]!,
      start,
      end,
    })),
    positions,
    events: events.map(({ id, type, label, start, end, precision, places, participants, articleIds, evidence, partOf }) => ({
      id,
      type,
      label,
      start,
      end,
      datePrecision: precision,
      places,
      participants,
      articleIds,
      evidence,
      ...(partOf ? { partOf: { eventId: partOf.event.id, evidence: partOf.evidence } } : {}),
    })),
  };
}

/** Titles held in a body or country ("French President X" → X is president of France), once per article. */
function findPositions(mentions: EntityMention[]): ContractPosition[] {
  const entityOf = new Map(mentions.map((m) => [m.mention, m.entityId]));
  const seen = new Set<string>();
  const positions: ContractPosition[] = [];
  for (const m of mentions) {
    const holderId = m.mention.roleHolder && entityOf.get(m.mention.roleHolder);
    if (!holderId || !m.mention.role || holderId === m.entityId) continue;
    const key = `${m.entityId}|${m.mention.role}|${holderId}|${m.articleId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = Math.min(m.mention.roleStart ?? m.start, m.mention.roleHolder!.start);
    positions.push({ personId: m.entityId, title: m.mention.role, holderId, articleId: m.articleId, start, end: Math.max(m.end, m.mention.roleHolder!.end) });
  }
  return positions;
}
