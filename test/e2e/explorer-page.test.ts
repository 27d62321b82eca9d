// The explorer page in a real headless Chromium, with the network to the outside blocked: a search deep link
// opens the entity's card with its words and their evidence in the article, the graph expands on a click, the
// canonical question lists the gold's speakers, a path and a timeline render, the page fits a phone, and a
// refusal reads as one. Screenshots go to test-output/.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../gql';
import { foldName } from '../../src/extract/knowledge/fold';
import { createGraphQLApp, listen, type RunningServer } from '../../src/server';
import { isolatedPage, launchBrowser, screenshot } from '../support/browser';
import { execute } from '../support/http';
import { SEED_GOLD_FILE } from '../support/seed';
import { useSeedServer } from '../support/seed-server';

interface GoldQuestion {
  id: string;
  expect: string[][];
}
const SpeakersQuery = graphql(`
  query ExplorerTestSpeakers {
    commentators(filter: { period: { month: "2022-01" }, place: "Kazakhstan" }) { speaker { name aliases } }
  }
`);
const canonical = (JSON.parse(readFileSync(SEED_GOLD_FILE, 'utf8')).questions as GoldQuestion[]).find((q) => q.id === 'commented-january-events')!;

/** The graph's node and edge counts, as the drawing's container states them. */
const drawn = (page: Page) => page.$eval('#graph', (element) => ({ nodes: Number((element as HTMLElement).dataset.nodes), edges: Number((element as HTMLElement).dataset.edges) }));

/** Clicks a drawn node (on the canvas, where a user would) other than the centre; returns its label. */
async function clickNode(page: Page, index: number): Promise<string> {
  const { x, y, label } = await page.$eval(
    '#graph',
    (element, i) => {
      const cy = (element as HTMLElement & { _cyreg: { cy: { nodes(): { [n: number]: { renderedPosition(): { x: number; y: number }; data(key: string): string } } } } })._cyreg.cy;
      const node = cy.nodes()[i]!;
      const box = element.getBoundingClientRect();
      return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y, label: node.data('label') };
    },
    index,
  );
  await page.mouse.click(x, y);
  return label;
}

