import { once } from 'node:events';
import { createServer } from 'node:http';
import type { createYogaServer } from '../../src/yoga.js';
import { freePort } from '../../src/neo4j/free-port.js';

/** Serves a Yoga instance on a real loopback port, for tests that need HTTP from outside the process. */
export async function listen(yoga: ReturnType<typeof createYogaServer>): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(yoga);
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
