// Who may read and write, and what other web pages may do: real HTTP against a server on the real Neo4j.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, TEST_WRITE_KEY, withKey } from '../support/http';
import { useServers } from '../support/servers';

const READ_KEY = 'test-read-key-8a61c02f55';
const ARTICLE = { title: 'Council meets', text: 'The city council met on Monday. “We agreed,” the mayor, Ida Brenner, said.' };
const INGEST = { query: 'mutation Add($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on Article { id } } }', variables: { input: ARTICLE } };
const COUNT = { query: '{ articles(first: 1) { totalCount } }' };

describe('access to the API', () => {
  const { serve, articles } = useServers();

  describe('writes', () => {
    let url: string;
    beforeAll(async () => {
      url = await serve({ access: { writeKeys: [TEST_WRITE_KEY], readKeys: [] } });
    });

    it('need a write key: without one, or with a wrong one, nothing changes', async () => {
      const before = await articles();
      const anonymous = await postGraphQL(url, INGEST);
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await postGraphQL(url, INGEST, withKey('not-the-key-but-long-enough'));
      expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(wrong.errors?.[0]?.message).toMatch(/not one this server knows/);
      const malformed = await postGraphQL(url, INGEST, { headers: { authorization: TEST_WRITE_KEY } });
      expect(malformed.errors?.[0]?.message).toMatch(/Bearer/);
      expect(await articles()).toBe(before);
    });

    it('go through with the key, and reads stay open', async () => {
      const before = await articles();
      const done = await postGraphQL<{ ingestArticle: { __typename: string } }>(url, INGEST, withKey());
      expect(done.errors).toBeUndefined();
      expect(done.data?.ingestArticle.__typename).toBe('Article');
      expect(await articles()).toBe(before + 1);
      const read = await postGraphQL<{ articles: { totalCount: number } }>(url, COUNT);
      expect(read.data?.articles.totalCount).toBe(before + 1);
    });

    it('are off when no key is configured', async () => {
      const closed = await serve({});
      const refused = await postGraphQL(closed, INGEST, withKey());
      expect(refused.status).toBe(403);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(refused.errors?.[0]?.message).toMatch(/NEWSGRAPH_WRITE_KEYS/);
    });
  });

  describe('reads, when read keys are set', () => {
    let url: string;
    beforeAll(async () => {
      // The response cache on: an answer given to a key holder must not be handed to anyone else.
      url = await serve({ access: { writeKeys: [TEST_WRITE_KEY], readKeys: [READ_KEY] }, cacheTtlMs: 60_000 });
    });

    it('need a read or a write key, also for an answer already cached', async () => {
      const withRead = await postGraphQL<{ articles: { totalCount: number } }>(url, COUNT, withKey(READ_KEY));
      expect(withRead.data?.articles.totalCount).toBeGreaterThanOrEqual(0);
      const withWrite = await postGraphQL<{ articles: { totalCount: number } }>(url, COUNT, withKey());
      expect(withWrite.data).toEqual(withRead.data);
      const anonymous = await postGraphQL(url, COUNT);
      expect(anonymous.status).toBe(401);
      expect(anonymous.data ?? null).toBeNull();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('a read key does not write', async () => {
      const refused = await postGraphQL(url, INGEST, withKey(READ_KEY));
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
  });

  describe('tokens of an identity provider', () => {
    let jwks: Server;
    let url: string;
    let sign: (claims: Record<string, unknown>, issuer?: string) => Promise<string>;
    beforeAll(async () => {
      const { publicKey, privateKey } = await generateKeyPair('RS256');
      const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
      jwks = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
      const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
      sign = (claims, issuer = 'https://id.example.test') =>
        new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).setIssuer(issuer).setAudience('newsgraph').setIssuedAt().setExpirationTime('5m').sign(privateKey);
      url = await serve({ access: { writeKeys: [], readKeys: [READ_KEY], jwt: { jwksUrl, issuer: 'https://id.example.test', audience: 'newsgraph', writeScope: 'newsgraph:write' } } });
    });
    afterAll(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

    it('read when valid, write only with the write scope', async () => {
      const reader = await sign({ sub: 'analyst', scope: 'openid profile' });
      expect((await postGraphQL(url, COUNT, withKey(reader))).errors).toBeUndefined();
      expect((await postGraphQL(url, INGEST, withKey(reader))).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      const writer = await sign({ sub: 'pipeline', scope: 'openid newsgraph:write' });
      const done = await postGraphQL<{ ingestArticle: { __typename: string } }>(url, INGEST, withKey(writer));
      expect(done.errors).toBeUndefined();
      expect(done.data?.ingestArticle.__typename).toBe('Article');
    });

    it('are refused from another issuer', async () => {
      const stranger = await sign({ sub: 'x', scope: 'newsgraph:write' }, 'https://elsewhere.example.test');
      const refused = await postGraphQL(url, COUNT, withKey(stranger));
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.message).toMatch(/token was not accepted/);
    });
  });

  describe('other web pages', () => {
    let url: string;
    beforeAll(async () => {
      url = await serve({ access: { writeKeys: [TEST_WRITE_KEY], readKeys: [] }, corsOrigins: ['https://app.example.test'] });
    });
    const post = (headers: Record<string, string>, body: string) => fetch(url, { method: 'POST', headers, body });

    it('get no CORS headers unless their origin is allowed, and never with credentials', async () => {
      const evil = await post({ 'content-type': 'application/json', origin: 'https://evil.example.test' }, JSON.stringify(COUNT));
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example.test', 'access-control-request-method': 'POST' } });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const allowed = await post({ 'content-type': 'application/json', origin: 'https://app.example.test' }, JSON.stringify(COUNT));
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.test');
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('cannot send a form, a multipart body or plain text, with or without a key', async () => {
      const before = await articles();
      const form = await post({ 'content-type': 'application/x-www-form-urlencoded' }, `query=${encodeURIComponent(INGEST.query)}`);
      expect(form.status).toBe(415);
      const text = await post({ 'content-type': 'text/plain', authorization: `Bearer ${TEST_WRITE_KEY}` }, JSON.stringify(INGEST));
      expect(text.status).toBe(415);
      const data = new FormData();
      data.set('operations', JSON.stringify(INGEST));
      const multipart = await fetch(url, { method: 'POST', body: data, headers: { authorization: `Bearer ${TEST_WRITE_KEY}` } });
      expect(multipart.status).toBe(415);
      expect(((await multipart.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await articles()).toBe(before);
    });

    it('cannot read with a plain GET link; a client that sets a header can, and never mutates over GET', async () => {
      const link = `${url}?query=${encodeURIComponent(COUNT.query)}`;
      expect((await fetch(link)).status).toBe(403);
      const client = await fetch(link, { headers: { 'x-graphql-yoga-csrf': '1' } });
      expect(client.status).toBe(200);
      const mutation = await fetch(`${url}?query=${encodeURIComponent('mutation { deleteArticle(id: "x") { __typename } }')}`, { headers: { 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${TEST_WRITE_KEY}` } });
      expect(mutation.status).toBe(405);
    });
  });
});
