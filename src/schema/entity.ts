import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { countEntities, listEntities } from '../graph/entity-repository';
import { parseEvidence, type EntityRecord, type EntityType } from '../graph/records';
import { ArticleRef } from './article';
import { builder } from './builder';
import { EvidenceRef } from './evidence';
import { listsAsked, listsWanted, primeEntityLists } from './entity-prefetch';
import { checkPageSize, loadConnection } from './pagination';
import { fieldNodesAt } from './selection';
import { EntityConnection, EntityRef, EventConnection, EventRef, StatementConnection, StatementRef } from './refs';
import { searchWords } from './search-words';

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kinds of named things the graph holds.',
  values: {
    Person: { description: 'A person.' },
    Institution: { description: 'An organisation, body, party, company or medium.' },
    Country: { description: 'A country (or a former state).' },
    Place: { description: 'A city, region, or other place.' },
  } as const,
});


/** One article that names an entity, with every span that names it. */
interface MentionRecord {
  articleId: string;
  evidence: string[];
}
const MentionRef = builder.objectRef<MentionRecord>('Mention').implement({
  description: 'An article that names the entity, with the places in its text that do.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article.', resolve: (m, _args, context) => context.loaders.articleById.load(m.articleId) }),
    evidence: t.field({ type: [EvidenceRef], description: 'Each span that names the entity.', resolve: (m) => m.evidence.map(parseEvidence) }),
  }),
});
const MentionConnection = builder.connectionObject({ type: MentionRef, name: 'MentionConnection', description: 'Articles naming an entity, in pages.' }, { name: 'MentionEdge', description: 'One article naming the entity.' });

const CoMentionRef = builder.objectRef<{ entity: EntityRecord; articles: number }>('CoMention').implement({
  description: 'An entity named in the same articles as another, and in how many.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The other entity.', resolve: (c) => c.entity }),
    articles: t.exposeInt('articles', { description: 'How many articles name both.' }),
  }),
});
const CoMentionConnection = builder.connectionObject({ type: CoMentionRef, name: 'CoMentionConnection', description: 'Entities named together with one, in pages.' }, { name: 'CoMentionEdge', description: 'One co-mentioned entity.' });

EntityRef.implement({
  description: 'A named thing: a person, institution, country or place, one node however many articles name it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.type,
  fields: (t) => ({
    entityId: t.exposeString('id', { description: 'Stable id (type and canonical name).' }),
    name: t.exposeString('name', { description: 'Canonical name.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings met in articles.' }),
    type: t.field({ type: EntityTypeEnum, description: 'What kind of thing it is.', resolve: (e) => e.type }),
    mentions: t.connection(
      {
        type: MentionRef,
        description: 'Articles that name it, newest first, with the spans that do (evidence).',
        resolve: (e, args, context, info) => loadConnection(context.loaders.mentionsByEntityId, e.id, args, info, context.limits.maxPageSize),
      },
      MentionConnection,
    ),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events it took part in or that happened in it (a country includes its places), newest first.',
        resolve: (e, args, context, info) => loadConnection(context.loaders.eventsByEntityId, e.id, args, info, context.limits.maxPageSize),
      },
      EventConnection,
    ),
    coMentioned: t.connection(
      {
        type: CoMentionRef,
        description: 'Entities named in the same articles, most shared articles first.',
        resolve: (e, args, context, info) => loadConnection(context.loaders.coMentionedByEntityId, e.id, args, info, context.limits.maxPageSize),
      },
      CoMentionConnection,
    ),
  }),
});

const entityNode = (type: EntityType, description: string) =>
  builder.node(builder.objectRef<EntityRecord>(type), {
    description,
    interfaces: [EntityRef],
    isTypeOf: (value) => (value as EntityRecord).type === type,
    id: { resolve: (e) => e.id },
    loadMany: (ids, context) => ids.map((id) => context.loaders.entityById.load(id).then((e) => (e?.type === type ? e : null))),
    fields: () => ({}),
  });

/** What a person or an institution said. */
const statementsField = (ref: ReturnType<typeof entityNode>) =>
  builder.objectField(ref, 'statements', (t) =>
    t.connection(
      {
        type: StatementRef,
        description: 'What it said (direct quotations and reported speech), newest first.',
        resolve: (e, args, context, info) => loadConnection(context.loaders.statementsBySpeakerId, e.id, args, info, context.limits.maxPageSize),
      },
      StatementConnection,
    ),
  );

