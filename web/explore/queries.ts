// Every question the explorer asks, as typed documents: `npm run codegen` checks them against the schema and
// gives their result types (gql/), so a schema change that breaks the page fails the type check.
import { graphql } from '../../gql';

export const StatementView = graphql(`
  fragment StatementView on Statement {
    id
    quote
    date
    direct
    speaker { id name type }
    evidence { start end text sentence article { id title date url source } }
    about { __typename ... on Event { id label } ... on Entity { id name type } }
  }
`);

export const SearchQuery = graphql(`
  query ExploreSearch($query: String!) {
    search(query: $query, first: 12) {
      score
      item {
        __typename
        ... on Entity { id name type }
        ... on Statement { id quote speaker { id name } }
        ... on Article { id title date }
      }
    }
  }
`);

export const EntityQuery = graphql(`
  query ExploreEntity($id: ID!, $timelineOf: String!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        name
        type
        aliases
        mentions(first: 1) { totalCount }
        events(first: 12) { totalCount edges { node { id label type start end } } }
        coMentioned(first: 15) { edges { node { articles entity { id name type } } } }
      }
      ... on Person {
        roles
        statements(first: 25) { totalCount edges { node { ...StatementView } } }
      }
      ... on Institution {
        statements(first: 25) { totalCount edges { node { ...StatementView } } }
      }
      ... on Place { country { id name } }
    }
    timeline(entity: $timelineOf) { month articles statements events }
  }
`);

/** What the graph draws around a node when it is expanded: its co-mentioned entities and its events. */
export const NeighboursQuery = graphql(`
  query ExploreNeighbours($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        coMentioned(first: 10) { edges { node { articles entity { id name type } } } }
        events(first: 6) { edges { node { id label type } } }
      }
      ... on Event {
        participants { id name type }
        places { id name type }
      }
    }
  }
`);

export const ArticleQuery = graphql(`
  query ExploreArticle($id: ID!) {
    node(id: $id) { __typename id ... on Article { title date url source text } }
  }
`);

export const CommentatorsQuery = graphql(`
  query ExploreCommentators($filter: EventFilter!) {
    commentators(filter: $filter) {
      speaker { id name type }
      statements { ...StatementView }
    }
  }
`);

export const PlacesQuery = graphql(`
  query ExplorePlaces {
    entities(types: [Country, Place], first: 100) { edges { node { id name type } } }
  }
`);

export const PathQuery = graphql(`
  query ExplorePath($from: String!, $to: String!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      length
      hops {
        relation
        from { ...PathNodeView }
        to { ...PathNodeView }
        evidence { start end text sentence article { id title date } }
      }
    }
  }
`);

export const PathNodeView = graphql(`
  fragment PathNodeView on PathNode {
    __typename
    ... on Entity { id name type }
    ... on Event { id label }
    ... on Statement { id quote }
    ... on Article { id title }
  }
`);

export const TopEntitiesQuery = graphql(`
  query ExploreTopEntities {
    entities(first: 24) { totalCount edges { node { id name type mentions(first: 1) { totalCount } } } }
  }
`);
