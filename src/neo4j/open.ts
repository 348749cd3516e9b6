import type { Neo4jConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { connectionTargetFor, createDriver, verifyConnectivity } from './connect.js';
import { GraphDatabase } from './database.js';
import { Availability } from './availability.js';
import type { EmbeddedNeo4j } from './embedded.js';
import { applyMigrations } from './migrations.js';
import { embeddedBoltPort } from './free-port.js';
import { announceHolder, releaseHolder, runningHolder } from './store-holder.js';
import { startSupervisedNeo4j } from './supervisor.js';

export interface OpenGraph {
  readonly database: GraphDatabase;
  readonly uri: string;
  /** The Neo4j this process started (and restarts when it dies), or null when NEO4J_URI points at an external one. */
  readonly embedded: EmbeddedNeo4j | null;
  /** Closes the driver, then stops the embedded Neo4j if there is one. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j, starting the embedded one when NEO4J_URI is not set, and brings
 * its schema up to date (unless `migrate` is false: tools that only read, and must work on whatever
 * they find). The returned handle owns the process's only driver.
 *
 * With `shareRunning` (the command-line tools), an embedded store another live process holds (a
 * server) is used through that process's Neo4j over Bolt, said in the log, instead of failing on the
 * store's lock. A server does not share: it starts its own, and with `holdStore` notes itself as the
 * holder (only long-lived processes do: a tool that did would stop the Neo4j under a tool sharing it).
 */
export async function openGraph(
  config: Neo4jConfig,
  logger: Logger,
  options: { migrate?: boolean; shareRunning?: boolean; holdStore?: boolean } = {},
): Promise<OpenGraph> {
  let availability: Availability | null = null;
  const holder = !config.uri && options.shareRunning ? await runningHolder(config.embedded.dataDirectory) : null;
  if (holder) {
    logger.info({ dataDirectory: config.embedded.dataDirectory, pid: holder.pid, uri: holder.boltUri }, 'The embedded store is held by a running process: using its Neo4j over Bolt');
  }
  const embedded =
    config.uri || holder
      ? null
      : await startSupervisedNeo4j({ ...config.embedded, port: await embeddedBoltPort(config.embedded.port, logger) }, logger, (reason) => availability?.markDown(reason));
  if (embedded && options.holdStore) await announceHolder(config.embedded.dataDirectory, embedded);
  const uri = embedded?.boltUri ?? holder?.boltUri ?? config.uri!;
  const target = connectionTargetFor({ ...config, database: embedded?.database ?? holder?.database ?? config.database }, uri);
  const driver = createDriver(target);
  const probeTimeoutMs = Math.min(1000, config.connectionTimeoutMs);
  const watched = new Availability(Availability.addressOf(uri), () => database.ping({ ungated: true }), { intervalMs: config.probeIntervalMs, timeoutMs: probeTimeoutMs }, logger);
  availability = watched;
  const database: GraphDatabase = new GraphDatabase(driver, target.database, undefined, config.transactionTimeoutMs, watched);

  const close = async () => {
    watched.stop();
    await driver.close();
    if (embedded) {
      await embedded.stop();
      if (options.holdStore) await releaseHolder(config.embedded.dataDirectory);
    }
  };

  try {
    await verifyConnectivity(driver, target, { timeoutMs: config.startupTimeoutMs, embedded: embedded !== null }, logger);
    if (options.migrate !== false) await applyMigrations(database, logger);
    watched.start();
    logger.info({ uri, database: target.database, embedded: embedded !== null }, 'Connected to Neo4j');
    return { database, uri, embedded, close };
  } catch (error) {
    await close();
    throw error;
  }
}
