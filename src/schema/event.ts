import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { countEvents, groupEvents, listEventsWith, type EventFilter, type NamedEventFilter } from '../graph/event-repository';
import { parseEvidence, type EntityRecord, type EntityType, type EventRecord, type StatementRecord } from '../graph/records';
import { findCommentators } from '../graph/statement-repository';
import type { Context } from '../context';
import { ArticleRef } from './article';
import { builder } from './builder';
import { entityReference, resolveEntityArgument } from './entity-argument';
import { EvidenceRef } from './evidence';
import { checkPageSize, loadConnection } from './pagination';
import { oneOf } from './list-argument';
import { fieldsAt } from './selection';
import { periodInput, toDateRange } from './period';
import { EntityRef, EventConnection, EventRef, StatementConnection, StatementRef } from './refs';

const CommentatorRef = builder.objectRef<{ speaker: EntityRecord; statements: StatementRecord[] }>('Commentator').implement({
  description: 'Someone who commented on events: the speaker and what they said about them.',
  fields: (t) => ({
    speaker: t.field({ type: EntityRef, description: 'Who spoke (a person or an institution).', resolve: (c) => c.speaker }),
    statements: t.field({ type: [StatementRef], description: 'Their statements about the events, each with its evidence.', resolve: (c) => c.statements }),
  }),
});

/** An event's report in one article, with the sentences that tell it. */
const EventReportRef = builder.objectRef<{ articleId: string; evidence: string[] }>('EventReport').implement({
  description: 'An article reporting the event, with the sentences that do.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article.', resolve: (r, _args, context) => context.loaders.articleById.load(r.articleId) }),
    evidence: t.field({ type: [EvidenceRef], description: 'The sentences that report the event.', resolve: (r) => r.evidence.map(parseEvidence) }),
  }),
});

const EventPlaceRef = builder.objectRef<{ entity: EntityRecord; evidence: string[] }>('EventPlace').implement({
  description: 'A place an event happened in, with the sentences that say so.',
  fields: (t) => ({
    place: t.field({ type: EntityRef, description: 'The place or country.', resolve: (p) => p.entity }),
    evidence: t.field({ type: [EvidenceRef], description: 'The sentences that place the event there.', resolve: (p) => p.evidence.map(parseEvidence) }),
  }),
});

const EventParticipantRef = builder.objectRef<{ entity: EntityRecord; role: string; evidence: string[] }>('EventParticipant').implement({
  description: 'Someone who took part in an event, with the sentences that say so.',
  fields: (t) => ({
    participant: t.field({ type: EntityRef, description: 'The person or institution.', resolve: (p) => p.entity }),
    role: t.exposeString('role', { description: 'How they took part (participant unless the text says more).' }),
    evidence: t.field({ type: [EvidenceRef], description: 'The sentences that name them in the event.', resolve: (p) => p.evidence.map(parseEvidence) }),
  }),
});

const EventFrameRef = builder.objectRef<{ event: EventRecord; evidence: string[] }>('EventFrame').implement({
  description: 'The larger event an event is part of ("arrests during the protests"), with the sentences that say so.',
  fields: (t) => ({
    event: t.field({ type: EventRef, description: 'The larger event.', resolve: (f) => f.event }),
    evidence: t.field({ type: [EvidenceRef], description: 'The sentences that place the event inside it.', resolve: (f) => f.evidence.map(parseEvidence) }),
  }),
});

