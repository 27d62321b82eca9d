#!/usr/bin/env node
// `npm run build`: the CLI and the extraction worker bundled to dist/ with esbuild (packages stay in
// node_modules), so `npm start`, `serve` and the bin run JavaScript without compiling TypeScript at every start;
// and the explorer page (web/explore/) bundled for the browser, every library in it, to dist/web/.
// Type checking is tsc's job (`npm run typecheck`); esbuild only strips the types.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({
    entryPoints: { cli: 'src/cli.ts', 'extraction-worker': 'src/ingest/extraction-worker.ts' },
    outdir: 'dist',
    bundle: true,
    // Lazily imported parts (the server, the schema) stay in chunks of their own, loaded when a command needs them.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  }),
  build({
    // main.ts imports its stylesheet: esbuild writes it beside the script as explore.css.
    entryPoints: { explore: 'web/explore/main.ts' },
    outdir: 'dist/web',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
  }),
]);
