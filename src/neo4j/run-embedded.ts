import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startEmbeddedNeo4j } from './embedded.js';

/**
 * `npm run neo4j:start`: the embedded Neo4j on its own, for running several servers against one
 * database (NEO4J_URI) or for looking at the data with other Bolt tools. Ctrl-C stops it.
 */
runCommand(async () => {
  const config = loadConfig();
  const logger = createLogger(config);
  const neo4j = await startEmbeddedNeo4j(config.neo4j.embedded, logger);
  logger.info(`Neo4j is listening at ${neo4j.boltUri}; run the server with NEO4J_URI=${neo4j.boltUri}`);

  const stop = async () => {
    await neo4j.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