builder.node(EventRef, {
  description: 'Something that happened (an election, a protest, a visit…), one node however many articles tell it.',
  id: { resolve: (event) => event.id },
  loadMany: (ids, context) => ids.map((id) => context.loaders.eventById.load(id)),
  fields: (t) => ({
    eventId: t.exposeString('id', { description: 'Stable id (type, date and main place).' }),
    type: t.exposeString('type', { description: 'Event type, lower_snake_case: election, protest, state_of_emergency, resignation, dismissal, deployment, visit, meeting, conference, security_operation, clash, attack, arrest, agreement.' }),
    label: t.exposeString('label', { description: 'A short human-readable label.' }),
    start: t.field({ type: 'Date', nullable: true, description: 'First day (null when no article dates it).', resolve: (e) => e.start }),
    end: t.field({ type: 'Date', nullable: true, description: 'Last day.', resolve: (e) => e.end }),
    datePrecision: t.exposeString('datePrecision', { nullable: true, description: 'How precisely the dates are known: day, month or year.' }),
    places: t.field({ type: [EntityRef], description: 'Where it happened.', resolve: async (e, _args, context) => (await context.loaders.placesByEventId.load(e.id)).items.map((p) => p.entity) }),
    placesWithEvidence: t.field({ type: [EventPlaceRef], description: 'Where it happened, each place with the sentences that say so.', resolve: async (e, _args, context) => (await context.loaders.placesByEventId.load(e.id)).items }),
    participants: t.field({ type: [EntityRef], description: 'Who took part.', resolve: async (e, _args, context) => (await context.loaders.participantsByEventId.load(e.id)).items.map((p) => p.entity) }),
    participantsWithEvidence: t.field({ type: [EventParticipantRef], description: 'Who took part, each with their role and the sentences that say so.', resolve: async (e, _args, context) => (await context.loaders.participantsByEventId.load(e.id)).items }),
    partOf: t.field({ type: EventFrameRef, nullable: true, description: 'The larger event this one is part of, if an article says so.', resolve: (e, _args, context) => context.loaders.frameByEventId.load(e.id) }),
    statements: t.connection(
      { type: StatementRef, description: 'Statements about it, oldest first.', resolve: (e, args, context, info) => loadConnection(context.loaders.statementsByEventId, e.id, args, info, context.limits.maxPageSize) },
      StatementConnection,
    ),
    commentators: t.field({ type: [CommentatorRef], description: 'Who commented on it, each with their statements.', resolve: async (e, _args, context) => (await context.loaders.commentatorsByEventId.load(e.id)).items }),
    reports: t.field({ type: [EventReportRef], description: 'The articles that report it, with the sentences that do (evidence).', resolve: async (e, _args, context) => (await context.loaders.articlesByEventId.load(e.id)).items }),
    subEvents: t.connection(
      { type: EventRef, description: 'Events that are part of this one.', resolve: (e, args, context, info) => loadConnection(context.loaders.subEventsByEventId, e.id, args, info, context.limits.maxPageSize) },
      EventConnection,
    ),
  }),
});

const EventFilterInput = builder.inputType('EventFilter', {
  description: 'Which events: by period, type, place and participant (all optional, combined with AND). A single value and the list beside it (`type` and `types`, …) join: one of them.',
  fields: (t) => ({
    period: t.field({ type: periodInput, required: false, description: 'Events overlapping this period.' }),
    type: t.string({ required: false, description: 'Event type, e.g. "protest".' }),
    types: t.stringList({ required: false, description: 'One of these event types.' }),
    place: t.string({ required: false, description: 'A place or country, by global id or by name; a country includes the places in it.' }),
    places: t.stringList({ required: false, description: 'In one of these places or countries (global ids or names).' }),
    participant: t.string({ required: false, description: 'A person or institution that took part, by global id or by name.' }),
    participants: t.stringList({ required: false, description: 'One of these took part (global ids or names).' }),
  }),
});

type EventFilterArgument = {
  period?: Parameters<typeof toDateRange>[0];
  type?: string | null;
  types?: readonly string[] | null;
  place?: string | null;
  places?: readonly string[] | null;
  participant?: string | null;
  participants?: readonly string[] | null;
};

const PLACE_TYPES: EntityType[] = ['Country', 'Place'];
const PARTICIPANT_TYPES: EntityType[] = ['Person', 'Institution'];

/** An event filter as given: its places and participants as written (names or global ids). */
function readEventFilter(input: EventFilterArgument | null | undefined) {
  return {
    ...toDateRange(input?.period),
    types: oneOf('filter.types', input?.type, input?.types),
    places: oneOf('filter.places', input?.place, input?.places),
    participants: oneOf('filter.participants', input?.participant, input?.participants),
  };
}

/** An event filter with its places and participants looked up (a round trip when they are given by name). */
async function toEventFilter(context: Context, input: EventFilterArgument | null | undefined): Promise<EventFilter> {
  const { places, participants, ...rest } = readEventFilter(input);
  return {
    ...rest,
    placeIds: places && (await Promise.all(places.map((place) => resolveEntityArgument(context, place, PLACE_TYPES)))),
    participantIds: participants && (await Promise.all(participants.map((who) => resolveEntityArgument(context, who, PARTICIPANT_TYPES)))),
  };
}

/** An event filter whose places and participants the question's own query looks up. */
function toNamedEventFilter(input: EventFilterArgument | null | undefined): NamedEventFilter {
  const { places, participants, ...rest } = readEventFilter(input);
  return {
    ...rest,
    places: places && places.map((place) => entityReference(place, PLACE_TYPES)),
    participants: participants && participants.map((who) => entityReference(who, PARTICIPANT_TYPES)),
  };
}

