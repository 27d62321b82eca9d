// Subscriptions over server-sent events, on the real Neo4j and real HTTP: an article ingested by the
// mutation, and one written by another process's ingest (as the CLI or another server copy would, straight
// to the database), both reach a subscriber; statementAdded keeps to its filter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { ingestPaths } from '../../src/ingest';
import { execute, withKey } from '../support/http';
import { useSeedServer } from '../support/seed-server';

const ArticleIngestedSubscription = graphql(`
  subscription ArticleIngestedSubscription {
    articleIngested { id title date }
  }
`);

const StatementAddedSubscription = graphql(`
  subscription StatementAddedSubscription($filter: StatementFilter) {
    statementAdded(filter: $filter) { quote speaker { name } article { title } }
  }
`);

const AddArticle = graphql(`
  mutation AddArticleForSubscribers($input: IngestArticleInput!) {
    ingestArticle(input: $input) { __typename }
  }
`);

interface Stream {
  /** Resolves with the next `count` events' data. */
  next(count: number, timeoutMs?: number): Promise<unknown[]>;
  close(): void;
}

/** Subscribes over SSE (POST, Accept: text/event-stream) and hands out the events as they come. */
async function subscribe(url: string, query: string, variables: unknown = {}): Promise<Stream> {
  const controller = new AbortController();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query, variables }), signal: controller.signal });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: unknown[] = [];
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = buffer.slice(0, end).split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('');
        buffer = buffer.slice(end + 2);
        if (data) events.push(JSON.parse(data));
      }
    }
  })();
  return {
    async next(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return events.splice(0, count);
    },
    close() {
      controller.abort();
      void pump;
    },
  };
}

describe('subscriptions (real Neo4j, SSE)', () => {
  const seed = useSeedServer({ maxPageSize: 100, maxDepth: 12, live: { pollMs: 200 } });

  it('sends each new article, from the mutation and from another process’s ingest, and nothing from before', async () => {
    const stream = await subscribe(seed.server.url, print(ArticleIngestedSubscription));
    // The seed was written before anyone listened: not news.
    expect(await stream.next(1, 1_000)).toEqual([]);
    const added = await execute(seed.server.url, AddArticle, { input: { title: 'Harbour reopens', text: 'Bergen 04.05.2023 The harbour reopened on Thursday, officials said.' } }, withKey());
    expect(added.data?.ingestArticle.__typename).toBe('Article');
    expect(await stream.next(1)).toEqual([{ data: { articleIngested: expect.objectContaining({ title: 'Harbour reopens', date: '2023-05-04' }) } }]);

    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-live-'));
    writeFileSync(join(dir, 'bridge.txt'), 'Bridge tolls scrapped\n\nTromso 05.05.2023 The council scrapped the bridge tolls on Friday.\n');
    await ingestPaths(seed.graph, [dir]);
    expect(await stream.next(1)).toEqual([{ data: { articleIngested: expect.objectContaining({ title: 'Bridge tolls scrapped' }) } }]);
    stream.close();
  });

  it('sends the new statements that match the filter, and only those', async () => {
    const stream = await subscribe(seed.server.url, print(StatementAddedSubscription), { filter: { speaker: 'Josep Borrell' } });
    const everything = await subscribe(seed.server.url, print(StatementAddedSubscription));
    const text = 'Brussels 06.05.2023 Josep Borrell met harbour master Ola Nordmann on Saturday. “We will keep talking to all sides,” Borrell said. “The port must stay open,” Nordmann said.';
    await execute(seed.server.url, AddArticle, { input: { title: 'Borrell on the port', text } }, withKey());
    const all = (await everything.next(2)) as { data: { statementAdded: { speaker: { name: string } | null } } }[];
    expect(all.map((event) => event.data.statementAdded.speaker?.name).sort()).toEqual(['Josep Borrell', 'Ola Nordmann']);
    const borrell = (await stream.next(2, 2_000)) as { data: { statementAdded: { quote: string; speaker: { name: string }; article: { title: string } } } }[];
    expect(borrell).toHaveLength(1);
    expect(borrell[0]!.data.statementAdded).toMatchObject({ quote: expect.stringContaining('keep talking'), speaker: { name: 'Josep Borrell' }, article: { title: 'Borrell on the port' } });
    stream.close();
    everything.close();
  });
});
