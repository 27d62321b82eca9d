// The properties a question asks of each kind of record, read off its document once (documents are parsed
// once per query text and kept): every field selected on an entity, event, statement or article, mapped to the
// stored properties it is resolved from. A request's reads then return those and no others.
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { PROPERTIES, type Projection, type Property } from '../graph/projections';

type Kind = keyof Projection;

// The stored properties each GraphQL field is resolved from; a field not listed reads the id (its own lists
// and links are read by their loaders) or nothing.
const READS: { [K in Kind]: Record<string, readonly Property<K>[]> } = {
  entity: { name: ['name'], aliases: ['aliases'], roles: ['roles'], code: ['country'] },
  event: { type: ['type'], label: ['label'], start: ['start'], end: ['end'], datePrecision: ['datePrecision'] },
  statement: {
    quote: ['quote'],
    direct: ['direct'],
    date: ['date'],
    speaker: ['speakerId'],
    medium: ['mediumId'],
    onBehalfOf: ['onBehalfOfId'],
    article: ['articleId'],
    evidence: ['articleId', 'start', 'end', 'sentence'],
  },
  article: { title: ['title'], date: ['date'], author: ['author'], source: ['source'], url: ['url'] },
  eventPlace: { evidence: ['evidence'] },
  eventParticipant: { role: ['role'], evidence: ['evidence'] },
  eventReport: { evidence: ['evidence'] },
};

// The GraphQL types whose values are records of each kind (an interface's fields apply to all its types), and
// those of an event's links to its places, participants and reports.
const KIND_OF_TYPE: Record<string, Kind> = {
  Entity: 'entity',
  Person: 'entity',
  Institution: 'entity',
  Country: 'entity',
  Place: 'entity',
  Event: 'event',
  Statement: 'statement',
  Article: 'article',
  EventPlace: 'eventPlace',
  EventParticipant: 'eventParticipant',
  EventReport: 'eventReport',
};

function readProjection(schema: GraphQLSchema, document: DocumentNode): Projection {
  const asked = Object.fromEntries(Object.keys(PROPERTIES).map((kind) => [kind, new Set<string>()])) as { [K in Kind]: Set<string> };
  const types = new TypeInfo(schema);
  // Every operation and fragment of the document: a field asked for anywhere may meet a record read elsewhere
  // in the request (loaders share what they read), so each kind carries all of its fields.
  visit(
    document,
    visitWithTypeInfo(types, {
      Field(node) {
        const kind = KIND_OF_TYPE[types.getParentType()?.name ?? ''];
        if (kind) for (const property of READS[kind][node.name.value] ?? []) asked[kind].add(property);
      },
    }),
  );
  return Object.fromEntries(Object.entries(PROPERTIES).map(([kind, properties]) => [kind, properties.filter((property) => asked[kind as Kind].has(property))])) as unknown as Projection;
}

const projections = new WeakMap<DocumentNode, Projection>();

/** The projection of a question's document: the same object for the same parsed document. */
export function projectionOf(schema: GraphQLSchema, document: DocumentNode): Projection {
  let projection = projections.get(document);
  if (!projection) projections.set(document, (projection = readProjection(schema, document)));
  return projection;
}
