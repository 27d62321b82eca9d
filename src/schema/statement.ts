import { encodeGlobalID, resolveOffsetConnection } from '@pothos/plugin-relay';
import type { EntityRecord, EventRecord } from '../graph/records';
import { GraphQLError } from 'graphql';
import { countStatements, groupStatements, listStatements, type AboutTarget, type StatementConditions, type StatementFilter } from '../graph/statement-repository';
import type { Context } from '../context';
import { ArticleRef } from './article';
import { builder } from './builder';
import { resolveEntityArgument } from './entity-argument';
import { readGlobalID } from './global-id';
import { EvidenceRef } from './evidence';
import { oneOf } from './list-argument';
import { checkPageSize } from './pagination';
import { periodInput, toDateRange } from './period';
import { CountryRef, InstitutionRef, PersonRef, PlaceRef } from './entity';
import { EntityRef, EventRef, StatementConnection, StatementRef } from './refs';
import { recordKind } from './record-kind';
import { searchWords } from './search-words';

const AboutRef = builder.unionType('About', {
  description: 'What a statement is about: an event, or an entity it names.',
  types: [EventRef, PersonRef, InstitutionRef, CountryRef, PlaceRef],
  resolveType: (value) => recordKind(value as EntityRecord | EventRecord),
});

builder.node(StatementRef, {
  description: 'Something said: a direct quotation or reported speech, with who said it, when, about what, and where it is written.',
  id: { resolve: (statement) => statement.id },
  loadMany: (ids, context) => ids.map((id) => context.loaders.statementById.load(id)),
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The words, as the article gives them.' }),
    direct: t.exposeBoolean('direct', { description: 'True for a quotation in quote marks, false for reported speech.' }),
    date: t.field({ type: 'Date', nullable: true, description: 'When it was said (the attribution’s date, else the article’s).', resolve: (s) => s.date }),
    speaker: t.field({ type: EntityRef, nullable: true, description: 'Who said it; null when the article does not say.', resolve: (s, _args, context) => (s.speakerId ? context.loaders.entityById.load(s.speakerId) : null) }),
    medium: t.field({ type: EntityRef, nullable: true, description: 'The outlet that passed the words on ("quoted by …"), when named.', resolve: (s, _args, context) => (s.mediumId ? context.loaders.entityById.load(s.mediumId) : null) }),
    onBehalfOf: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The body or country the speaker spoke for ("… on behalf of the World Health Organization"), when the article says.',
      resolve: (s, _args, context) => (s.onBehalfOfId ? context.loaders.entityById.load(s.onBehalfOfId) : null),
    }),
    about: t.field({
      type: [AboutRef],
      description: 'The events and entities it is about.',
      resolve: async (s, _args, context) =>
        (await context.loaders.aboutByStatementId.load(s.id)).items.map((target: AboutTarget): EventRecord | EntityRecord => (target.kind === 'Event' ? target.event : target.entity)),
    }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article it is written in.', resolve: (s, _args, context) => context.loaders.articleById.load(s.articleId) }),
    evidence: t.field({ type: EvidenceRef, description: 'Where in the article the words are.', resolve: (s) => ({ articleId: s.articleId, start: s.start, end: s.end, ...(s.sentence ? { sentence: s.sentence } : {}) }) }),
  }),
});

const StatementConditionsInput = builder.inputType('StatementConditions', {
  description: 'Conditions on a statement, all of which must hold: one alternative of a filter’s `OR`.',
  fields: (t) => ({
    speaker: t.string({ required: false, description: 'Who said it, by global id or by name.' }),
    speakers: t.stringList({ required: false, description: 'Said by one of these (global ids or names).' }),
    about: t.string({ required: false, description: 'An event (global id) or an entity (global id or name) it is about.' }),
    period: t.field({ type: periodInput, required: false, description: 'Said within this period.' }),
  }),
});

export const StatementFilterInput = builder.inputType('StatementFilter', {
  description: 'Which statements: by speaker, subject, period and words (all optional, combined with AND), and `OR` alternatives of which one must hold too.',
  fields: (t) => ({
    speaker: t.string({ required: false, description: 'Who said it, by global id or by name.' }),
    speakers: t.stringList({ required: false, description: 'Said by one of these (global ids or names).' }),
    about: t.string({ required: false, description: 'An event (global id) or an entity (global id or name) it is about.' }),
    period: t.field({ type: periodInput, required: false, description: 'Said within this period.' }),
    text: t.string({ required: false, description: 'Words that must all occur in the quotation.' }),
    OR: t.field({ type: [StatementConditionsInput], required: false, description: 'Alternatives: at least one must hold as well as the fields above (at most 10).' }),
  }),
});

