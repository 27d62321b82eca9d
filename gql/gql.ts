/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WhoCommentedQuery($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { name type }\n      statements { quote date direct evidence { article { title date } } }\n    }\n  }\n": typeof types.WhoCommentedQueryDocument,
    "\n  mutation AddArticleForEventLinks($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on Article { id }\n    }\n  }\n": typeof types.AddArticleForEventLinksDocument,
    "\n  mutation RemoveArticleForEventLinks($id: ID!) {\n    deleteArticle(id: $id) { __typename }\n  }\n": typeof types.RemoveArticleForEventLinksDocument,
    "\n  query EventLinks($filter: EventFilter) {\n    events(filter: $filter, first: 20) {\n      edges {\n        node {\n          type\n          placesWithEvidence { place { name } evidence { sentence } }\n          participantsWithEvidence { participant { name } role evidence { sentence } }\n          partOf { event { type } evidence { sentence article { title } } }\n          subEvents(first: 5) { totalCount edges { node { type } } }\n        }\n      }\n    }\n  }\n": typeof types.EventLinksDocument,
    "\n  query SearchQuery($query: String!) {\n    search(query: $query, first: 10) {\n      score\n      item { __typename ... on Entity { name } ... on Statement { quote } ... on Article { title } }\n    }\n  }\n": typeof types.SearchQueryDocument,
    "\n  query TimelineQuery($entity: String, $query: String) {\n    timeline(entity: $entity, query: $query) { month articles statements events }\n  }\n": typeof types.TimelineQueryDocument,
    "\n  query PathQuery($from: String!, $to: String!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      nodes { __typename ... on Entity { name } }\n      hops { relation evidence { article { title } sentence } }\n    }\n  }\n": typeof types.PathQueryDocument,
    "\n  query PositionsQuery($name: String) {\n    entities(first: 1, type: Person, name: $name) {\n      edges { node { __typename name ... on Person { positions { title holder { name } evidence { text } } } } }\n    }\n  }\n": typeof types.PositionsQueryDocument,
    "\n  query ExplorerTestSpeakers {\n    commentators(filter: { period: { month: \"2022-01\" }, place: \"Kazakhstan\" }) { speaker { name aliases } }\n  }\n": typeof types.ExplorerTestSpeakersDocument,
    "\n  query ArticlesQuery($first: Int, $after: String, $period: PeriodInput, $text: String) {\n    articles(first: $first, after: $after, period: $period, text: $text) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title date author } }\n    }\n  }\n": typeof types.ArticlesQueryDocument,
    "\n  query ArticleNodeQuery($id: ID!) {\n    node(id: $id) { id ... on Article { title date text source } }\n  }\n": typeof types.ArticleNodeQueryDocument,
    "\n  query StoredArticlesQuery {\n    articles(first: 50) {\n      totalCount\n      edges { node { title source author } }\n    }\n  }\n": typeof types.StoredArticlesQueryDocument,
    "\n  query StatementListQuery($filter: StatementFilter, $orderBy: StatementOrder) {\n    statements(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { node { id date speaker { name } } }\n    }\n  }\n": typeof types.StatementListQueryDocument,
    "\n  query StatementCountsQuery($filter: StatementFilter, $by: StatementGrouping!) {\n    statementCounts(filter: $filter, by: $by, first: 100) { key count speaker { id name type } }\n  }\n": typeof types.StatementCountsQueryDocument,
    "\n  query EventListQuery($filter: EventFilter, $orderBy: EventOrder) {\n    events(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { type start } } }\n  }\n": typeof types.EventListQueryDocument,
    "\n  query EventCountsQuery($filter: EventFilter, $by: EventGrouping!) {\n    eventCounts(filter: $filter, by: $by, first: 100) { key count }\n  }\n": typeof types.EventCountsQueryDocument,
    "\n  query EntityListQuery($types: [EntityType!], $orderBy: EntityOrder) {\n    entities(first: 100, types: $types, orderBy: $orderBy) { totalCount edges { node { name type } } }\n  }\n": typeof types.EntityListQueryDocument,
    "\n  query SpeakerPageQuery($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      ... on Person {\n        statements(first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n          edges { cursor node { id } }\n        }\n        counted: statements { totalCount }\n      }\n    }\n  }\n": typeof types.SpeakerPageQueryDocument,
    "\n  mutation IngestArticleMutation($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on Article { id title date source }\n      ... on InvalidInputError { message field }\n    }\n  }\n": typeof types.IngestArticleMutationDocument,
    "\n  mutation DeleteArticleMutation($id: ID!) {\n    deleteArticle(id: $id) {\n      __typename\n      ... on DeletedArticle { articleId statements events entities }\n      ... on NotFoundError { message }\n      ... on InvalidInputError { message field }\n    }\n  }\n": typeof types.DeleteArticleMutationDocument,
    "\n  query ArticleCountQuery {\n    articles(first: 1) { totalCount }\n  }\n": typeof types.ArticleCountQueryDocument,
    "\n  query WhoSaidQuery($filter: StatementFilter) {\n    statements(first: 1, filter: $filter) {\n      edges { node { quote speaker { name aliases } } }\n    }\n  }\n": typeof types.WhoSaidQueryDocument,
    "\n  query CommentatorsQuery($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { id name aliases }\n      statements { quote evidence { sentence article { title } } }\n    }\n  }\n": typeof types.CommentatorsQueryDocument,
    "\n  query EventPlacesQuery($filter: EventFilter) {\n    events(first: 100, filter: $filter) {\n      totalCount\n      edges { node { type start places { __typename name aliases } participants { __typename name aliases } } }\n    }\n  }\n": typeof types.EventPlacesQueryDocument,
    "\n  query SpeakerStatementsQuery($filter: StatementFilter) {\n    statements(first: 100, filter: $filter) {\n      totalCount\n      edges { node { quote date direct speaker { name } evidence { article { title } } } }\n    }\n  }\n": typeof types.SpeakerStatementsQueryDocument,
    "\n  query DeepEntitiesQuery($first: Int!) {\n    entities(first: $first) {\n      edges {\n        node {\n          name\n          mentions(first: 2) { totalCount edges { node { article { title } evidence { sentence } } } }\n          events(first: 2) { edges { node { label places { name } partOf { event { label } } participantsWithEvidence { participant { name } } statements(first: 2) { edges { node { quote speaker { name } about { __typename } } } } } } }\n          coMentioned(first: 2) { edges { node { articles entity { name } } } }\n        }\n      }\n    }\n  }\n": typeof types.DeepEntitiesQueryDocument,
    "\n  query EventsOfMonthQuery {\n    events(first: 20, filter: { period: { month: \"2022-01\" } }) {\n      edges { node { id label start places { name } participants { name } reports { article { title } } } }\n    }\n  }\n": typeof types.EventsOfMonthQueryDocument,
    "\n  query EventsByIdQuery($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Event { id label start places { name } participants { name } reports { article { title } } } }\n  }\n": typeof types.EventsByIdQueryDocument,
    "\n  query EventsWithFragmentQuery {\n    events(first: 20) { edges { ...EventWhereWho } }\n  }\n  fragment EventWhereWho on EventEdge { node { ... on Event { placesWithEvidence { place { name } } participantsWithEvidence { participant { name } } } } }\n": typeof types.EventsWithFragmentQueryDocument,
    "\n  query SpeakersQuery {\n    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {\n      edges { node { id ...SpeakerCard } }\n    }\n  }\n  fragment SpeakerCard on Entity {\n    name\n    ... on Person { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }\n    ... on Institution { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }\n    events(first: 2) { totalCount edges { node { label start } } }\n  }\n": typeof types.SpeakersQueryDocument,
    "\n  query SpeakerStatementCountsQuery {\n    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {\n      edges { node { id name ... on Person { statements { totalCount } } ... on Institution { statements { totalCount } } } }\n    }\n  }\n": typeof types.SpeakerStatementCountsQueryDocument,
    "\n  query SpeakersOfStatementsQuery {\n    statements(first: 40) { edges { node { speaker { id ...SpeakerCard } } } }\n  }\n": typeof types.SpeakersOfStatementsQueryDocument,
    "\n  query SpeakerCardsByIdQuery($ids: [ID!]!) {\n    nodes(ids: $ids) { ...SpeakerCard }\n  }\n": typeof types.SpeakerCardsByIdQueryDocument,
    "\n  query PersonPagesQuery($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        few: statements(first: 1) { pageInfo { hasNextPage } edges { node { quote } } }\n        more: statements(first: 4) { edges { node { quote } } }\n        events { totalCount }\n      }\n    }\n  }\n": typeof types.PersonPagesQueryDocument,
    "\n  query SpeakerCountsQuery($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Person { statements { totalCount } events { totalCount } }\n      ... on Institution { statements { totalCount } events { totalCount } }\n    }\n  }\n": typeof types.SpeakerCountsQueryDocument,
    "\n  query CommentatorsByNameQuery($place: String!) {\n    commentators(filter: { period: { month: \"2022-01\" }, place: $place }) { speaker { name } statements { quote evidence { sentence article { title } } } }\n  }\n": typeof types.CommentatorsByNameQueryDocument,
    "\n  subscription ArticleIngestedSubscription {\n    articleIngested { id title date }\n  }\n": typeof types.ArticleIngestedSubscriptionDocument,
    "\n  subscription StatementAddedSubscription($filter: StatementFilter) {\n    statementAdded(filter: $filter) { quote speaker { name } article { title } }\n  }\n": typeof types.StatementAddedSubscriptionDocument,
    "\n  mutation AddArticleForSubscribers($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { __typename }\n  }\n": typeof types.AddArticleForSubscribersDocument,
    "\n  fragment StatementView on Statement {\n    id\n    quote\n    date\n    direct\n    speaker { id name type }\n    evidence { start end text sentence article { id title date url source } }\n    about { __typename ... on Event { id label } ... on Entity { id name type } }\n  }\n": typeof types.StatementViewFragmentDoc,
    "\n  query ExploreSearch($query: String!) {\n    search(query: $query, first: 12) {\n      score\n      item {\n        __typename\n        ... on Entity { id name type }\n        ... on Statement { id quote speaker { id name } }\n        ... on Article { id title date }\n      }\n    }\n  }\n": typeof types.ExploreSearchDocument,
    "\n  query ExploreEntity($id: ID!, $timelineOf: String!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        type\n        aliases\n        mentions(first: 1) { totalCount }\n        events(first: 12) { totalCount edges { node { id label type start end } } }\n        coMentioned(first: 15) { edges { node { articles entity { id name type } } } }\n      }\n      ... on Person {\n        roles\n        statements(first: 25) { totalCount edges { node { ...StatementView } } }\n      }\n      ... on Institution {\n        statements(first: 25) { totalCount edges { node { ...StatementView } } }\n      }\n      ... on Place { country { id name } }\n    }\n    timeline(entity: $timelineOf) { month articles statements events }\n  }\n": typeof types.ExploreEntityDocument,
    "\n  query ExploreNeighbours($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        coMentioned(first: 10) { edges { node { articles entity { id name type } } } }\n        events(first: 6) { edges { node { id label type } } }\n      }\n      ... on Event {\n        participants { id name type }\n        places { id name type }\n      }\n    }\n  }\n": typeof types.ExploreNeighboursDocument,
    "\n  query ExploreArticle($id: ID!) {\n    node(id: $id) { __typename id ... on Article { title date url source text } }\n  }\n": typeof types.ExploreArticleDocument,
    "\n  query ExploreCommentators($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { id name type }\n      statements { ...StatementView }\n    }\n  }\n": typeof types.ExploreCommentatorsDocument,
    "\n  query ExplorePlaces {\n    entities(types: [Country, Place], first: 100) { edges { node { id name type } } }\n  }\n": typeof types.ExplorePlacesDocument,
    "\n  query ExplorePath($from: String!, $to: String!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      hops {\n        relation\n        from { ...PathNodeView }\n        to { ...PathNodeView }\n        evidence { start end text sentence article { id title date } }\n      }\n    }\n  }\n": typeof types.ExplorePathDocument,
    "\n  fragment PathNodeView on PathNode {\n    __typename\n    ... on Entity { id name type }\n    ... on Event { id label }\n    ... on Statement { id quote }\n    ... on Article { id title }\n  }\n": typeof types.PathNodeViewFragmentDoc,
    "\n  query ExploreTopEntities {\n    entities(first: 24) { totalCount edges { node { id name type mentions(first: 1) { totalCount } } } }\n  }\n": typeof types.ExploreTopEntitiesDocument,
};
const documents: Documents = {
    "\n  query WhoCommentedQuery($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { name type }\n      statements { quote date direct evidence { article { title date } } }\n    }\n  }\n": types.WhoCommentedQueryDocument,
    "\n  mutation AddArticleForEventLinks($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on Article { id }\n    }\n  }\n": types.AddArticleForEventLinksDocument,
    "\n  mutation RemoveArticleForEventLinks($id: ID!) {\n    deleteArticle(id: $id) { __typename }\n  }\n": types.RemoveArticleForEventLinksDocument,
    "\n  query EventLinks($filter: EventFilter) {\n    events(filter: $filter, first: 20) {\n      edges {\n        node {\n          type\n          placesWithEvidence { place { name } evidence { sentence } }\n          participantsWithEvidence { participant { name } role evidence { sentence } }\n          partOf { event { type } evidence { sentence article { title } } }\n          subEvents(first: 5) { totalCount edges { node { type } } }\n        }\n      }\n    }\n  }\n": types.EventLinksDocument,
    "\n  query SearchQuery($query: String!) {\n    search(query: $query, first: 10) {\n      score\n      item { __typename ... on Entity { name } ... on Statement { quote } ... on Article { title } }\n    }\n  }\n": types.SearchQueryDocument,
    "\n  query TimelineQuery($entity: String, $query: String) {\n    timeline(entity: $entity, query: $query) { month articles statements events }\n  }\n": types.TimelineQueryDocument,
    "\n  query PathQuery($from: String!, $to: String!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      nodes { __typename ... on Entity { name } }\n      hops { relation evidence { article { title } sentence } }\n    }\n  }\n": types.PathQueryDocument,
    "\n  query PositionsQuery($name: String) {\n    entities(first: 1, type: Person, name: $name) {\n      edges { node { __typename name ... on Person { positions { title holder { name } evidence { text } } } } }\n    }\n  }\n": types.PositionsQueryDocument,
    "\n  query ExplorerTestSpeakers {\n    commentators(filter: { period: { month: \"2022-01\" }, place: \"Kazakhstan\" }) { speaker { name aliases } }\n  }\n": types.ExplorerTestSpeakersDocument,
    "\n  query ArticlesQuery($first: Int, $after: String, $period: PeriodInput, $text: String) {\n    articles(first: $first, after: $after, period: $period, text: $text) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title date author } }\n    }\n  }\n": types.ArticlesQueryDocument,
    "\n  query ArticleNodeQuery($id: ID!) {\n    node(id: $id) { id ... on Article { title date text source } }\n  }\n": types.ArticleNodeQueryDocument,
    "\n  query StoredArticlesQuery {\n    articles(first: 50) {\n      totalCount\n      edges { node { title source author } }\n    }\n  }\n": types.StoredArticlesQueryDocument,
    "\n  query StatementListQuery($filter: StatementFilter, $orderBy: StatementOrder) {\n    statements(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { node { id date speaker { name } } }\n    }\n  }\n": types.StatementListQueryDocument,
    "\n  query StatementCountsQuery($filter: StatementFilter, $by: StatementGrouping!) {\n    statementCounts(filter: $filter, by: $by, first: 100) { key count speaker { id name type } }\n  }\n": types.StatementCountsQueryDocument,
    "\n  query EventListQuery($filter: EventFilter, $orderBy: EventOrder) {\n    events(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { type start } } }\n  }\n": types.EventListQueryDocument,
    "\n  query EventCountsQuery($filter: EventFilter, $by: EventGrouping!) {\n    eventCounts(filter: $filter, by: $by, first: 100) { key count }\n  }\n": types.EventCountsQueryDocument,
    "\n  query EntityListQuery($types: [EntityType!], $orderBy: EntityOrder) {\n    entities(first: 100, types: $types, orderBy: $orderBy) { totalCount edges { node { name type } } }\n  }\n": types.EntityListQueryDocument,
    "\n  query SpeakerPageQuery($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      ... on Person {\n        statements(first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n          edges { cursor node { id } }\n        }\n        counted: statements { totalCount }\n      }\n    }\n  }\n": types.SpeakerPageQueryDocument,
    "\n  mutation IngestArticleMutation($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on Article { id title date source }\n      ... on InvalidInputError { message field }\n    }\n  }\n": types.IngestArticleMutationDocument,
    "\n  mutation DeleteArticleMutation($id: ID!) {\n    deleteArticle(id: $id) {\n      __typename\n      ... on DeletedArticle { articleId statements events entities }\n      ... on NotFoundError { message }\n      ... on InvalidInputError { message field }\n    }\n  }\n": types.DeleteArticleMutationDocument,
    "\n  query ArticleCountQuery {\n    articles(first: 1) { totalCount }\n  }\n": types.ArticleCountQueryDocument,
    "\n  query WhoSaidQuery($filter: StatementFilter) {\n    statements(first: 1, filter: $filter) {\n      edges { node { quote speaker { name aliases } } }\n    }\n  }\n": types.WhoSaidQueryDocument,
    "\n  query CommentatorsQuery($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { id name aliases }\n      statements { quote evidence { sentence article { title } } }\n    }\n  }\n": types.CommentatorsQueryDocument,
    "\n  query EventPlacesQuery($filter: EventFilter) {\n    events(first: 100, filter: $filter) {\n      totalCount\n      edges { node { type start places { __typename name aliases } participants { __typename name aliases } } }\n    }\n  }\n": types.EventPlacesQueryDocument,
    "\n  query SpeakerStatementsQuery($filter: StatementFilter) {\n    statements(first: 100, filter: $filter) {\n      totalCount\n      edges { node { quote date direct speaker { name } evidence { article { title } } } }\n    }\n  }\n": types.SpeakerStatementsQueryDocument,
    "\n  query DeepEntitiesQuery($first: Int!) {\n    entities(first: $first) {\n      edges {\n        node {\n          name\n          mentions(first: 2) { totalCount edges { node { article { title } evidence { sentence } } } }\n          events(first: 2) { edges { node { label places { name } partOf { event { label } } participantsWithEvidence { participant { name } } statements(first: 2) { edges { node { quote speaker { name } about { __typename } } } } } } }\n          coMentioned(first: 2) { edges { node { articles entity { name } } } }\n        }\n      }\n    }\n  }\n": types.DeepEntitiesQueryDocument,
    "\n  query EventsOfMonthQuery {\n    events(first: 20, filter: { period: { month: \"2022-01\" } }) {\n      edges { node { id label start places { name } participants { name } reports { article { title } } } }\n    }\n  }\n": types.EventsOfMonthQueryDocument,
    "\n  query EventsByIdQuery($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Event { id label start places { name } participants { name } reports { article { title } } } }\n  }\n": types.EventsByIdQueryDocument,
    "\n  query EventsWithFragmentQuery {\n    events(first: 20) { edges { ...EventWhereWho } }\n  }\n  fragment EventWhereWho on EventEdge { node { ... on Event { placesWithEvidence { place { name } } participantsWithEvidence { participant { name } } } } }\n": types.EventsWithFragmentQueryDocument,
    "\n  query SpeakersQuery {\n    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {\n      edges { node { id ...SpeakerCard } }\n    }\n  }\n  fragment SpeakerCard on Entity {\n    name\n    ... on Person { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }\n    ... on Institution { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }\n    events(first: 2) { totalCount edges { node { label start } } }\n  }\n": types.SpeakersQueryDocument,
    "\n  query SpeakerStatementCountsQuery {\n    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {\n      edges { node { id name ... on Person { statements { totalCount } } ... on Institution { statements { totalCount } } } }\n    }\n  }\n": types.SpeakerStatementCountsQueryDocument,
    "\n  query SpeakersOfStatementsQuery {\n    statements(first: 40) { edges { node { speaker { id ...SpeakerCard } } } }\n  }\n": types.SpeakersOfStatementsQueryDocument,
    "\n  query SpeakerCardsByIdQuery($ids: [ID!]!) {\n    nodes(ids: $ids) { ...SpeakerCard }\n  }\n": types.SpeakerCardsByIdQueryDocument,
    "\n  query PersonPagesQuery($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        few: statements(first: 1) { pageInfo { hasNextPage } edges { node { quote } } }\n        more: statements(first: 4) { edges { node { quote } } }\n        events { totalCount }\n      }\n    }\n  }\n": types.PersonPagesQueryDocument,
    "\n  query SpeakerCountsQuery($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Person { statements { totalCount } events { totalCount } }\n      ... on Institution { statements { totalCount } events { totalCount } }\n    }\n  }\n": types.SpeakerCountsQueryDocument,
    "\n  query CommentatorsByNameQuery($place: String!) {\n    commentators(filter: { period: { month: \"2022-01\" }, place: $place }) { speaker { name } statements { quote evidence { sentence article { title } } } }\n  }\n": types.CommentatorsByNameQueryDocument,
    "\n  subscription ArticleIngestedSubscription {\n    articleIngested { id title date }\n  }\n": types.ArticleIngestedSubscriptionDocument,
    "\n  subscription StatementAddedSubscription($filter: StatementFilter) {\n    statementAdded(filter: $filter) { quote speaker { name } article { title } }\n  }\n": types.StatementAddedSubscriptionDocument,
    "\n  mutation AddArticleForSubscribers($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { __typename }\n  }\n": types.AddArticleForSubscribersDocument,
    "\n  fragment StatementView on Statement {\n    id\n    quote\n    date\n    direct\n    speaker { id name type }\n    evidence { start end text sentence article { id title date url source } }\n    about { __typename ... on Event { id label } ... on Entity { id name type } }\n  }\n": types.StatementViewFragmentDoc,
    "\n  query ExploreSearch($query: String!) {\n    search(query: $query, first: 12) {\n      score\n      item {\n        __typename\n        ... on Entity { id name type }\n        ... on Statement { id quote speaker { id name } }\n        ... on Article { id title date }\n      }\n    }\n  }\n": types.ExploreSearchDocument,
    "\n  query ExploreEntity($id: ID!, $timelineOf: String!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        type\n        aliases\n        mentions(first: 1) { totalCount }\n        events(first: 12) { totalCount edges { node { id label type start end } } }\n        coMentioned(first: 15) { edges { node { articles entity { id name type } } } }\n      }\n      ... on Person {\n        roles\n        statements(first: 25) { totalCount edges { node { ...StatementView } } }\n      }\n      ... on Institution {\n        statements(first: 25) { totalCount edges { node { ...StatementView } } }\n      }\n      ... on Place { country { id name } }\n    }\n    timeline(entity: $timelineOf) { month articles statements events }\n  }\n": types.ExploreEntityDocument,
    "\n  query ExploreNeighbours($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        coMentioned(first: 10) { edges { node { articles entity { id name type } } } }\n        events(first: 6) { edges { node { id label type } } }\n      }\n      ... on Event {\n        participants { id name type }\n        places { id name type }\n      }\n    }\n  }\n": types.ExploreNeighboursDocument,
    "\n  query ExploreArticle($id: ID!) {\n    node(id: $id) { __typename id ... on Article { title date url source text } }\n  }\n": types.ExploreArticleDocument,
    "\n  query ExploreCommentators($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { id name type }\n      statements { ...StatementView }\n    }\n  }\n": types.ExploreCommentatorsDocument,
    "\n  query ExplorePlaces {\n    entities(types: [Country, Place], first: 100) { edges { node { id name type } } }\n  }\n": types.ExplorePlacesDocument,
    "\n  query ExplorePath($from: String!, $to: String!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      hops {\n        relation\n        from { ...PathNodeView }\n        to { ...PathNodeView }\n        evidence { start end text sentence article { id title date } }\n      }\n    }\n  }\n": types.ExplorePathDocument,
    "\n  fragment PathNodeView on PathNode {\n    __typename\n    ... on Entity { id name type }\n    ... on Event { id label }\n    ... on Statement { id quote }\n    ... on Article { id title }\n  }\n": types.PathNodeViewFragmentDoc,
    "\n  query ExploreTopEntities {\n    entities(first: 24) { totalCount edges { node { id name type mentions(first: 1) { totalCount } } } }\n  }\n": types.ExploreTopEntitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoCommentedQuery($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { name type }\n      statements { quote date direct evidence { article { title date } } }\n    }\n  }\n"): (typeof documents)["\n  query WhoCommentedQuery($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { name type }\n      statements { quote date direct evidence { article { title date } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddArticleForEventLinks($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on Article { id }\n    }\n  }\n"): (typeof documents)["\n  mutation AddArticleForEventLinks($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on Article { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveArticleForEventLinks($id: ID!) {\n    deleteArticle(id: $id) { __typename }\n  }\n"): (typeof documents)["\n  mutation RemoveArticleForEventLinks($id: ID!) {\n    deleteArticle(id: $id) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventLinks($filter: EventFilter) {\n    events(filter: $filter, first: 20) {\n      edges {\n        node {\n          type\n          placesWithEvidence { place { name } evidence { sentence } }\n          participantsWithEvidence { participant { name } role evidence { sentence } }\n          partOf { event { type } evidence { sentence article { title } } }\n          subEvents(first: 5) { totalCount edges { node { type } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventLinks($filter: EventFilter) {\n    events(filter: $filter, first: 20) {\n      edges {\n        node {\n          type\n          placesWithEvidence { place { name } evidence { sentence } }\n          participantsWithEvidence { participant { name } role evidence { sentence } }\n          partOf { event { type } evidence { sentence article { title } } }\n          subEvents(first: 5) { totalCount edges { node { type } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchQuery($query: String!) {\n    search(query: $query, first: 10) {\n      score\n      item { __typename ... on Entity { name } ... on Statement { quote } ... on Article { title } }\n    }\n  }\n"): (typeof documents)["\n  query SearchQuery($query: String!) {\n    search(query: $query, first: 10) {\n      score\n      item { __typename ... on Entity { name } ... on Statement { quote } ... on Article { title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineQuery($entity: String, $query: String) {\n    timeline(entity: $entity, query: $query) { month articles statements events }\n  }\n"): (typeof documents)["\n  query TimelineQuery($entity: String, $query: String) {\n    timeline(entity: $entity, query: $query) { month articles statements events }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathQuery($from: String!, $to: String!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      nodes { __typename ... on Entity { name } }\n      hops { relation evidence { article { title } sentence } }\n    }\n  }\n"): (typeof documents)["\n  query PathQuery($from: String!, $to: String!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      nodes { __typename ... on Entity { name } }\n      hops { relation evidence { article { title } sentence } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsQuery($name: String) {\n    entities(first: 1, type: Person, name: $name) {\n      edges { node { __typename name ... on Person { positions { title holder { name } evidence { text } } } } }\n    }\n  }\n"): (typeof documents)["\n  query PositionsQuery($name: String) {\n    entities(first: 1, type: Person, name: $name) {\n      edges { node { __typename name ... on Person { positions { title holder { name } evidence { text } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTestSpeakers {\n    commentators(filter: { period: { month: \"2022-01\" }, place: \"Kazakhstan\" }) { speaker { name aliases } }\n  }\n"): (typeof documents)["\n  query ExplorerTestSpeakers {\n    commentators(filter: { period: { month: \"2022-01\" }, place: \"Kazakhstan\" }) { speaker { name aliases } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlesQuery($first: Int, $after: String, $period: PeriodInput, $text: String) {\n    articles(first: $first, after: $after, period: $period, text: $text) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title date author } }\n    }\n  }\n"): (typeof documents)["\n  query ArticlesQuery($first: Int, $after: String, $period: PeriodInput, $text: String) {\n    articles(first: $first, after: $after, period: $period, text: $text) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id title date author } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleNodeQuery($id: ID!) {\n    node(id: $id) { id ... on Article { title date text source } }\n  }\n"): (typeof documents)["\n  query ArticleNodeQuery($id: ID!) {\n    node(id: $id) { id ... on Article { title date text source } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoredArticlesQuery {\n    articles(first: 50) {\n      totalCount\n      edges { node { title source author } }\n    }\n  }\n"): (typeof documents)["\n  query StoredArticlesQuery {\n    articles(first: 50) {\n      totalCount\n      edges { node { title source author } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementListQuery($filter: StatementFilter, $orderBy: StatementOrder) {\n    statements(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { node { id date speaker { name } } }\n    }\n  }\n"): (typeof documents)["\n  query StatementListQuery($filter: StatementFilter, $orderBy: StatementOrder) {\n    statements(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { node { id date speaker { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementCountsQuery($filter: StatementFilter, $by: StatementGrouping!) {\n    statementCounts(filter: $filter, by: $by, first: 100) { key count speaker { id name type } }\n  }\n"): (typeof documents)["\n  query StatementCountsQuery($filter: StatementFilter, $by: StatementGrouping!) {\n    statementCounts(filter: $filter, by: $by, first: 100) { key count speaker { id name type } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventListQuery($filter: EventFilter, $orderBy: EventOrder) {\n    events(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { type start } } }\n  }\n"): (typeof documents)["\n  query EventListQuery($filter: EventFilter, $orderBy: EventOrder) {\n    events(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { type start } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventCountsQuery($filter: EventFilter, $by: EventGrouping!) {\n    eventCounts(filter: $filter, by: $by, first: 100) { key count }\n  }\n"): (typeof documents)["\n  query EventCountsQuery($filter: EventFilter, $by: EventGrouping!) {\n    eventCounts(filter: $filter, by: $by, first: 100) { key count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityListQuery($types: [EntityType!], $orderBy: EntityOrder) {\n    entities(first: 100, types: $types, orderBy: $orderBy) { totalCount edges { node { name type } } }\n  }\n"): (typeof documents)["\n  query EntityListQuery($types: [EntityType!], $orderBy: EntityOrder) {\n    entities(first: 100, types: $types, orderBy: $orderBy) { totalCount edges { node { name type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerPageQuery($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      ... on Person {\n        statements(first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n          edges { cursor node { id } }\n        }\n        counted: statements { totalCount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpeakerPageQuery($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      ... on Person {\n        statements(first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n          edges { cursor node { id } }\n        }\n        counted: statements { totalCount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestArticleMutation($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on Article { id title date source }\n      ... on InvalidInputError { message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestArticleMutation($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on Article { id title date source }\n      ... on InvalidInputError { message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticleMutation($id: ID!) {\n    deleteArticle(id: $id) {\n      __typename\n      ... on DeletedArticle { articleId statements events entities }\n      ... on NotFoundError { message }\n      ... on InvalidInputError { message field }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteArticleMutation($id: ID!) {\n    deleteArticle(id: $id) {\n      __typename\n      ... on DeletedArticle { articleId statements events entities }\n      ... on NotFoundError { message }\n      ... on InvalidInputError { message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleCountQuery {\n    articles(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query ArticleCountQuery {\n    articles(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoSaidQuery($filter: StatementFilter) {\n    statements(first: 1, filter: $filter) {\n      edges { node { quote speaker { name aliases } } }\n    }\n  }\n"): (typeof documents)["\n  query WhoSaidQuery($filter: StatementFilter) {\n    statements(first: 1, filter: $filter) {\n      edges { node { quote speaker { name aliases } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentatorsQuery($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { id name aliases }\n      statements { quote evidence { sentence article { title } } }\n    }\n  }\n"): (typeof documents)["\n  query CommentatorsQuery($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { id name aliases }\n      statements { quote evidence { sentence article { title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPlacesQuery($filter: EventFilter) {\n    events(first: 100, filter: $filter) {\n      totalCount\n      edges { node { type start places { __typename name aliases } participants { __typename name aliases } } }\n    }\n  }\n"): (typeof documents)["\n  query EventPlacesQuery($filter: EventFilter) {\n    events(first: 100, filter: $filter) {\n      totalCount\n      edges { node { type start places { __typename name aliases } participants { __typename name aliases } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerStatementsQuery($filter: StatementFilter) {\n    statements(first: 100, filter: $filter) {\n      totalCount\n      edges { node { quote date direct speaker { name } evidence { article { title } } } }\n    }\n  }\n"): (typeof documents)["\n  query SpeakerStatementsQuery($filter: StatementFilter) {\n    statements(first: 100, filter: $filter) {\n      totalCount\n      edges { node { quote date direct speaker { name } evidence { article { title } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepEntitiesQuery($first: Int!) {\n    entities(first: $first) {\n      edges {\n        node {\n          name\n          mentions(first: 2) { totalCount edges { node { article { title } evidence { sentence } } } }\n          events(first: 2) { edges { node { label places { name } partOf { event { label } } participantsWithEvidence { participant { name } } statements(first: 2) { edges { node { quote speaker { name } about { __typename } } } } } } }\n          coMentioned(first: 2) { edges { node { articles entity { name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeepEntitiesQuery($first: Int!) {\n    entities(first: $first) {\n      edges {\n        node {\n          name\n          mentions(first: 2) { totalCount edges { node { article { title } evidence { sentence } } } }\n          events(first: 2) { edges { node { label places { name } partOf { event { label } } participantsWithEvidence { participant { name } } statements(first: 2) { edges { node { quote speaker { name } about { __typename } } } } } } }\n          coMentioned(first: 2) { edges { node { articles entity { name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsOfMonthQuery {\n    events(first: 20, filter: { period: { month: \"2022-01\" } }) {\n      edges { node { id label start places { name } participants { name } reports { article { title } } } }\n    }\n  }\n"): (typeof documents)["\n  query EventsOfMonthQuery {\n    events(first: 20, filter: { period: { month: \"2022-01\" } }) {\n      edges { node { id label start places { name } participants { name } reports { article { title } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsByIdQuery($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Event { id label start places { name } participants { name } reports { article { title } } } }\n  }\n"): (typeof documents)["\n  query EventsByIdQuery($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Event { id label start places { name } participants { name } reports { article { title } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsWithFragmentQuery {\n    events(first: 20) { edges { ...EventWhereWho } }\n  }\n  fragment EventWhereWho on EventEdge { node { ... on Event { placesWithEvidence { place { name } } participantsWithEvidence { participant { name } } } } }\n"): (typeof documents)["\n  query EventsWithFragmentQuery {\n    events(first: 20) { edges { ...EventWhereWho } }\n  }\n  fragment EventWhereWho on EventEdge { node { ... on Event { placesWithEvidence { place { name } } participantsWithEvidence { participant { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakersQuery {\n    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {\n      edges { node { id ...SpeakerCard } }\n    }\n  }\n  fragment SpeakerCard on Entity {\n    name\n    ... on Person { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }\n    ... on Institution { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }\n    events(first: 2) { totalCount edges { node { label start } } }\n  }\n"): (typeof documents)["\n  query SpeakersQuery {\n    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {\n      edges { node { id ...SpeakerCard } }\n    }\n  }\n  fragment SpeakerCard on Entity {\n    name\n    ... on Person { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }\n    ... on Institution { statements(first: 3) { totalCount pageInfo { hasNextPage } edges { node { quote date } } } }\n    events(first: 2) { totalCount edges { node { label start } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerStatementCountsQuery {\n    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {\n      edges { node { id name ... on Person { statements { totalCount } } ... on Institution { statements { totalCount } } } }\n    }\n  }\n"): (typeof documents)["\n  query SpeakerStatementCountsQuery {\n    entities(first: 50, types: [Person, Institution], orderBy: STATEMENTS_DESC) {\n      edges { node { id name ... on Person { statements { totalCount } } ... on Institution { statements { totalCount } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakersOfStatementsQuery {\n    statements(first: 40) { edges { node { speaker { id ...SpeakerCard } } } }\n  }\n"): (typeof documents)["\n  query SpeakersOfStatementsQuery {\n    statements(first: 40) { edges { node { speaker { id ...SpeakerCard } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerCardsByIdQuery($ids: [ID!]!) {\n    nodes(ids: $ids) { ...SpeakerCard }\n  }\n"): (typeof documents)["\n  query SpeakerCardsByIdQuery($ids: [ID!]!) {\n    nodes(ids: $ids) { ...SpeakerCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPagesQuery($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        few: statements(first: 1) { pageInfo { hasNextPage } edges { node { quote } } }\n        more: statements(first: 4) { edges { node { quote } } }\n        events { totalCount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPagesQuery($id: ID!) {\n    node(id: $id) {\n      ... on Person {\n        few: statements(first: 1) { pageInfo { hasNextPage } edges { node { quote } } }\n        more: statements(first: 4) { edges { node { quote } } }\n        events { totalCount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerCountsQuery($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Person { statements { totalCount } events { totalCount } }\n      ... on Institution { statements { totalCount } events { totalCount } }\n    }\n  }\n"): (typeof documents)["\n  query SpeakerCountsQuery($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Person { statements { totalCount } events { totalCount } }\n      ... on Institution { statements { totalCount } events { totalCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentatorsByNameQuery($place: String!) {\n    commentators(filter: { period: { month: \"2022-01\" }, place: $place }) { speaker { name } statements { quote evidence { sentence article { title } } } }\n  }\n"): (typeof documents)["\n  query CommentatorsByNameQuery($place: String!) {\n    commentators(filter: { period: { month: \"2022-01\" }, place: $place }) { speaker { name } statements { quote evidence { sentence article { title } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ArticleIngestedSubscription {\n    articleIngested { id title date }\n  }\n"): (typeof documents)["\n  subscription ArticleIngestedSubscription {\n    articleIngested { id title date }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatementAddedSubscription($filter: StatementFilter) {\n    statementAdded(filter: $filter) { quote speaker { name } article { title } }\n  }\n"): (typeof documents)["\n  subscription StatementAddedSubscription($filter: StatementFilter) {\n    statementAdded(filter: $filter) { quote speaker { name } article { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddArticleForSubscribers($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation AddArticleForSubscribers($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementView on Statement {\n    id\n    quote\n    date\n    direct\n    speaker { id name type }\n    evidence { start end text sentence article { id title date url source } }\n    about { __typename ... on Event { id label } ... on Entity { id name type } }\n  }\n"): (typeof documents)["\n  fragment StatementView on Statement {\n    id\n    quote\n    date\n    direct\n    speaker { id name type }\n    evidence { start end text sentence article { id title date url source } }\n    about { __typename ... on Event { id label } ... on Entity { id name type } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreSearch($query: String!) {\n    search(query: $query, first: 12) {\n      score\n      item {\n        __typename\n        ... on Entity { id name type }\n        ... on Statement { id quote speaker { id name } }\n        ... on Article { id title date }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExploreSearch($query: String!) {\n    search(query: $query, first: 12) {\n      score\n      item {\n        __typename\n        ... on Entity { id name type }\n        ... on Statement { id quote speaker { id name } }\n        ... on Article { id title date }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreEntity($id: ID!, $timelineOf: String!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        type\n        aliases\n        mentions(first: 1) { totalCount }\n        events(first: 12) { totalCount edges { node { id label type start end } } }\n        coMentioned(first: 15) { edges { node { articles entity { id name type } } } }\n      }\n      ... on Person {\n        roles\n        statements(first: 25) { totalCount edges { node { ...StatementView } } }\n      }\n      ... on Institution {\n        statements(first: 25) { totalCount edges { node { ...StatementView } } }\n      }\n      ... on Place { country { id name } }\n    }\n    timeline(entity: $timelineOf) { month articles statements events }\n  }\n"): (typeof documents)["\n  query ExploreEntity($id: ID!, $timelineOf: String!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        type\n        aliases\n        mentions(first: 1) { totalCount }\n        events(first: 12) { totalCount edges { node { id label type start end } } }\n        coMentioned(first: 15) { edges { node { articles entity { id name type } } } }\n      }\n      ... on Person {\n        roles\n        statements(first: 25) { totalCount edges { node { ...StatementView } } }\n      }\n      ... on Institution {\n        statements(first: 25) { totalCount edges { node { ...StatementView } } }\n      }\n      ... on Place { country { id name } }\n    }\n    timeline(entity: $timelineOf) { month articles statements events }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNeighbours($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        coMentioned(first: 10) { edges { node { articles entity { id name type } } } }\n        events(first: 6) { edges { node { id label type } } }\n      }\n      ... on Event {\n        participants { id name type }\n        places { id name type }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExploreNeighbours($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        coMentioned(first: 10) { edges { node { articles entity { id name type } } } }\n        events(first: 6) { edges { node { id label type } } }\n      }\n      ... on Event {\n        participants { id name type }\n        places { id name type }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreArticle($id: ID!) {\n    node(id: $id) { __typename id ... on Article { title date url source text } }\n  }\n"): (typeof documents)["\n  query ExploreArticle($id: ID!) {\n    node(id: $id) { __typename id ... on Article { title date url source text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreCommentators($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { id name type }\n      statements { ...StatementView }\n    }\n  }\n"): (typeof documents)["\n  query ExploreCommentators($filter: EventFilter!) {\n    commentators(filter: $filter) {\n      speaker { id name type }\n      statements { ...StatementView }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorePlaces {\n    entities(types: [Country, Place], first: 100) { edges { node { id name type } } }\n  }\n"): (typeof documents)["\n  query ExplorePlaces {\n    entities(types: [Country, Place], first: 100) { edges { node { id name type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorePath($from: String!, $to: String!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      hops {\n        relation\n        from { ...PathNodeView }\n        to { ...PathNodeView }\n        evidence { start end text sentence article { id title date } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorePath($from: String!, $to: String!, $maxHops: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      hops {\n        relation\n        from { ...PathNodeView }\n        to { ...PathNodeView }\n        evidence { start end text sentence article { id title date } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathNodeView on PathNode {\n    __typename\n    ... on Entity { id name type }\n    ... on Event { id label }\n    ... on Statement { id quote }\n    ... on Article { id title }\n  }\n"): (typeof documents)["\n  fragment PathNodeView on PathNode {\n    __typename\n    ... on Entity { id name type }\n    ... on Event { id label }\n    ... on Statement { id quote }\n    ... on Article { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreTopEntities {\n    entities(first: 24) { totalCount edges { node { id name type mentions(first: 1) { totalCount } } } }\n  }\n"): (typeof documents)["\n  query ExploreTopEntities {\n    entities(first: 24) { totalCount edges { node { id name type mentions(first: 1) { totalCount } } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;