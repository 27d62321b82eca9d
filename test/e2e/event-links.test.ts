// An event's places, participants and larger event, each with the sentences that support them, over HTTP.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { execute, withKey } from '../support/http';
import { useSeedServer } from '../support/seed-server';

const AddArticle = graphql(`
  mutation AddArticleForEventLinks($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on Article { id }
    }
  }
`);

const RemoveArticle = graphql(`
  mutation RemoveArticleForEventLinks($id: ID!) {
    deleteArticle(id: $id) { __typename }
  }
`);

const EventLinks = graphql(`
  query EventLinks($filter: EventFilter) {
    events(filter: $filter, first: 20) {
      edges {
        node {
          type
          placesWithEvidence { place { name } evidence { sentence } }
          participantsWithEvidence { participant { name } role evidence { sentence } }
          partOf { event { type } evidence { sentence article { title } } }
          subEvents(first: 5) { totalCount edges { node { type } } }
        }
      }
    }
  }
`);

const ARTICLE = {
  title: 'Dozens held in Porto',
  text: 'Lisbon 12.03.2023 Police arrested the activist Ana Costa and 40 other people in Porto on March 10 during the protests against rent increases. She was released on Sunday.',
};

describe('event links with evidence (real Neo4j, HTTP)', () => {
  const seed = useSeedServer();

  it('answers where, who and what larger event, each with the sentence that says so; deleting the article removes them', async () => {
    const added = await execute(seed.server.url, AddArticle, { input: ARTICLE }, withKey());
    expect(added.data?.ingestArticle.__typename).toBe('Article');
    const filter = { period: { month: '2023-03' }, place: 'Porto' };
    const answer = await execute(seed.server.url, EventLinks, { filter });
    expect(answer.errors).toBeUndefined();
    const events = answer.data!.events.edges.map((edge) => edge.node);
    const arrest = events.find((event) => event.type === 'arrest');
    const protest = events.find((event) => event.type === 'protest');
    // The sentence the links sit in (its text may start with the dateline, which shares the first sentence).
    const sentence = expect.stringMatching(/Police arrested the activist Ana Costa and 40 other people in Porto on March 10 during the protests against rent increases\.$/);

    expect(arrest?.partOf).toEqual({ event: { type: 'protest' }, evidence: [{ sentence, article: { title: ARTICLE.title } }] });
    expect(protest?.partOf).toBeNull();
    expect(protest?.subEvents).toEqual({ totalCount: 1, edges: [{ node: { type: 'arrest' } }] });
    expect(arrest?.placesWithEvidence).toContainEqual({ place: { name: 'Porto' }, evidence: [{ sentence }] });
    expect(arrest?.participantsWithEvidence).toEqual([{ participant: { name: 'Ana Costa' }, role: 'participant', evidence: [{ sentence }] }]);

    const id = (added.data!.ingestArticle as { id: string }).id;
    await execute(seed.server.url, RemoveArticle, { id }, withKey());
    const after = await execute(seed.server.url, EventLinks, { filter });
    // Porto came with this article only, so it went with it: the filter now names nothing.
    expect(after.errors?.[0]?.message).toMatch(/No country or place is known by the name "Porto"/);
    const [links] = await seed.graph.read<{ n: number }>('MATCH ()-[r:PART_OF]->() RETURN count(r) AS n');
    expect(links?.n).toBe(0);
  });
});
