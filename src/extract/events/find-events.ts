// Events told by one article: a trigger word in a sentence, with the sentence's date, places and participants.
import { findDates, type DatePrecision } from '../dates/resolve-dates';
import { EVENT_TRIGGERS, PART_OF_LEAD } from '../lexicon/event-triggers';
import type { Sentence } from '../text/sentences';
import { within } from '../text/spans';

export interface EventMention {
  entityId: string;
  type: 'Person' | 'Institution' | 'Country' | 'Place';
  start: number;
  end: number;
}

export interface ArticleEvent {
  type: string;
  /** The words that report it, for the label. */
  trigger: string;
  start: string | null;
  end: string | null;
  precision: DatePrecision | null;
  places: string[];
  participants: string[];
  articleId: string;
  /** Offsets of the sentence that reports it (evidence). */
  evidence: { start: number; end: number };
  /** The larger event the sentence places this one in ("arrests during the protests"); the same sentence is the evidence. */
  partOf?: ArticleEvent;
}

export interface EventInput {
  articleId: string;
  text: string;
  date: string | null;
  sentences: Sentence[];
  /** Resolved mentions in text order (searched by position). */
  mentions: EventMention[];
  /** Where the dateline ends: its place is where the article was written, not where things happened. */
  bodyStart: number;
  /** The country entity each place entity lies in, when known: an event in a city is in its country too. */
  countryOfPlace: Map<string, string>;
}

export function findArticleEvents(input: EventInput): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  // The country an article is mostly about: where its events happen when a sentence names no place.
  const countryCounts = new Map<string, number>();
  for (const m of input.mentions) if (m.type === 'Country') countryCounts.set(m.entityId, (countryCounts.get(m.entityId) ?? 0) + 1);
  const mainCountry = [...countryCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  let lastDate: string | null = null;
  let lastPlaces: string[] = [];
  let lastPlacesDate: string | null = null;
  for (const whole of input.sentences) {
    if (whole.end <= input.bodyStart) continue;
    // The dateline's date is when the article was written, not when things happened.
    const sentence = { ...whole, start: Math.max(whole.start, input.bodyStart) };
    const text = input.text.slice(sentence.start, sentence.end);
    const dates = findDates(text, input.date, lastDate);
    const inSentence = within(input.mentions, Math.max(sentence.start, input.bodyStart), sentence.end);
    const named = inSentence.filter((m) => m.type === 'Place' || m.type === 'Country').map((m) => m.entityId);
    const places = unique([...named, ...named.flatMap((id) => input.countryOfPlace.get(id) ?? [])]);
    const participants = unique(inSentence.filter((m) => m.type === 'Person' || m.type === 'Institution').map((m) => m.entityId));
    const told: { event: ArticleEvent; leadsIn: boolean }[] = [];
    for (const [type, pattern] of EVENT_TRIGGERS) {
      const trigger = pattern.exec(text);
      if (!trigger) continue;
      // Undated, "the meeting" is the meeting the article already told of: its date and places.
      const earlier = dates.length === 0 ? events.find((event) => event.type === type) : undefined;
      // The date nearest the trigger, else the one the article told last, else the article's own.
      const date = earlier ?? nearest(dates, trigger.index) ?? (lastDate ? { start: lastDate, end: lastDate, precision: 'day' as const } : input.date ? { start: input.date, end: input.date, precision: 'day' as const } : null);
      const event: ArticleEvent = {
        type,
        trigger: trigger[0].toLowerCase(),
        start: date?.start ?? null,
        end: date?.end ?? null,
        precision: date?.precision ?? null,
        // No place named: the earlier telling's, else the last event's when it is the same day (an event of
        // another day, "the January 2022 unrest", is only placed in the article's country).
        places: places.length > 0 ? places : earlier ? earlier.places : unique([...(date?.start === lastPlacesDate ? lastPlaces : []), ...(mainCountry ? [mainCountry] : [])]),
        participants,
        articleId: input.articleId,
        evidence: { start: sentence.start, end: sentence.end },
      };
      events.push(event);
      told.push({ event, leadsIn: PART_OF_LEAD.test(text.slice(0, trigger.index)) });
    }
    linkParts(told);
    const dayDates = dates.filter((d) => d.precision === 'day');
    if (dayDates.length > 0) lastDate = dayDates[dayDates.length - 1]!.start;
    if (events.length > 0) {
      lastPlaces = events[events.length - 1]!.places;
      lastPlacesDate = events[events.length - 1]!.start;
    }
  }
  return events;
}

/** "X during the Y": when one event of the sentence is introduced as the frame, the others are part of it. */
function linkParts(told: { event: ArticleEvent; leadsIn: boolean }[]): void {
  const frames = told.filter((t) => t.leadsIn);
  if (frames.length !== 1) return;
  const frame = frames[0]!.event;
  for (const { event, leadsIn } of told) if (!leadsIn && event.type !== frame.type) event.partOf = frame;
}

function nearest<T extends { index: number }>(items: T[], at: number): T | undefined {
  return [...items].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
}

const unique = (ids: string[]) => [...new Set(ids)];