describe('the explorer page (real browser, no outside network)', () => {
  const seed = useSeedServer();
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    origin = new URL(seed.server.url).origin;
  });
  afterAll(() => browser?.close());

  it('opens the best match of a search deep link: card, words, evidence in the article, graph that expands, timeline', async () => {
    const { page, blocked, errors } = await isolatedPage(browser, origin);
    await page.goto(`${origin}/explore?q=Tokayev`, { waitUntil: 'load' });
    await page.waitForSelector('.card h1', { timeout: 30_000 });
    expect(await page.$eval('.card h1', (h1) => h1.textContent)).toBe('Kassym-Jomart Tokayev');
    expect(await page.$eval('.card .badge', (badge) => badge.textContent)).toBe('Person');
    expect(await page.$eval('.card .aliases', (dd) => dd.textContent)).toMatch(/Tokayev/);
    expect(await page.$eval('.card .roles', (dd) => dd.textContent)).toMatch(/president/);

    // His words, each with its sentence and the quoted words marked in it.
    const statements = await page.$$eval('.card .statement', (items) => items.map((item) => ({ quote: item.querySelector('blockquote')!.textContent!, sentence: item.querySelector('.evidence')!.textContent!, mark: item.querySelector('.evidence mark')?.textContent ?? '' })));
    expect(statements.length).toBeGreaterThanOrEqual(3);
    for (const { sentence, mark } of statements) {
      expect(mark.length).toBeGreaterThan(0);
      expect(sentence).toContain(mark);
    }

    // The first one's sentence, highlighted in its article.
    const firstSentence = await page.$eval('.card .statement .evidence', (p) => p.textContent!);
    await page.click('.card .statement .in-article');
    await page.waitForSelector('.card .statement .article-context mark.evidence-sentence', { timeout: 15_000 });
    const context = await page.$eval('.card .statement .article-context', (div) => ({ text: div.querySelector('.article-text')!.textContent!, mark: div.querySelector('mark.evidence-sentence')!.textContent! }));
    expect(context.mark).toBe(firstSentence);
    expect(context.text.length).toBeGreaterThan(context.mark.length);

    // The graph: him and what is named with him; a click on a neighbour draws its neighbours too.
    await page.waitForFunction(() => Number((document.querySelector('#graph') as HTMLElement | null)?.dataset.nodes) > 1, { timeout: 15_000 });
    const before = await drawn(page);
    expect(before.edges).toBeGreaterThanOrEqual(before.nodes - 1);
    let grown = before;
    for (let i = 1; i < before.nodes && grown.nodes === before.nodes; i++) {
      await clickNode(page, i);
      await page.waitForFunction(() => !(document.querySelector('#graph') as HTMLElement).dataset.busy, { timeout: 15_000 });
      grown = await drawn(page);
    }
    expect(grown.nodes).toBeGreaterThan(before.nodes);

    // The timeline: a bar per month from the first to the last, drawn, and its figures in a table.
    await page.waitForSelector('figure.timeline[data-drawn]', { timeout: 15_000 });
    const months = await page.$$eval('.timeline-table tbody tr', (rows) => rows.map((row) => row.firstElementChild!.textContent!));
    expect(months.length).toBeGreaterThanOrEqual(2);
    expect(Number(await page.$eval('figure.timeline', (figure) => (figure as HTMLElement).dataset.drawn))).toBe(months.length);
    expect(months).toContain('2022-01');
    await screenshot(page, 'explore-entity');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('answers the canonical question as a view: the speakers of the API, those of the gold among them, each with their words', async () => {
    const { data } = await execute(seed.server.url, SpeakersQuery);
    const answer = data!.commentators.map((c) => c.speaker);
    const { page, blocked, errors } = await isolatedPage(browser, origin);
    await page.goto(`${origin}/explore?view=commented&month=2022-01&place=Kazakhstan`, { waitUntil: 'load' });
    await page.waitForSelector('.commentator', { timeout: 30_000 });
    const speakers = await page.$$eval('.commentator', (items) => items.map((item) => ({ name: item.querySelector('h3 a')!.textContent!, statements: item.querySelectorAll('.statement .evidence mark').length })));
    expect(speakers.map((s) => s.name)).toEqual(answer.map((s) => s.name));
    // Each speaker of the gold is on the page, by their name or an alias the graph knows them by.
    const known = answer.map((s) => [s.name, ...s.aliases].map(foldName));
    for (const gold of canonical.expect) expect(known.some((names) => gold.some((name) => names.includes(foldName(name)))), gold.join(' / ')).toBe(true);
    expect(speakers.length).toBeGreaterThanOrEqual(canonical.expect.length);
    for (const speaker of speakers) expect(speaker.statements, speaker.name).toBeGreaterThan(0);
    // The form holds the question, so it can be changed.
    expect(await page.$eval('input[name=month]', (input) => (input as HTMLInputElement).value)).toBe('2022-01');
    await screenshot(page, 'explore-commented');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws and lists a path between two entities, each hop with its evidence', async () => {
    const { page, blocked, errors } = await isolatedPage(browser, origin);
    await page.goto(`${origin}/explore?view=path&from=${encodeURIComponent('Nikol Pashinyan')}&to=${encodeURIComponent('Josep Borrell')}`, { waitUntil: 'load' });
    await page.waitForSelector('.hop', { timeout: 30_000 });
    const hops = await page.$$eval('.hop', (items) => items.map((item) => ({ line: item.querySelector('.hop-line')!.textContent!, evidence: item.querySelectorAll('.evidence').length })));
    expect(hops.length).toBeGreaterThanOrEqual(1);
    expect(hops[0]!.line).toMatch(/Nikol Pashinyan/);
    expect(hops.at(-1)!.line).toMatch(/Josep Borrell/);
    for (const hop of hops) expect(hop.evidence, hop.line).toBeGreaterThan(0);
    const graph = await drawn(page);
    expect(graph.nodes).toBe(hops.length + 1);
    expect(graph.edges).toBe(hops.length);
    await screenshot(page, 'explore-path');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('fits a narrow screen: nothing wider than the phone', async () => {
    const { page, errors } = await isolatedPage(browser, origin, { width: 390, height: 844 });
    await page.goto(`${origin}/explore?q=Tokayev`, { waitUntil: 'load' });
    await page.waitForSelector('.card h1', { timeout: 30_000 });
    await page.waitForFunction(() => Number((document.querySelector('#graph') as HTMLElement | null)?.dataset.nodes) > 1, { timeout: 15_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const graphBox = await page.$eval('#graph', (element) => element.getBoundingClientRect().width);
    expect(graphBox).toBeGreaterThan(250);
    await screenshot(page, 'explore-narrow');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows refusals as the server words them: an unknown name, a search without matches', async () => {
    const { page, errors } = await isolatedPage(browser, origin);
    await page.goto(`${origin}/explore?view=path&from=${encodeURIComponent('Nobody Anyone Knows')}&to=${encodeURIComponent('Josep Borrell')}`, { waitUntil: 'load' });
    await page.waitForSelector('.error:not([hidden])', { timeout: 30_000 });
    const banner = await page.$eval('.error', (div) => div.textContent!);
    expect(banner).toMatch(/Nobody Anyone Knows/);
    expect(banner).toMatch(/NOT_FOUND/);
    // The question stays in its form, to be put right.
    expect(await page.$eval('input[name=from]', (input) => (input as HTMLInputElement).value)).toBe('Nobody Anyone Knows');
    await screenshot(page, 'explore-error');

    await page.goto(`${origin}/explore?q=${encodeURIComponent('qqqzzzxxy')}`, { waitUntil: 'load' });
    await page.waitForSelector('.empty h1', { timeout: 30_000 });
    expect(await page.$eval('.empty h1', (h1) => h1.textContent)).toMatch(/No entity matches/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  describe('on a server whose reads need a key', () => {
    let keyed: RunningServer;
    beforeAll(async () => {
      keyed = await listen(createGraphQLApp(seed.graph, { access: { writeKeys: [], readKeys: ['explorer-read-key'] }, maxPageSize: 100, maxDepth: 12 }), '127.0.0.1', 0);
    });
    afterAll(() => keyed?.close());

    it('asks for the key, then shows the card; the download carries it', async () => {
      const keyedOrigin = new URL(keyed.url).origin;
      const { page, errors } = await isolatedPage(browser, keyedOrigin);
      await page.goto(`${keyedOrigin}/explore?q=Tokayev`, { waitUntil: 'load' });
      await page.waitForSelector('.error .key-form', { timeout: 30_000 });
      expect(await page.$eval('.error', (div) => div.textContent!)).toMatch(/UNAUTHENTICATED/);
      await page.type('.key-form input[name=key]', 'explorer-read-key');
      await page.click('.key-form button');
      await page.waitForSelector('.card h1', { timeout: 30_000 });
      expect(await page.$eval('.card h1', (h1) => h1.textContent)).toBe('Kassym-Jomart Tokayev');

      const exported = page.waitForResponse((response) => response.url().startsWith(`${keyedOrigin}/export`));
      await page.select('form.download select', 'gexf');
      await page.click('form.download button');
      const response = await exported;
      expect(response.status()).toBe(200);
      expect(response.url()).toMatch(/format=gexf/);
      expect(response.headers()['content-disposition']).toMatch(/newsgraph\.gexf/);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  });
});
