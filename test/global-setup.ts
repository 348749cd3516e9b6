import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { openGraph } from '../src/neo4j/open.js';
import { checkGraph } from '../src/integrity/check-graph.js';
import { loadSeed } from '../src/seed/write-seed.js';
import { freePort } from '../src/neo4j/free-port.js';
import type { TestNeo4j } from './support/graph.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Starts one embedded Neo4j for the run (throwaway folder, free port), or uses NEO4J_URI, applies
 * the schema migrations and loads the seed once. The JVM also stops by itself if this process dies.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const logger = createLogger({ log: { level: 'warn', format: 'json' } });

  const embedded = config.neo4j.uri
    ? null
    : await startEmbeddedNeo4j(
        {
          ...config.neo4j.embedded,
          dataDirectory: await mkdtemp(path.join(tmpdir(), 'political-graph-test-')),
          port: await freePort(),
          pageCacheMebibytes: 128,
          ephemeral: true,
        },
        logger,
      );
  const neo4j: TestNeo4j = {
    uri: embedded?.boltUri ?? config.neo4j.uri!,
    username: config.neo4j.username,
    password: config.neo4j.password ?? null,
    database: embedded?.database ?? config.neo4j.database,
    embedded: embedded !== null,
  };

  try {
    // The seed is shared, read-only test data: files that change data create their own.
    // The requests' transaction timeout is not the seed's: on a busy machine the first writes to a cold JVM
    // can take longer, and a setup that fails there tests nothing.
    const graph = await openGraph({ ...config.neo4j, uri: neo4j.uri, database: neo4j.database, transactionTimeoutMs: 180_000 }, logger);
    try {
      await loadSeed(graph.database);
      // Before any test writes: the seed as loaded keeps every invariant of the model.
      const violations = await checkGraph(graph.database);
      if (violations.length > 0) throw new Error(`The seeded graph is not whole:\n${violations.map((v) => `${v.invariant} ${v.keys.join(', ')}: ${v.problem}`).join('\n')}`);
    } finally {
      await graph.close();
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  project.provide('neo4j', neo4j);

  return async () => {
    await embedded?.stop();
  };
}
