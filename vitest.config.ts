import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM side by side. Node gives the libraries (Pothos, Yoga) the
    // CommonJS build, so our own code must get the same one: two copies of graphql cannot share a schema.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One Neo4j for the whole run: embedded on a free port with a throwaway folder, or NEO4J_URI.
    globalSetup: ['test/global-setup.ts'],
    // Files run in parallel against that one database; each works on data it creates itself.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
