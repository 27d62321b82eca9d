// The standard alternative: @neo4j/graphql 7 over newsgraph's own graph (labels, relationships and properties
// as src/graph/knowledge-writer.ts writes them), served by graphql-yoga on node:http. The type definitions are
// what a user of that library would write from the graph model: @node per label, @relationship per
// relationship, @relationshipProperties for the evidence on relationships, and no @cypher shortcuts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import type { RunningServer } from '../../../src/server';

// Entities carry two labels (:Entity:Person…); each type's @node label is the specific one, which the writer's
// constraints index too. The fields every entity type has, and those of the two that speak, are written once.
const ENTITY_FIELDS = `
    id: ID!
    name: String!
    type: String!
    aliases: [String!]!
    mentionedIn: [Article!]! @relationship(type: "MENTIONED_IN", direction: OUT, properties: "Mention")`;
const SPEAKER_FIELDS = `
    statements: [Statement!]! @relationship(type: "SAID_BY", direction: IN, properties: "Evidenced")
    events: [Event!]! @relationship(type: "INVOLVES", direction: IN, properties: "Involvement")`;

export const typeDefs = /* GraphQL */ `
  type Evidenced @relationshipProperties {
    evidence: [String!]!
  }
  type Mention @relationshipProperties {
    evidence: [String!]!
    count: Int
  }
  type Involvement @relationshipProperties {
    role: String
    evidence: [String!]!
  }
  type Position @relationshipProperties {
    title: String!
    evidence: [String!]!
  }

  interface Entity {
    id: ID!
    name: String!
    type: String!
    aliases: [String!]!
  }
  # Who can be quoted: people and institutions.
  interface Speaker {
    id: ID!
    name: String!
    type: String!
    statements: [Statement!]! @declareRelationship
  }

  type Person implements Entity & Speaker @node {${ENTITY_FIELDS}${SPEAKER_FIELDS}
    roles: [String!]!
    positions: [Entity!]! @relationship(type: "HOLDS_ROLE", direction: OUT, properties: "Position")
  }

  type Institution implements Entity & Speaker @node {${ENTITY_FIELDS}${SPEAKER_FIELDS}
  }

  type Country implements Entity @node {${ENTITY_FIELDS}
    code: String @alias(property: "country")
    places: [Place!]! @relationship(type: "IN", direction: IN, properties: "Evidenced")
    events: [Event!]! @relationship(type: "IN", direction: IN, properties: "Evidenced")
  }

  type Place implements Entity @node {${ENTITY_FIELDS}
    country: Country @relationship(type: "IN", direction: OUT, properties: "Evidenced")
    events: [Event!]! @relationship(type: "IN", direction: IN, properties: "Evidenced")
  }

  union EventPlace = Place | Country
  union About = Event | Person | Institution | Country | Place

  type Article @node {
    id: ID!
    title: String!
    date: Date
    author: String
    source: String!
    url: String
    text: String!
  }

  type Event @node {
    id: ID!
    type: String!
    label: String!
    start: Date
    end: Date
    datePrecision: String
    places: [EventPlace!]! @relationship(type: "IN", direction: OUT, properties: "Evidenced")
    participants: [Entity!]! @relationship(type: "INVOLVES", direction: OUT, properties: "Involvement")
    reportedIn: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Evidenced")
    partOf: Event @relationship(type: "PART_OF", direction: OUT, properties: "Evidenced")
    statements: [Statement!]! @relationship(type: "ABOUT", direction: IN, properties: "Evidenced")
  }

  type Statement @node {
    id: ID!
    quote: String!
    direct: Boolean!
    date: Date
    sentence: String
    start: Int
    end: Int
    speaker: Speaker @relationship(type: "SAID_BY", direction: OUT, properties: "Evidenced")
    medium: Entity @relationship(type: "VIA", direction: OUT, properties: "Evidenced")
    onBehalfOf: Entity @relationship(type: "ON_BEHALF_OF", direction: OUT, properties: "Evidenced")
    about: [About!]! @relationship(type: "ABOUT", direction: OUT, properties: "Evidenced")
    reportedIn: Article @relationship(type: "REPORTED_IN", direction: OUT, properties: "Evidenced")
  }
`;

/** The generated schema; `driver` may be left out where nothing is executed (the schema test). */
export function neo4jGraphQLSchema(driver?: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs, ...(driver ? { driver } : {}) }).getSchema();
}

/** Serves the library's schema as its documentation shows: graphql-yoga's defaults on node:http. */
export async function listenNeo4jGraphQL(driver: Driver): Promise<RunningServer> {
  const yoga = createYoga({ schema: await neo4jGraphQLSchema(driver), graphqlEndpoint: '/graphql', landingPage: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
