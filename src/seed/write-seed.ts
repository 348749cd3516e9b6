import neo4j from 'neo4j-driver';
import { KIND_LABELS } from '../model/entity.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher } from '../neo4j/statement.js';
import type { Logger } from '../logger.js';
import { readSeed, type Seed } from './read-seed.js';

const UPSERT_ENTITIES = cypher(
  'seed.upsertEntities',
  `
  UNWIND $entities AS row
  MERGE (entity:Entity {key: row.key})
  SET entity:$(row.label),
      entity.name = row.name,
      entity.aliases = row.aliases,
      entity.description = row.description,
      entity.subKind = row.subKind,
      entity.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
  `,
);

const COUNT_ENTITIES = cypher('seed.countEntities', 'MATCH (entity:Entity) RETURN count(entity) AS entities');

/** Writes a validated seed in one transaction; MERGE on keys makes a second load change nothing. */
export async function writeSeed(database: GraphDatabase, seed: Seed): Promise<void> {
  const entities = seed.entities.map((entity) => ({ ...entity, label: KIND_LABELS[entity.kind] }));
  await database.writeTransaction('seed.load', (transaction) => transaction.run(UPSERT_ENTITIES, { entities }));
}

/** Loads the bundled seed when the database holds no entity yet, so a fresh server has data to show. */
export async function seedIfEmpty(database: GraphDatabase, logger: Logger): Promise<void> {
  const [record] = await database.read(COUNT_ENTITIES);
  const existing = neo4j.integer.toNumber(record!.get('entities'));
  if (existing > 0) {
    logger.info({ entities: existing }, 'Database already holds data; seed not loaded');
    return;
  }
  const seed = await readSeed();
  await writeSeed(database, seed);
  logger.info({ entities: seed.entities.length }, 'Seed loaded into the empty database');
}
