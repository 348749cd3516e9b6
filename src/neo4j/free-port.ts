import { createServer } from 'node:net';

/**
 * A loopback port that was free a moment ago: for an embedded Neo4j or a server that must not collide
 * with one already running (tests, benchmarks). Good enough on one machine.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
