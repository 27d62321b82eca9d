#!/usr/bin/env node
// `npm run build`: the CLI and the extraction worker bundled to dist/ with esbuild (packages stay in
// node_modules), so `npm start`, `serve` and the bin run JavaScript without compiling TypeScript at every start.
// Type checking is tsc's job (`npm run typecheck`); esbuild only strips the types.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
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
});
