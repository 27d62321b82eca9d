import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql-js: Pothos and the tests must share it (it refuses types from "another realm").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j for the whole run; test files take turns with it, each starting from an empty graph.
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
