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
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('Kassym-Jomart Tokayev'), { timeout: 30_000 });
    const result = await page.$eval('.result-window', (node) => node.textContent ?? '');
    expect(result).toContain('commentators');
    expect(result).not.toMatch(/Syntax Error/);
    await screenshot(page, 'graphiql');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
