// What each statement is about: the entities it names, the events told in its sentence, events named by
// time ("the January events"), and otherwise the events its article reported in the days before it was said.
import { within } from '../text/spans';

export interface AboutStatement {
  articleId: string;
  start: number;
  end: number;
  date: string | null;
  speakerId: string | null;
}

export interface AboutEvent {
  id: string;
  start: string | null;
  places: string[];
  evidence: { articleId: string; start: number; end: number }[];
}

export interface AboutMention {
  entityId: string;
  start: number;
  end: number;
}

export interface AboutInput {
  statements: AboutStatement[];
  events: AboutEvent[];
  /** Each article's mentions, in text order. */
  mentionsOf: Map<string, AboutMention[]>;
  /** Each article's sentences, in text order. */
  sentencesOf: Map<string, { start: number; end: number }[]>;
  textOf: Map<string, string>;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EVENT_NOUNS = 'events|unrest|protests|riots|violence|crisis|uprising|clashes|massacre|attacks?|turmoil|demonstrations|revolution|tragedy';
// "the tragic January events", "the events of January 2022", "January's unrest".
const TIME_REFERENCE = new RegExp(
  `\\b(${MONTHS.join('|')})(?:\\s+(\\d{4}))?(?:['’]s)?\\s+(?:\\w+\\s+)?(?:${EVENT_NOUNS})\\b|\\b(?:${EVENT_NOUNS})\\s+(?:of|in)\\s+(${MONTHS.join('|')})(?:\\s+(\\d{4}))?`,
  'gi',
);
// A statement answers the news of the days before it.
const RECENT_DAYS = 10;
const DAY = 86_400_000;

export function aboutLinks(input: AboutInput): string[][] {
  // Events by the article sentences that report them.
  const eventsByArticle = new Map<string, { start: number; end: number; id: string }[]>();
  for (const event of input.events) {
    for (const evidence of event.evidence) {
      const list = eventsByArticle.get(evidence.articleId) ?? [];
      list.push({ start: evidence.start, end: evidence.end, id: event.id });
      eventsByArticle.set(evidence.articleId, list);
    }
  }
  for (const list of eventsByArticle.values()) list.sort((a, b) => a.start - b.start);
  const eventsByMonth = new Map<string, AboutEvent[]>();
  for (const event of input.events) {
    if (!event.start) continue;
    const month = event.start.slice(0, 7);
    const list = eventsByMonth.get(month);
    if (list) list.push(event);
    else eventsByMonth.set(month, [event]);
  }
  // Where each event stands in the input, so that a statement's events keep the input's order.
  const eventIndex = new Map(input.events.map((event, index) => [event.id, index]));

  return input.statements.map((statement) => {
    const about = new Set<string>();
    const mentions = input.mentionsOf.get(statement.articleId) ?? [];
    for (const mention of within(mentions, statement.start, statement.end)) if (mention.entityId !== statement.speakerId) about.add(mention.entityId);

    // Events told in the statement's own sentences.
    const sentences = within(input.sentencesOf.get(statement.articleId) ?? [], 0, Number.MAX_SAFE_INTEGER).filter((s) => s.end > statement.start && s.start < statement.end);
    const from = sentences[0]?.start ?? statement.start;
    const to = sentences[sentences.length - 1]?.end ?? statement.end;
    const articleEvents = eventsByArticle.get(statement.articleId) ?? [];
    const told = articleEvents.filter((e) => e.start < to && e.end > from).map((e) => e.id);
    told.forEach((id) => about.add(id));

    // Events named by their month, in places the article is about.
    const text = (input.textOf.get(statement.articleId) ?? '').slice(from, to);
    const articlePlaces = new Set(mentions.map((m) => m.entityId));
    let named = false;
    for (const match of text.matchAll(TIME_REFERENCE)) {
      const monthName = (match[1] ?? match[3])!.toLowerCase();
      const explicitYear = match[2] ?? match[4];
      const month = MONTHS.indexOf(monthName) + 1;
      const year = explicitYear ? Number(explicitYear) : latestYearOf(month, statement.date);
      if (year === null) continue;
      const key = `${year}-${String(month).padStart(2, '0')}`;
      for (const event of eventsByMonth.get(key) ?? []) {
        if (event.places.some((place) => articlePlaces.has(place))) {
          about.add(event.id);
          named = true;
        }
      }
    }

    // Otherwise: what the article reported in the days before the statement.
    if (told.length === 0 && !named && statement.date) {
      const said = Date.parse(`${statement.date}T00:00:00Z`);
      // The article's own events only: looking through every event of the corpus is quadratic in its size.
      const recent = [...new Set(articleEvents.map((e) => eventIndex.get(e.id)!))].sort((a, b) => a - b);
      for (const index of recent) {
        const event = input.events[index]!;
        if (!event.start) continue;
        const happened = Date.parse(`${event.start}T00:00:00Z`);
        if (happened <= said + DAY && happened >= said - RECENT_DAYS * DAY) about.add(event.id);
      }
    }
    return [...about];
  });
}

/** The year of the latest such month at or before the statement's date. */
function latestYearOf(month: number, date: string | null): number | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  return month <= Number(date.slice(5, 7)) ? year : year - 1;
}
