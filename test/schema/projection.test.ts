// What a question's document asks of each kind of record, read off the document as the server receives it.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema';
import { projectionOf } from '../../src/schema/projection';

const projection = (query: string) => projectionOf(schema, parse(query));
const NO_LINKS = { eventPlace: [], eventParticipant: [], eventReport: [] };

describe('projectionOf', () => {
  it('asks for the words and dates of a person’s statements, and the labels and starts of their events', () => {
    expect(
      projection(`query Q2($id: ID!) { node(id: $id) { ... on Person { name statements(first: 5) { totalCount edges { node { quote date } } } events(first: 5) { edges { node { label start } } } } } }`),
    ).toEqual({ entity: ['name'], event: ['label', 'start'], statement: ['quote', 'date'], article: [], ...NO_LINKS });
  });

  it('reads a statement’s evidence from its span and sentence, and its speaker from the stored id', () => {
    expect(projection(`{ commentators(filter: { place: "X" }) { speaker { name type } statements { quote evidence { sentence article { title } } } } }`)).toEqual({
      entity: ['name'],
      event: [],
      statement: ['quote', 'articleId', 'start', 'end', 'sentence'],
      article: ['title'],
      ...NO_LINKS,
    });
    expect(projection(`{ statements(first: 1) { edges { node { speaker { aliases } medium { name } onBehalfOf { name } article { url date } } } } }`)).toEqual({
      entity: ['name', 'aliases'],
      event: [],
      statement: ['articleId', 'speakerId', 'mediumId', 'onBehalfOfId'],
      article: ['url', 'date'],
      ...NO_LINKS,
    });
  });

  it('collects fields of every type an entity can be, through interfaces, named fragments and unions', () => {
    expect(
      projection(`
        { search(query: "x") { item { ... on Country { code } ... on Statement { direct } ...A } }
          entities(first: 1) { edges { node { ...E } } } }
        fragment A on Article { source author }
        fragment E on Entity { aliases ... on Person { roles } }`),
    ).toEqual({ entity: ['aliases', 'roles', 'country'], event: [], statement: ['direct'], article: ['author', 'source'], ...NO_LINKS });
  });

  it('asks for nothing but ids when only ids, counts and links are selected', () => {
    expect(projection(`{ events(first: 3) { totalCount edges { node { id eventId places { id } } } } }`)).toEqual({ entity: [], event: [], statement: [], article: [], ...NO_LINKS });
  });

  it('reads the evidence of an event’s places, participants and reports only where it is asked for', () => {
    expect(projection(`{ events(first: 20) { edges { node { label places { name } participants { name } reports { article { title } } } } } }`)).toEqual({
      entity: ['name'],
      event: ['label'],
      statement: [],
      article: ['title'],
      ...NO_LINKS,
    });
    expect(projection(`{ events(first: 2) { edges { node { placesWithEvidence { evidence { sentence } } participantsWithEvidence { role } reports { evidence { text } } } } } }`)).toEqual({
      entity: [],
      event: [],
      statement: [],
      article: [],
      eventPlace: ['evidence'],
      eventParticipant: ['role'],
      eventReport: ['evidence'],
    });
  });

  it('is read once per parsed document', () => {
    const document = parse(`{ articles(first: 1) { edges { node { title } } } }`);
    expect(projectionOf(schema, document)).toBe(projectionOf(schema, document));
  });
});
