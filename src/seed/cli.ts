import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../neo4j/open.js';
import { readSeed, SeedValidationError } from './read-seed.js';
import { writeSeed } from './write-seed.js';

/** `npm run seed`: validates seed/data and writes it to the configured Neo4j; loading twice changes nothing. */
const config = loadConfig();
const logger = createLogger(config);

let seed;
try {
  seed = await readSeed();
} catch (error) {
  if (!(error instanceof SeedValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const graph = await openGraph(config.neo4j, logger);
try {
  await writeSeed(graph.database, seed);
  logger.info({ entities: seed.entities.length }, 'Seed written');
} finally {
  await graph.close();
}