export const PersonRef = entityNode('Person', 'A person named in the news.');
statementsField(PersonRef);
builder.objectField(PersonRef, 'roles', (t) => t.exposeStringList('roles', { description: 'Titles written before the name ("foreign minister").' }));

const PositionRef = builder.objectRef<{ title: string; holder: EntityRecord; evidence: string[] }>('Position').implement({
  description: 'A title a person holds in a body or a country ("prime minister" of a country), with the spans that say so.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title, lower case.' }),
    holder: t.field({ type: EntityRef, description: 'The institution or country.', resolve: (p) => p.holder }),
    evidence: t.field({ type: [EvidenceRef], description: 'Where articles state it.', resolve: (p) => p.evidence.map(parseEvidence) }),
  }),
});
builder.objectField(PersonRef, 'positions', (t) =>
  t.field({ type: [PositionRef], description: 'Titles held in institutions and countries.', resolve: async (p, _args, context) => (await context.loaders.positionsByPersonId.load(p.id)).items }),
);
export const InstitutionRef = entityNode('Institution', 'An organisation, public body, party, company or news medium.');
statementsField(InstitutionRef);
export const CountryRef = entityNode('Country', 'A country.');
builder.objectField(CountryRef, 'code', (t) => t.exposeString('country', { nullable: true, description: 'ISO 3166 alpha-2 code.' }));
builder.objectField(CountryRef, 'places', (t) =>
  t.connection(
    {
      type: EntityRef,
      description: 'Places in the graph that lie in this country.',
      resolve: (e, args, context, info) => loadConnection(context.loaders.placesByCountryId, e.id, args, info, context.limits.maxPageSize),
    },
    { name: 'PlaceConnection', description: 'Places, in pages.' },
    { name: 'PlaceEdge', description: 'One place.' },
  ),
);
export const PlaceRef = entityNode('Place', 'A city, region or other place.');
builder.objectField(PlaceRef, 'country', (t) =>
  t.field({ type: EntityRef, nullable: true, description: 'The country it lies in, when known.', resolve: (e, _args, context) => context.loaders.countryByPlaceId.load(e.id) }),
);

const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'The order of a list of entities.',
  values: {
    MENTIONS_DESC: { description: 'Named in the most articles first.' },
    NAME_ASC: { description: 'By name.' },
    STATEMENTS_DESC: { description: 'Most statements made first.' },
  } as const,
});

builder.queryField('entities', (t) =>
  t.connection(
    {
      type: EntityRef,
      description: 'Entities, most mentioned first unless `orderBy` says otherwise; filter by type (or a list of types) and by words of their names (fuzzy, full-text).',
      args: {
        type: t.arg({ type: EntityTypeEnum, required: false, description: 'Only this kind.' }),
        types: t.arg({ type: [EntityTypeEnum], required: false, description: 'Only these kinds.' }),
        name: t.arg.string({ required: false, description: 'Words of the name or an alias.' }),
        orderBy: t.arg({ type: EntityOrderEnum, required: false, defaultValue: 'MENTIONS_DESC', description: 'Their order.' }),
      },
      resolve: async (_root, args, context, info) => {
        checkPageSize(args, context.limits.maxPageSize);
        const filter = { type: args.type ?? null, types: args.types ?? null, text: searchWords(context, args.name ?? null, 'name') };
        const order = args.orderBy ?? 'MENTIONS_DESC';
        // Statements and events asked of the page's entities come with it.
        const asked = listsAsked(info, fieldNodesAt(info, ['edges', 'node']), context.limits.maxPageSize);
        const page = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: context.limits.maxPageSize }, async ({ offset, limit }) => {
          const rows = await listEntities(context.graph, filter, offset, limit, order, listsWanted(asked), context.asked.projection);
          for (const row of rows) primeEntityLists(context, row.entity.id, asked, row);
          return rows.map((row) => row.entity);
        });
        return { ...page, totalCount: () => countEntities(context.graph, filter) };
      },
    },
    EntityConnection,
  ),
);
