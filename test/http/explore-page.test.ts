// The explorer page's routes on their own (no database): the page only once the bundle is built, its files
// with a content security policy that allows nothing from elsewhere, and clear refusals.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useExplorePage } from '../../src/http/explore-page';

const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }' });
const appOver = (dir: string) => createYoga({ schema, plugins: [useExplorePage(dir)], logging: false });

describe('the /explore routes', () => {
  it('say how to build the page when the bundle is missing, and serve it once built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-explore-'));
    const app = appOver(dir);
    const missing = await app.fetch('http://localhost/explore');
    expect(missing.status).toBe(503);
    expect(await missing.text()).toMatch(/npm run build/);

    writeFileSync(join(dir, 'explore.js'), 'console.log("explorer")');
    writeFileSync(join(dir, 'explore.css'), 'body{}');
    const page = await app.fetch('http://localhost/explore?q=anything');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('src="/explore/assets/explore.js"');
    expect(html).not.toMatch(/https?:\/\//);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);

    const script = await app.fetch('http://localhost/explore/assets/explore.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/text\/javascript/);
    expect(await script.text()).toBe('console.log("explorer")');
    expect((await app.fetch('http://localhost/explore/assets/explore.css')).headers.get('content-type')).toMatch(/text\/css/);
  });

  it('refuse other files, other methods, and leave other paths alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-explore-'));
    writeFileSync(join(dir, 'explore.js'), '');
    const app = appOver(dir);
    for (const name of ['../package.json', 'secret.txt', '%2e%2e%2fpackage.json']) {
      expect((await app.fetch(`http://localhost/explore/assets/${name}`)).status).toBe(404);
    }
    expect((await app.fetch('http://localhost/explore', { method: 'POST' })).status).toBe(405);
    expect((await app.fetch('http://localhost/graphql?query={ok}')).status).toBe(200);
    expect((await app.fetch('http://localhost/explorer')).status).toBe(404);
  });
});
