#!/usr/bin/env node
// Runs the compiled CLI (dist/, made by `npm run build`, which `npm ci` runs through `prepare`).
import { existsSync } from 'node:fs';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`newsgraph: needs Node 22 or later (24 LTS recommended); this is Node ${process.versions.node}.`);
  process.exit(2);
}
const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('newsgraph: the compiled CLI (dist/cli.js) is missing: run `npm run build` (or `npm ci`) first.');
  process.exit(2);
}
await import(cli.href);
