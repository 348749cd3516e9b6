import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed client: graphql-codegen's client preset over the committed schema and the operations
 * in packages/client/src/operations.ts. The output is committed; a test fails when it drifts (npm run codegen).
 *
 * @graphql-codegen/cli is pinned to 6.x: 7.x needs Node 22, and this project supports Node 20.19.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['packages/client/src/operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'packages/client/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings with their types attached: no graphql runtime in the browser.
        documentMode: 'string',
        useTypeImports: true,
        // Relative imports with .js, as Node's ESM resolution (and tsc's NodeNext) require.
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
        defaultScalarType: 'unknown',
        skipTypename: false,
      },
    },
  },
};

export default config;
