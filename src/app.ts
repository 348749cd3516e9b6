import { ApiKeyring } from './auth/api-keys.js';
import { watchKeysFile } from './auth/api-keys-file.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { openGraph, type OpenGraph } from './neo4j/open.js';
import { createContext } from './context.js';
import { warmUp } from './reads/warm-up.js';
import { seedIfEmpty } from './seed/write-seed.js';
import { startTracing } from './tracing-setup.js';
import { createYogaServer } from './yoga.js';

export interface Application {
  readonly yoga: ReturnType<typeof createYogaServer>;
  readonly graph: OpenGraph;
  /** Closes the driver, then stops the embedded Neo4j; call after the HTTP server has closed. */
  close(): Promise<void>;
}

/** Everything the HTTP server needs, in start-up order: Neo4j, schema migrations, seed, GraphQL (and a warm-up beside it). */
export async function startApplication(config: Config, logger: Logger): Promise<Application> {
  // Before Neo4j starts: a keys file that cannot be read stops start-up at once, naming what is wrong.
  const keyring = new ApiKeyring(config.apiKeys);
  const keysFile = config.apiKeysFile ? await watchKeysFile(config.apiKeysFile, config.apiKeys, keyring, logger) : null;
  const graph = await openGraph(config.neo4j, logger, { holdStore: true }).catch((error: unknown) => {
    keysFile?.close();
    throw error;
  });
  try {
    if (config.seedOnEmpty) await seedIfEmpty(graph.database, logger);
  } catch (error) {
    keysFile?.close();
    await graph.close();
    throw error;
  }
  // In the background: on a fresh, busy JVM planning took over 30 s, too long to keep the server from listening.
  void warmUp(createContext(graph.database).reads, logger);
  const tracing = config.tracing ? startTracing(config.tracing) : null;
  if (config.tracing) logger.info({ endpoint: config.tracing.endpoint }, 'Exporting OpenTelemetry traces');
  const yoga = createYogaServer({
    database: graph.database,
    logger,
    costReporting: config.costReporting,
    keyring,
    jwt: config.jwt,
    readsRequireKey: config.readsRequireKey,
    limits: config.limits,
    metricsEndpoint: config.metricsEndpoint,
    loaderBatching: config.loaderBatching,
    fairShare: config.fairShare,
    trustProxy: config.trustProxy,
    heavyLane: config.heavyLane,
    tracing: tracing?.tracing ?? null,
  });
  const close = async () => {
    keysFile?.close();
    await tracing?.shutdown();
    await graph.close();
  };
  return { yoga, graph, close };
}
