import { createServer } from 'node:net';
import type { Logger } from '../logger.js';

/**
 * A loopback port that was free a moment ago: for an embedded Neo4j or a server that must not collide
 * with one already running (tests, benchmarks). Good enough on one machine.
 */
export function freePort(): Promise<number> {
  return listenOnce(0);
}

/** Whether a loopback port can be listened on now. */
export function isPortFree(port: number): Promise<boolean> {
  return listenOnce(port).then(
    () => true,
    () => false,
  );
}

/**
 * The embedded Neo4j's Bolt port: the one configured, refused with the setting to change when it is
 * taken (Neo4j's own message is a bare "Address already in use"); without one, 7687 when it is free,
 * else any free port, said in the log (the tools find it through the store's holder note).
 */
export async function embeddedBoltPort(configured: number | null, logger: Logger): Promise<number> {
  if (configured !== null) {
    if (await isPortFree(configured)) return configured;
    throw new Error(`Port ${configured} for the embedded Neo4j (NEO4J_EMBEDDED_PORT) is in use, perhaps by another Neo4j: set NEO4J_EMBEDDED_PORT to a free port, leave it unset to have one chosen, or set NEO4J_URI to use the Neo4j that is there`);
  }
  if (await isPortFree(DEFAULT_BOLT_PORT)) return DEFAULT_BOLT_PORT;
  const chosen = await freePort();
  logger.warn({ taken: DEFAULT_BOLT_PORT, port: chosen }, 'Port 7687 is in use (another Neo4j?): the embedded Neo4j listens on a free port instead; set NEO4J_EMBEDDED_PORT to choose one');
  return chosen;
}

const DEFAULT_BOLT_PORT = 7687;

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