const EventOrderEnum = builder.enumType('EventOrder', {
  description: 'The order of a list of events.',
  values: { START_DESC: { description: 'Latest start first (undated last).' }, START_ASC: { description: 'Earliest start first.' } } as const,
});

/** Gives a parent's whole list (brought along with the parent) to its loader, unless it was not asked for. */
function primeList<T>(loader: { prime(id: string, page: { items: T[]; total: number }): unknown }, id: string, items: T[] | null): void {
  if (items) loader.prime(id, { items, total: items.length });
}

builder.queryField('events', (t) =>
  t.connection(
    {
      type: EventRef,
      description: 'Events, newest first unless `orderBy` says otherwise, filtered by period, type, place and participant.',
      args: {
        filter: t.arg({ type: EventFilterInput, required: false, description: 'Which events.' }),
        orderBy: t.arg({ type: EventOrderEnum, required: false, defaultValue: 'START_DESC', description: 'Their order.' }),
      },
      resolve: async (_root, args, context, info) => {
        checkPageSize(args, context.limits.maxPageSize);
        const filter = await toEventFilter(context, args.filter);
        const order = args.orderBy ?? 'START_DESC';
        // Places, participants and reports (with their articles), when asked for, come with the page and prime
        // their loaders: a round trip each saved.
        const asked = fieldsAt(info, ['edges', 'node']);
        const include = {
          places: asked.has('places') || asked.has('placesWithEvidence'),
          participants: asked.has('participants') || asked.has('participantsWithEvidence'),
          reports: asked.has('reports'),
          reportArticles: fieldsAt(info, ['edges', 'node', 'reports']).has('article'),
        };
        const page = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: context.limits.maxPageSize }, async ({ offset, limit }) => {
          const rows = await listEventsWith(context.graph, filter, offset, limit, order, include, context.asked.projection);
          for (const { event, places, participants, reports } of rows) {
            primeList(context.loaders.placesByEventId, event.id, places);
            primeList(context.loaders.participantsByEventId, event.id, participants);
            primeList(context.loaders.articlesByEventId, event.id, reports);
            for (const { article } of reports ?? []) if (article) context.loaders.articleById.prime(article.id, article);
          }
          return rows.map((row) => row.event);
        });
        return { ...page, totalCount: () => countEvents(context.graph, filter) };
      },
    },
    EventConnection,
  ),
);

const EventCountRef = builder.objectRef<{ key: string | null; count: number }>('EventCount').implement({
  description: 'How many events one group holds.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true, description: 'The group: an event type, or a month (YYYY-MM) of their start; null for undated events.' }),
    count: t.exposeInt('count', { description: 'Events in the group.' }),
  }),
});

builder.queryField('eventCounts', (t) =>
  t.field({
    type: [EventCountRef],
    description: 'Events under a filter counted per type or per month, in the database, most first.',
    args: {
      filter: t.arg({ type: EventFilterInput, required: false, description: 'Which events.' }),
      by: t.arg({ type: builder.enumType('EventGrouping', { description: 'What events are counted by.', values: { TYPE: { description: 'Per event type.' }, MONTH: { description: 'Per month of their start (YYYY-MM).' } } as const }), required: true, description: 'What to count them by.' }),
      first: t.arg.int({ required: false, defaultValue: 20, description: 'Groups at most (up to the largest page).' }),
    },
    resolve: async (_root, args, context) => {
      checkPageSize(args, context.limits.maxPageSize);
      return groupEvents(context.graph, await toEventFilter(context, args.filter), args.by, args.first ?? 20);
    },
  }),
);

builder.queryField('commentators', (t) =>
  t.field({
    type: [CommentatorRef],
    description: 'Who commented on the events of a period, place and type: each speaker with their statements about those events and the evidence. "Who commented on the January events?" is `commentators(filter: {period: {month: "2022-01"}, place: "Kazakhstan"})`.',
    args: { filter: t.arg({ type: EventFilterInput, required: true, description: 'Which events.' }) },
    resolve: async (_root, args, context) => {
      const { commentators, articles } = await findCommentators(context.graph, toNamedEventFilter(args.filter), context.asked.projection);
      // Nobody: either nobody commented, or a place or participant names no entity or several, which the
      // usual look-up then says.
      if (commentators.length === 0) await toEventFilter(context, args.filter);
      // The evidence of these statements names these articles: the article loader need not ask again.
      for (const article of articles) context.loaders.articleById.prime(article.id, article);
      return commentators;
    },
  }),
);
