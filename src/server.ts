import { once } from 'node:events';
import { startApplication } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createHttpServer } from './http-server.js';
import { createLogger } from './logger.js';

/**
 * Entry point of `npm start`: listens, and on SIGINT or SIGTERM closes the HTTP server, then the
 * driver, then the embedded Neo4j.
 */

const SHUTDOWN_DEADLINE_MS = 90_000;

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = configOrExit();
const logger = createLogger(config);

const application = await startApplication(config, logger).catch((error: Error) => {
  logger.fatal({ err: error }, error.message);
  logger.flush();
  process.exit(1);
});

const server = createHttpServer(application.yoga, config.http.connections);
server.listen(config.http.port, config.http.host);
await once(server, 'listening');
logger.info(
  `GraphQL server ready at http://${config.http.host}:${config.http.port}${application.yoga.graphqlEndpoint}` +
    ' (open it in a browser for GraphiQL)',
);

let shuttingDown = false;
async function shutDown(signal: NodeJS.Signals) {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, 'Shutting down');
  setTimeout(() => {
    logger.error(`Shutdown took longer than ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();

  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  await application.close();
  logger.info('Stopped');
  logger.flush();
  process.exit(0);
}

process.on('SIGINT', (signal) => void shutDown(signal));
process.on('SIGTERM', (signal) => void shutDown(signal));
