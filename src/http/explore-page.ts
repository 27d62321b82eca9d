// The explorer at `/explore`: a page whose code is bundled from web/explore/ by `npm run build` (esbuild, every
// library from npm, no CDN) into dist/web/. It asks the GraphQL API like any client; the page itself is public
// (it holds no data), the questions it sends are under the readers' access rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { PROJECT_ROOT } from '../project-root';

export const EXPLORE_PATH = '/explore';
const ASSETS = `${EXPLORE_PATH}/assets/`;
const BUNDLE_DIR = join(PROJECT_ROOT, 'dist', 'web');

const ASSET_TYPES: Record<string, string> = {
  'explore.js': 'text/javascript; charset=utf-8',
  'explore.css': 'text/css; charset=utf-8',
  // The licences of the libraries bundled in (esbuild collects their legal comments).
  'explore.js.LEGAL.txt': 'text/plain; charset=utf-8',
};

// Only our own code and styles; cytoscape and Chart.js set element styles, hence inline style attributes.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph explorer</title>
<link rel="stylesheet" href="${ASSETS}explore.css">
<script type="module" src="${ASSETS}explore.js"></script>
</head>
<body>
<noscript>The explorer needs JavaScript; the API itself is at <a href="/graphql">/graphql</a>.</noscript>
<div id="app"></div>
</body>
</html>
`;

const text = (status: number, body: string, type = 'text/plain; charset=utf-8') => new Response(body, { status, headers: { 'content-type': type, ...SECURITY_HEADERS } });

/** The bundled files, read once: they change only with a new build, which means a new server. */
function bundleReader(dir: string): (name: string) => string | undefined {
  const read = new Map<string, string | undefined>();
  return (name) => {
    if (!read.has(name)) {
      try {
        read.set(name, readFileSync(join(dir, name), 'utf8'));
      } catch {
        return undefined; // not built yet: asked again next time
      }
    }
    return read.get(name);
  };
}

export function useExplorePage(bundleDir = BUNDLE_DIR): Plugin {
  const asset = bundleReader(bundleDir);
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== EXPLORE_PATH && url.pathname !== `${EXPLORE_PATH}/` && !url.pathname.startsWith(ASSETS)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(text(405, 'The explorer is read with GET.'));
      if (!url.pathname.startsWith(ASSETS)) {
        if (!asset('explore.js')) return endResponse(text(503, `The explorer is not built: run \`npm run build\` (it bundles web/explore/ into ${bundleDir}).`));
        return endResponse(text(200, PAGE, 'text/html; charset=utf-8'));
      }
      const name = url.pathname.slice(ASSETS.length);
      const type = ASSET_TYPES[name];
      const body = type ? asset(name) : undefined;
      if (!type || body === undefined) return endResponse(text(404, `No such explorer file: ${name}`));
      endResponse(new Response(body, { headers: { 'content-type': type, 'cache-control': 'no-cache', ...SECURITY_HEADERS } }));
    },
  };
}
