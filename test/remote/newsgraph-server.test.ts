// What `ingest --server` sends: to which endpoint, operations the schema accepts, and articles under the ids the
// server will give them (so that asking which are stored asks about the right ones).
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphqlEndpointOf, OPERATIONS, submissionOf } from '../../src/remote/newsgraph-server';
import { articleFromInput } from '../../src/schema/article-mutations';
import { schema } from '../../src/schema';
import type { SourceArticle } from '../../src/sources/article';

const article = (over: Partial<SourceArticle>): SourceArticle => ({
  id: 'read-id',
  title: 'Council meets',
  date: '2024-03-01',
  author: null,
  datelinePlace: null,
  source: 'news/council.txt',
  url: null,
  text: 'Oslo 01.03.2024 The council met on Friday.',
  ...over,
});

describe('the newsgraph server as ingest --server sees it', () => {
  it.each([
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/graphql'],
    ['http://127.0.0.1:4000/', 'http://127.0.0.1:4000/graphql'],
    ['http://127.0.0.1:4000/graphql', 'http://127.0.0.1:4000/graphql'],
    ['http://127.0.0.1:4000/graphql/', 'http://127.0.0.1:4000/graphql'],
    ['https://news.example.org/api', 'https://news.example.org/api/graphql'],
    ['https://news.example.org/api/graphql?x=1#top', 'https://news.example.org/api/graphql?x=1'],
  ])('sends what is given as %s to %s', (address, endpoint) => expect(graphqlEndpointOf(address)).toBe(endpoint));

  it.each([
    ['localhost:4000', /not an http\(s\) address/],
    ['127.0.0.1:4000', /not an address/],
    ['ftp://example.org', /not an http\(s\) address/],
    ['http://user:secret@example.org', /must not hold a user or password/],
  ])('refuses %s with a message', (address, message) => expect(() => graphqlEndpointOf(address)).toThrow(message));

  it('sends only operations the schema accepts', () => {
    for (const operation of OPERATIONS) expect(validate(schema, parse(operation)), operation).toEqual([]);
  });

  it.each([
    ['plain', article({})],
    ['a title over lines and spaces', article({ title: ' Council\n  meets\tagain ' })],
    ['Windows line ends and spaces around the text', article({ text: '  Oslo 01.03.2024 The council met.\r\n\r\nIt agreed.\r\n' })],
  ])('knows the id the server will give an article (%s)', (_name, read) => {
    const { id, input } = submissionOf(read);
    expect(id).toBe(articleFromInput(input).id);
  });

  it('sends the author and where the article was read from, within the mutation’s limits', () => {
    expect(submissionOf(article({ author: 'Marta Okonkwo', source: 'feeds/world.xml' })).input).toMatchObject({ author: 'Marta Okonkwo', source: 'feeds/world.xml' });
    const deep = `${'folder/'.repeat(100)}story.txt`;
    expect(submissionOf(article({ author: 'x'.repeat(201), source: deep })).input).toMatchObject({ author: null, source: deep.slice(-500) });
    expect(submissionOf(article({ source: deep })).input.source).toMatch(/story\.txt$/);
    // The server keeps what it is sent, and refuses what is past its limits.
    expect(articleFromInput(submissionOf(article({ author: 'Marta Okonkwo', source: 'feeds/world.xml' })).input)).toMatchObject({ author: 'Marta Okonkwo', source: 'feeds/world.xml' });
    expect(() => articleFromInput({ ...submissionOf(article({})).input, author: 'x'.repeat(201) })).toThrow(/author has 201 characters/);
  });

  it('leaves out a link that is no http(s) address, not the article', () => {
    expect(submissionOf(article({ url: 'www.example.org/story' })).input.url).toBeNull();
    expect(submissionOf(article({ url: 'https://example.org/story' })).input).toMatchObject({ url: 'https://example.org/story', date: '2024-03-01' });
  });
});
