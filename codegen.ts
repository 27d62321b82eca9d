// Typed GraphQL documents for clients (tests, examples, your own code) from the committed SDL. Every .ts/.tsx
// file outside the server's own code, the packages and scripts/ (the benchmarks also ask @neo4j/graphql's
// schema) is scanned; CODEGEN_DOCUMENTS (comma-separated globs) names other places.
import type { CodegenConfig } from '@graphql-codegen/cli';

const extra = (process.env.CODEGEN_DOCUMENTS ?? '').split(',').map((glob) => glob.trim()).filter(Boolean);

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['**/*.{ts,tsx}', '!src/**', '!scripts/**', '!training/**', '!node_modules/**', '!gql/**', '!dist/**', '!.tools/**', '!neo4j/**', '!scratch/**', '!**/*.d.ts', ...extra],
  ignoreNoDocuments: false,
  generates: {
    'gql/': {
      preset: 'client',
      config: { scalars: { Date: 'string' }, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
