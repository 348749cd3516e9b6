import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../neo4j/open.js';
import { readSeed } from './read-seed.js';
import { writeSeed } from './write-seed.js';

/** `npm run seed`: validates seed/data, then writes it to the configured Neo4j; loading twice changes nothing. */
runCommand(async () => {
  const config = loadConfig();
  const logger = createLogger(config);
  const seed = await readSeed();
  const graph = await openGraph(config.neo4j, logger, { shareRunning: true });
  try {
    await writeSeed(graph.database, seed);
    logger.info(
      { entities: seed.entities.length, sources: seed.sources.length, relations: seed.relations.length },
      'Seed written',
    );
  } finally {
    await graph.close();
  }
});