const StatementOrderEnum = builder.enumType('StatementOrder', {
  description: 'The order of a list of statements.',
  values: { DATE_DESC: { description: 'Newest first (undated last).' }, DATE_ASC: { description: 'Oldest first.' } } as const,
});

const StatementGroupingEnum = builder.enumType('StatementGrouping', {
  description: 'What statements are counted by.',
  values: { SPEAKER: { description: 'Per speaker.' }, SPEAKER_TYPE: { description: 'Per kind of speaker (Person, Institution, …).' }, MONTH: { description: 'Per month said (YYYY-MM).' } } as const,
});

const MAX_ALTERNATIVES = 10;

type ConditionsInput = { speaker?: string | null; speakers?: readonly string[] | null; about?: string | null; period?: Parameters<typeof toDateRange>[0] };

/** An input's conditions with names and global ids resolved to stored ids. */
async function conditionsOf(context: Context, input: ConditionsInput | null | undefined, field: string): Promise<StatementConditions> {
  const speakers = oneOf(`${field}.speakers`, input?.speaker, input?.speakers) ?? [];
  let aboutId: string | null = null;
  if (input?.about) {
    const decoded = readGlobalID(input.about);
    aboutId = decoded?.typename === 'Event' ? decoded.id : await resolveEntityArgument(context, input.about);
  }
  return {
    ...toDateRange(input?.period),
    speakerIds: speakers.length ? await Promise.all(speakers.map((speaker) => resolveEntityArgument(context, speaker, ['Person', 'Institution']))) : null,
    aboutId,
  };
}

export async function filterOf(context: Context, input: (ConditionsInput & { text?: string | null; OR?: readonly ConditionsInput[] | null }) | null | undefined): Promise<StatementFilter> {
  if ((input?.OR?.length ?? 0) > MAX_ALTERNATIVES) throw new GraphQLError(`filter.OR may have at most ${MAX_ALTERNATIVES} alternatives.`, { extensions: { code: 'BAD_USER_INPUT' } });
  return {
    ...(await conditionsOf(context, input, 'filter')),
    text: searchWords(context, input?.text ?? null, 'filter.text'),
    anyOf: input?.OR?.length ? await Promise.all(input.OR.map((alternative, i) => conditionsOf(context, alternative, `filter.OR[${i}]`))) : null,
  };
}

builder.queryField('statements', (t) =>
  t.connection(
    {
      type: StatementRef,
      description: 'Statements, newest first unless `orderBy` says otherwise, filtered by speaker, subject, period and words.',
      args: {
        filter: t.arg({ type: StatementFilterInput, required: false, description: 'Which statements.' }),
        orderBy: t.arg({ type: StatementOrderEnum, required: false, defaultValue: 'DATE_DESC', description: 'Their order.' }),
      },
      resolve: async (_root, args, context) => {
        checkPageSize(args, context.limits.maxPageSize);
        const filter = await filterOf(context, args.filter);
        const order = args.orderBy ?? 'DATE_DESC';
        const page = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: context.limits.maxPageSize }, ({ offset, limit }) => listStatements(context.graph, filter, offset, limit, order, context.asked.projection));
        return { ...page, totalCount: () => countStatements(context.graph, filter) };
      },
    },
    StatementConnection,
  ),
);

const StatementCountRef = builder.objectRef<{ key: string | null; speakerId: string | null; count: number }>('StatementCount').implement({
  description: 'How many statements one group holds.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true, description: 'The group: a speaker’s global id, a speaker type, or a month (YYYY-MM); null for statements without a speaker (or date).' }),
    speaker: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The speaker, when counted per speaker.',
      resolve: (group, _args, context) => (group.speakerId ? context.loaders.entityById.load(group.speakerId) : null),
    }),
    count: t.exposeInt('count', { description: 'Statements in the group.' }),
  }),
});

builder.queryField('statementCounts', (t) =>
  t.field({
    type: [StatementCountRef],
    description: 'Statements under a filter counted per speaker, kind of speaker or month, in the database, most first (e.g. statements per speaker about an event).',
    args: {
      filter: t.arg({ type: StatementFilterInput, required: false, description: 'Which statements.' }),
      by: t.arg({ type: StatementGroupingEnum, required: true, description: 'What to count them by.' }),
      first: t.arg.int({ required: false, defaultValue: 20, description: 'Groups at most (up to the largest page).' }),
    },
    resolve: async (_root, args, context) => {
      checkPageSize(args, context.limits.maxPageSize);
      const groups = await groupStatements(context.graph, await filterOf(context, args.filter), args.by, args.first ?? 20);
      return groups.map(({ key, speakerType, count }) =>
        args.by === 'SPEAKER' ? { key: key && speakerType ? encodeGlobalID(speakerType, key) : null, speakerId: key, count } : { key, speakerId: null, count },
      );
    },
  }),
);
