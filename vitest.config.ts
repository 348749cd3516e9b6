import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM side by side. Node gives the libraries (Pothos, Yoga) the
    // CommonJS build, so our own code must get the same one: two copies of graphql cannot share a schema.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Files run in parallel; each works on data it creates itself.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/**/*.test.ts'],
          exclude: ['test/bench.test.ts'],
          // One Neo4j for these files: embedded on a free port with a throwaway folder, or NEO4J_URI.
          globalSetup: ['test/global-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // The benchmark starts a Neo4j and four servers of its own: run after the others, alone,
          // so that it neither slows their timing-sensitive tests (load, faults) nor is slowed by them.
          name: 'bench',
          include: ['test/bench.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
