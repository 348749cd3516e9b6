import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { parseConfig, type Config, type Environment } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { connectionTargetFor, createDriver } from '../../src/neo4j/connect.js';
import { GraphDatabase } from '../../src/neo4j/database.js';
import { cypher } from '../../src/neo4j/statement.js';

/** The Neo4j the global setup prepared, as handed to every test file. */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string | null;
  database: string;
  embedded: boolean;
}

/** A configuration pointing at the run's Neo4j, built without reading process.env. */
export function testConfig(overrides: Environment = {}): Config {
  const neo4j = inject('neo4j');
  return parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password ?? undefined,
    NEO4J_DATABASE: neo4j.database,
    SEED_ON_EMPTY: 'false',
    ...overrides,
  });
}

export const silentLogger: Logger = createLogger({ log: { level: 'silent', format: 'json' } });

export interface TestGraph {
  database: GraphDatabase;
  close(): Promise<void>;
}

/** A driver of this test file's own against the run's Neo4j. */
export function connectTestGraph(): TestGraph {
  const config = testConfig();
  const driver = createDriver(connectionTargetFor(config.neo4j, config.neo4j.uri!));
  return { database: new GraphDatabase(driver, config.neo4j.database), close: () => driver.close() };
}

/**
 * A key prefix unique to one test file, so files can run in parallel on one database and each
 * removes exactly what it created.
 */
export function uniquePrefix(label: string): string {
  return `test-${label}-${randomBytes(4).toString('hex')}`;
}

const DELETE_BY_KEY_PREFIX = cypher(
  'test.deleteByKeyPrefix',
  'MATCH (node) WHERE node.key STARTS WITH $prefix OR node.id STARTS WITH $prefix DETACH DELETE node',
);

/** Identifiers the deleted entities held, now held by no one. */
const DELETE_UNHELD_IDENTIFIERS = cypher(
  'test.deleteUnheldIdentifiers',
  'MATCH (identifier:Identifier) WHERE NOT EXISTS { (identifier)<-[:IDENTIFIED_BY]-() } DELETE identifier',
);

export async function deleteByKeyPrefix(database: GraphDatabase, prefix: string): Promise<void> {
  await database.write(DELETE_BY_KEY_PREFIX, { prefix });
  await database.write(DELETE_UNHELD_IDENTIFIERS);
}
