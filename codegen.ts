// Typed GraphQL documents for clients (tests, examples) from the committed SDL.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', 'examples/**/*.ts', '!gql/**'],
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
