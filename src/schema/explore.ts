import { GraphQLError } from 'graphql';
import type { ArticleRecord } from '../graph/article-repository';
import { entityTimeline, findPath, MAX_PATH_HOPS, search, searchTimeline, type PathNode } from '../graph/explore-repository';
import { parseEvidence, type EntityRecord, type EventRecord, type StatementRecord } from '../graph/records';
import { ArticleRef } from './article';
import { builder } from './builder';
import { CountryRef, InstitutionRef, PersonRef, PlaceRef } from './entity';
import { resolveEntityArgument } from './entity-argument';
import { EvidenceRef } from './evidence';
import { EventRef, StatementRef } from './refs';
import { recordKind } from './record-kind';
import { searchWords } from './search-words';

type Item = EntityRecord | EventRecord | StatementRecord | ArticleRecord;

const SearchItemRef = builder.unionType('SearchItem', {
  description: 'Something a search finds: an entity, a statement or an article.',
  types: [PersonRef, InstitutionRef, CountryRef, PlaceRef, StatementRef, ArticleRef],
  resolveType: (value) => recordKind(value as Item),
});

const SearchHitRef = builder.objectRef<{ score: number; item: Exclude<Item, EventRecord> | null }>('SearchHit').implement({
  description: 'One search result and how well it matches.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Full-text relevance (higher is better).' }),
    item: t.field({ type: SearchItemRef, nullable: true, description: 'What was found.', resolve: (hit) => hit.item }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description: 'Fuzzy full-text search over entity names and aliases, quotations and articles (every word must match; small typos are forgiven), best first.',
    args: {
      query: t.arg.string({ required: true, description: 'Words to look for.' }),
      first: t.arg.int({ required: false, defaultValue: 20, description: 'How many results.' }),
    },
    resolve: async (_root, args, context) => {
      const limit = args.first ?? 20;
      if (limit < 1 || limit > context.limits.maxPageSize) throw new GraphQLError(`\`first\` must be between 1 and ${context.limits.maxPageSize}, got ${limit}.`);
      const hits = await search(context.graph, searchWords(context, args.query, 'query'), limit);
      return Promise.all(
        hits.map(async (hit) => ({ score: hit.score, item: hit.kind === 'Article' ? await context.loaders.articleById.load(hit.item.id) : hit.item })),
      );
    },
  }),
);

const TimelineBucketRef = builder.objectRef<{ month: string; articles: number; statements: number; events: number }>('TimelineBucket').implement({
  description: 'Activity in one month.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'The month, YYYY-MM.' }),
    articles: t.exposeInt('articles', { description: 'Articles (naming the entity, or matching the words).' }),
    statements: t.exposeInt('statements', { description: 'Statements (by the entity, or matching the words).' }),
    events: t.exposeInt('events', { description: 'Events the entity took part in or that happened in it.' }),
  }),
});

builder.queryField('timeline', (t) =>
  t.field({
    type: [TimelineBucketRef],
    description: 'Counts per month for an entity (articles naming it, its statements, its events) or for words (matching articles and statements). Give one of the two.',
    args: {
      entity: t.arg.string({ required: false, description: 'An entity, by global id or name.' }),
      query: t.arg.string({ required: false, description: 'Words to count.' }),
    },
    resolve: async (_root, args, context) => {
      if (Boolean(args.entity) === Boolean(args.query)) throw new GraphQLError('Give either `entity` or `query`.');
      return args.entity ? entityTimeline(context.graph, await resolveEntityArgument(context, args.entity)) : searchTimeline(context.graph, searchWords(context, args.query!, 'query'));
    },
  }),
);

const PathNodeRef = builder.unionType('PathNode', {
  description: 'A node on a path: an entity, an event, a statement or an article.',
  types: [PersonRef, InstitutionRef, CountryRef, PlaceRef, EventRef, StatementRef, ArticleRef],
  resolveType: (value) => recordKind(value as Item),
});

const PathHopRef = builder.objectRef<{ relation: string; from: Item; to: Item; evidence: string[] }>('PathHop').implement({
  description: 'One step of a path, with the evidence for it.',
  fields: (t) => ({
    relation: t.exposeString('relation', { description: 'The relationship: MENTIONED_IN, SAID_BY, VIA, ABOUT, IN, INVOLVES or REPORTED_IN.' }),
    from: t.field({ type: PathNodeRef, description: 'Where the relationship starts.', resolve: (hop) => hop.from }),
    to: t.field({ type: PathNodeRef, description: 'Where it ends.', resolve: (hop) => hop.to }),
    evidence: t.field({ type: [EvidenceRef], description: 'The article spans that support it.', resolve: (hop) => hop.evidence.map(parseEvidence) }),
  }),
});

const PathRef = builder.objectRef<{ nodes: Item[]; hops: { relation: string; from: Item; to: Item; evidence: string[] }[] }>('Path').implement({
  description: 'How two entities are connected.',
  fields: (t) => ({
    length: t.int({ description: 'Number of hops.', resolve: (path) => path.hops.length }),
    nodes: t.field({ type: [PathNodeRef], description: 'The nodes, from the first entity to the second.', resolve: (path) => path.nodes }),
    hops: t.field({ type: [PathHopRef], description: 'Each step, with its evidence.', resolve: (path) => path.hops }),
  }),
});

builder.queryField('path', (t) =>
  t.field({
    type: PathRef,
    nullable: true,
    description: `The shortest connection between two entities through articles, statements and events (at most ${MAX_PATH_HOPS} hops), each hop with its evidence; null when there is none that short.`,
    args: {
      from: t.arg.string({ required: true, description: 'First entity, by global id or name.' }),
      to: t.arg.string({ required: true, description: 'Second entity, by global id or name.' }),
      maxHops: t.arg.int({ required: false, defaultValue: 4, description: `Longest path to look for (1–${MAX_PATH_HOPS}).` }),
    },
    resolve: async (_root, args, context) => {
      const maxHops = args.maxHops ?? 4;
      if (maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new GraphQLError(`\`maxHops\` must be between 1 and ${MAX_PATH_HOPS}, got ${maxHops}.`);
      const [from, to] = await Promise.all([resolveEntityArgument(context, args.from), resolveEntityArgument(context, args.to)]);
      if (from === to) throw new GraphQLError('`from` and `to` name the same entity.');
      const found = await findPath(context.graph, from, to, maxHops);
      if (!found) return null;
      const nodes = await Promise.all(found.nodes.map((node: PathNode) => toItem(node, context.loaders.articleById.load.bind(context.loaders.articleById))));
      const byId = new Map(nodes.filter((n): n is Item => n !== null).map((n) => [n.id, n]));
      return {
        nodes: nodes.filter((n): n is Item => n !== null),
        hops: found.hops.map((hop) => ({ relation: hop.type, from: byId.get(hop.from)!, to: byId.get(hop.to)!, evidence: hop.evidence })),
      };
    },
  }),
);

async function toItem(node: PathNode, loadArticle: (id: string) => Promise<ArticleRecord | null>): Promise<Item | null> {
  switch (node.kind) {
    case 'Entity':
      return node.entity;
    case 'Event':
      return node.event;
    case 'Statement':
      return node.statement;
    default:
      return loadArticle(node.articleId);
  }
}
