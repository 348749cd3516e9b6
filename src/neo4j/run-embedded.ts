import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startEmbeddedNeo4j } from './embedded.js';
import { embeddedBoltPort } from './free-port.js';
import { announceHolder, releaseHolder } from './store-holder.js';

/**
 * `npm run neo4j:start`: the embedded Neo4j on its own, for running several servers against one
 * database (NEO4J_URI) or for looking at the data with other Bolt tools. Ctrl-C stops it. It holds
 * the store as a server does, so the command-line tools use it.
 */
runCommand(async () => {
  const config = loadConfig();
  const logger = createLogger(config);
  const { embedded } = config.neo4j;
  const neo4j = await startEmbeddedNeo4j({ ...embedded, port: await embeddedBoltPort(embedded.port, logger) }, logger);
  await announceHolder(embedded.dataDirectory, neo4j);
  logger.info(`Neo4j is listening at ${neo4j.boltUri}; run the server with NEO4J_URI=${neo4j.boltUri}`);

  const stop = async () => {
    await neo4j.stop();
    await releaseHolder(embedded.dataDirectory);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
