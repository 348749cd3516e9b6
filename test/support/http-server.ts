import { once } from 'node:events';
import { createHttpServer, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from '../../src/http-server.js';
import type { createYogaServer } from '../../src/yoga.js';
import { freePort } from '../../src/neo4j/free-port.js';

/** Serves a Yoga instance on a real loopback port, as `npm start` does, for tests that need HTTP from outside the process. */
export async function listen(
  yoga: ReturnType<typeof createYogaServer>,
  connections: ConnectionLimits = DEFAULT_CONNECTION_LIMITS,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createHttpServer(yoga, connections);
  server.listen(await freePort(), '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the test server has no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
