// GraphiQL in a real headless Chromium, with the network to the outside blocked: it loads from the server's
// own assets, opens with the README's questions as tabs, and the first one runs and answers.
import type { Browser } from 'puppeteer-core';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_TABS } from '../../src/http/graphiql-page';
import { schema } from '../../src/schema';
import { isolatedPage, launchBrowser, screenshot } from '../support/browser';
import { useSeedServer } from '../support/seed-server';

describe('GraphiQL (real browser, no outside network)', () => {
  const seed = useSeedServer();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('has example tabs that are valid questions', () => {
    expect(EXAMPLE_TABS.length).toBeGreaterThanOrEqual(5);
    for (const { query } of EXAMPLE_TABS) expect(validate(schema, parse(query)).map(String)).toEqual([]);
  });

  it('loads offline, opens on the canonical question and answers it', async () => {
    const origin = new URL(seed.server.url).origin;
    const { page, blocked, errors } = await isolatedPage(browser, origin);
    await page.goto(seed.server.url, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    const tabs = await page.$$eval('.graphiql-tab', (nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
    expect(tabs.join(' ')).toMatch(/WhoCommented/);
    expect(tabs.join(' ')).toMatch(/Person/);
    // The answer as GraphiQL received it (its editor draws only the lines in view), then as it shows it.
    const answer = page.waitForResponse((response) => response.url() === seed.server.url && response.request().method() === 'POST' && (response.request().postData() ?? '').includes('WhoCommented'));
    await page.click('.graphiql-execute-button');
    const body = (await (await answer).json()) as { data?: { commentators: { speaker: { name: string } }[] }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data!.commentators.map((c) => c.speaker.name)).toContain('Kassym-Jomart Tokayev');
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"commentators"'), { timeout: 30_000 });
    expect(await page.$eval('.result-window', (node) => node.textContent ?? '')).not.toMatch(/Syntax Error/);
    await screenshot(page, 'graphiql');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
