// A real headless Chromium (Debian's chromium-headless-shell or chromium, driven by puppeteer-core; no browser
// download) with the network to the outside blocked: a page may load only from the server under test.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PROJECT_ROOT } from './cli';

const CANDIDATES = [process.env.NEWSGRAPH_CHROMIUM, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/google-chrome'].filter((path): path is string => Boolean(path));

export const SCREENSHOTS = join(PROJECT_ROOT, 'test-output');

export function chromiumPath(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(`No Chromium found (tried ${CANDIDATES.join(', ')}): install Debian's chromium-headless-shell, or set NEWSGRAPH_CHROMIUM`);
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}

/** A page that may reach only `origin` (and data:/blob: URLs); what else it asked for is listed in `blocked`. */
export async function isolatedPage(browser: Browser, origin: string, size = { width: 1400, height: 900 }): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport(size);
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
    else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, blocked, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) as `${string}.png`, fullPage: false });
}
