// One event told several times (in one article or many) becomes one: same type, dates a day apart at most, a place in common.
import type { ArticleEvent } from './find-events';

export interface MergedEvent {
  id: string;
  type: string;
  label: string;
  start: string | null;
  end: string | null;
  precision: ArticleEvent['precision'];
  places: string[];
  participants: string[];
  articleIds: string[];
  evidence: { articleId: string; start: number; end: number }[];
  /** The larger event this one is part of, and the sentences that say so. */
  partOf: { event: MergedEvent; evidence: { articleId: string; start: number; end: number }[] } | null;
}

const DAY = 86_400_000;
const time = (date: string | null) => (date ? Date.parse(`${date}T00:00:00Z`) : null);

function datesAgree(a: MergedEvent, b: ArticleEvent): boolean {
  const [as, ae, bs, be] = [time(a.start), time(a.end ?? a.start), time(b.start), time(b.end ?? b.start)];
  if (as === null || bs === null) return as === bs;
  return as <= (be ?? bs) + DAY && bs <= (ae ?? as) + DAY;
}

// Index keys: type and each day an event covers (long spans are capped; they are rare and still found by their start).
const MAX_INDEXED_DAYS = 62;
function dayKeys(type: string, start: string | null, end: string | null, margin: number): string[] {
  const from = time(start);
  if (from === null) return [`${type}|undated`];
  const to = Math.min(time(end ?? start) ?? from, from + MAX_INDEXED_DAYS * DAY);
  const keys: string[] = [];
  for (let day = from - margin * DAY; day <= to + margin * DAY; day += DAY) keys.push(`${type}|${day / DAY}`);
  return keys;
}

/** Whether `event` is `frame` or lies inside it (following "part of" upwards): linking them would make a loop. */
function framedBy(event: MergedEvent, frame: MergedEvent): boolean {
  for (let at: MergedEvent | undefined = event, steps = 0; at && steps < 100; at = at.partOf?.event, steps += 1) if (at === frame) return true;
  return false;
}

/** Carries "part of" from the told events to the merged ones: the first frame found wins, and no loop is made. */
function linkParts(events: ArticleEvent[], mergedOf: Map<ArticleEvent, MergedEvent>): void {
  for (const event of events) {
    if (!event.partOf) continue;
    const part = mergedOf.get(event)!;
    const frame = mergedOf.get(event.partOf)!;
    if (framedBy(frame, part)) continue;
    if (!part.partOf) part.partOf = { event: frame, evidence: [] };
    if (part.partOf.event === frame) part.partOf.evidence.push({ articleId: event.articleId, ...event.evidence });
  }
}

export function mergeEvents(events: ArticleEvent[], nameOf: (entityId: string) => string): MergedEvent[] {
  const merged: MergedEvent[] = [];
  const index = new Map<string, MergedEvent[]>();
  const register = (event: MergedEvent) => {
    for (const key of dayKeys(event.type, event.start, event.end, 0)) {
      const list = index.get(key);
      if (!list) index.set(key, [event]);
      else if (!list.includes(event)) list.push(event);
    }
  };
  const mergedOf = new Map<ArticleEvent, MergedEvent>();
  for (const event of events) {
    const candidates = new Set(dayKeys(event.type, event.start, event.end, 1).flatMap((key) => index.get(key) ?? []));
    const same = [...candidates].find(
      (known) => datesAgree(known, event) && (known.places.length === 0 || event.places.length === 0 || known.places.some((p) => event.places.includes(p))),
    );
    if (same) {
      same.places = [...new Set([...same.places, ...event.places])];
      same.participants = [...new Set([...same.participants, ...event.participants])];
      same.articleIds = [...new Set([...same.articleIds, event.articleId])];
      same.evidence.push({ articleId: event.articleId, ...event.evidence });
      if (event.start && (!same.start || event.start < same.start)) same.start = event.start;
      if (event.end && (!same.end || event.end > same.end)) same.end = event.end;
      register(same);
      mergedOf.set(event, same);
      continue;
    }
    const created: MergedEvent = {
      id: '',
      type: event.type,
      label: '',
      start: event.start,
      end: event.end,
      precision: event.precision,
      places: [...event.places],
      participants: [...event.participants],
      articleIds: [event.articleId],
      evidence: [{ articleId: event.articleId, ...event.evidence }],
      partOf: null,
    };
    merged.push(created);
    register(created);
    mergedOf.set(event, created);
  }
  linkParts(events, mergedOf);
  const used = new Map<string, number>();
  for (const event of merged) {
    const where = event.places.slice(0, 2).map(nameOf).join(', ');
    event.label = `${event.type.replace(/_/g, ' ')}${where ? ` in ${where}` : ''}${event.start ? `, ${event.start}` : ''}`;
    // Stable id: type, date and main place, as the graph model asks.
    const base = `event:${event.type}:${event.start ?? 'undated'}:${(event.places[0] ?? 'nowhere').replace(/^[a-z]+:/, '')}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    event.id = n === 1 ? base : `${base}-${n}`;
  }
  return merged;
}
