// Extraction: articles in, the contract's structure out. Pure: no database, no network.
// The stages (pipeline/stages.ts) run in order: text → mentions → entities → statements → events → about;
// any of them may be swapped for another, synchronous or not.
import type { SourceArticle } from '../sources/article';
import type { ContractPosition, Extraction } from './contract';
import type { EntityMention } from './entities/resolve';
import { defaultStages } from './pipeline/default-stages';
import type { ResolvedCorpus, ResolvedMention, Stages } from './pipeline/stages';

export { defaultStages } from './pipeline/default-stages';
export type { Stages } from './pipeline/stages';

export type ExtractionResult = Omit<Extraction, 'errors'>;

/** Extracts the structure of a set of articles (entities are resolved across all of them). */
export async function extractArticles(articles: SourceArticle[], stages: Stages = defaultStages): Promise<ExtractionResult> {
  const texts = await Promise.all(articles.map((article) => stages.text(article)));
  const found = await Promise.all(texts.map((text) => stages.mentions(text)));
  const { entities, mentions } = await stages.entities(texts.map((text, i) => ({ articleId: text.article.id, mentions: found[i]!, acronyms: text.acronyms })));
  const typeOf = new Map(entities.map((entity) => [entity.id, entity.type]));
  // Each article's resolved mentions, in text order.
  const mentionsOf = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    const list = mentionsOf.get(m.articleId) ?? [];
    list.push({ entityId: m.entityId, type: typeOf.get(m.entityId)!, start: m.start, end: m.end, role: m.mention.role });
    mentionsOf.set(m.articleId, list);
  }
  const countryByCode = new Map(entities.filter((entity) => entity.type === 'Country' && entity.country).map((entity) => [entity.country!, entity.id]));
  const corpus: ResolvedCorpus = {
    articles: texts.map((text) => ({ text, mentions: mentionsOf.get(text.article.id) ?? [] })),
    entities,
    countryOfPlace: new Map(
      entities.filter((entity) => entity.type === 'Place' && entity.country && countryByCode.has(entity.country)).map((entity) => [entity.id, countryByCode.get(entity.country!)!]),
    ),
  };
  const statements = (await Promise.all(corpus.articles.map((article) => stages.statements(article)))).flat();
  const events = await stages.events(corpus);
  const about = await stages.about(corpus, statements, events);
  const textOf = new Map(articles.map((article) => [article.id, article.text]));
  return {
    articles: articles.map(({ id, title, date, author, source, text }) => ({ id, title, date, author, source, text })),
    entities: entities.map(({ id, type, name, aliases, country, roles }) => ({ id, type, name, aliases, ...(country ? { country } : {}), ...(roles.length ? { roles } : {}) })),
    mentions: mentions.map(({ entityId, articleId, start, end, mention }) => ({ entityId, articleId, start, end, text: (textOf.get(articleId) ?? '').slice(start, end), ...(mention.role ? { role: mention.role } : {}) })),
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
    positions: findPositions(mentions),
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
    // The title may stand before the name or after it ("X, a spokeswoman for Y").
    const start = Math.min(m.start, m.mention.roleStart ?? m.start, m.mention.roleHolder!.start);
    positions.push({ personId: m.entityId, title: m.mention.role, holderId, articleId: m.articleId, start, end: Math.max(m.end, m.mention.roleHolder!.end) });
  }
  return positions;
}
