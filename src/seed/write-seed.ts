import neo4j from 'neo4j-driver';
import type { RecordSet } from '../model/record-set.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher } from '../neo4j/statement.js';
import type { Logger } from '../logger.js';
import { IngestRepository } from '../repositories/ingest-repository.js';
import { readSeed, type Seed } from './read-seed.js';

const COUNT_ENTITIES = cypher('seed.countEntities', 'MATCH (entity:Entity) RETURN count(entity) AS entities');

/** Who the audit fields name for what the seed wrote. */
const SEED_ACTOR = 'seed';

/**
 * Writes a validated seed in one transaction: all of it or none of it, through the same statements
 * as the import. Nodes are merged on their keys and their edges replaced, so a second load leaves the
 * graph as it was.
 */
export async function writeSeed(database: GraphDatabase, seed: Partial<RecordSet>): Promise<void> {
  await new IngestRepository(database).write(seed, SEED_ACTOR, 'seed.load');
}

/** Validates every file of a seed directory, then writes it; nothing is written if anything is wrong. */
export async function loadSeed(database: GraphDatabase, directory?: string): Promise<Seed> {
  const seed = await readSeed(directory);
  await writeSeed(database, seed);
  return seed;
}

/** Loads the bundled seed when the database holds no entity yet, so a fresh server has data to show. */
export async function seedIfEmpty(database: GraphDatabase, logger: Logger): Promise<void> {
  const [record] = await database.read(COUNT_ENTITIES);
  const existing = neo4j.integer.toNumber(record!.get('entities'));
  if (existing > 0) {
    logger.info({ entities: existing }, 'Database already holds data; seed not loaded');
    return;
  }
  const seed = await loadSeed(database);
  logger.info(
    { entities: seed.entities.length, sources: seed.sources.length, relations: seed.relations.length },
    'Seed loaded into the empty database',
  );
}
