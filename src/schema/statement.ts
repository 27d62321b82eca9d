import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { EntityRecord, EventRecord } from '../graph/records';
import { countStatements, listStatements, type AboutTarget } from '../graph/statement-repository';
import { ArticleRef } from './article';
import { builder } from './builder';
import { resolveEntityArgument } from './entity-argument';
import { readGlobalID } from './global-id';
import { EvidenceRef } from './evidence';
import { checkPageSize } from './pagination';
import { periodInput, toDateRange } from './period';
import { CountryRef, InstitutionRef, PersonRef, PlaceRef } from './entity';
import { EntityRef, EventRef, StatementConnection, StatementRef } from './refs';
import { searchWords } from './search-words';

const AboutRef = builder.unionType('About', {
  description: 'What a statement is about: an event, or an entity it names.',
  types: [EventRef, PersonRef, InstitutionRef, CountryRef, PlaceRef],
  resolveType: (value) => ('aliases' in (value as object) ? (value as EntityRecord).type : 'Event'),
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

const StatementFilterInput = builder.inputType('StatementFilter', {
  description: 'Which statements: by speaker, subject, period and words (all optional, combined with AND).',
  fields: (t) => ({
    speaker: t.string({ required: false, description: 'Who said it, by global id or by name.' }),
    about: t.string({ required: false, description: 'An event (global id) or an entity (global id or name) it is about.' }),
    period: t.field({ type: periodInput, required: false, description: 'Said within this period.' }),
    text: t.string({ required: false, description: 'Words that must all occur in the quotation.' }),
  }),
});

builder.queryField('statements', (t) =>
  t.connection(
    {
      type: StatementRef,
      description: 'Statements, newest first, filtered by speaker, subject, period and words.',
      args: { filter: t.arg({ type: StatementFilterInput, required: false, description: 'Which statements.' }) },
      resolve: async (_root, args, context) => {
        checkPageSize(args, context.limits.maxPageSize);
        const input = args.filter;
        let aboutId: string | null = null;
        if (input?.about) {
          const decoded = readGlobalID(input.about);
          aboutId = decoded?.typename === 'Event' ? decoded.id : await resolveEntityArgument(context, input.about);
        }
        const filter = {
          ...toDateRange(input?.period),
          text: searchWords(context, input?.text ?? null, 'filter.text'),
          speakerId: input?.speaker ? await resolveEntityArgument(context, input.speaker, ['Person', 'Institution']) : null,
          aboutId,
        };
        const page = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: context.limits.maxPageSize }, ({ offset, limit }) => listStatements(context.graph, filter, offset, limit));
        return { ...page, totalCount: () => countStatements(context.graph, filter) };
      },
    },
    StatementConnection,
  ),
);
