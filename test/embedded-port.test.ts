import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openGraph } from '../src/neo4j/open.js';
import { silentLogger, testConfig } from './support/graph.js';

/**
 * A Bolt port someone else holds (another Neo4j on 7687): a configured one is refused naming the
 * port and the setting, before any JVM starts; without one, the embedded Neo4j takes a free port.
 */

const held: Server[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const server of held.splice(0)) await new Promise((resolve) => server.close(resolve));
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

/** Listens on `port` (0: any); resolves false when someone else has it already. */
function hold(port: number): Promise<number | false> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => {
      held.push(server);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : false);
    });
  });
}

async function embeddedConfig(port: number | null) {
  const base = testConfig({ NEO4J_URI: undefined }).neo4j;
  const dataDirectory = await mkdtemp(path.join(tmpdir(), 'political-graph-port-'));
  folders.push(dataDirectory);
  return { ...base, uri: undefined, embedded: { ...base.embedded, dataDirectory, port, pageCacheMebibytes: 64 } };
}

describe.skipIf(!inject('neo4j').embedded)('the embedded Neo4j’s Bolt port', () => {
  it('refuses a configured port that is taken, naming it and the setting to change', async () => {
    const taken = (await hold(0)) as number;
    await expect(openGraph(await embeddedConfig(taken), silentLogger)).rejects.toThrow(
      `Port ${taken} for the embedded Neo4j (NEO4J_EMBEDDED_PORT) is in use, perhaps by another Neo4j: set NEO4J_EMBEDDED_PORT to a free port`,
    );
  });

  it('without one, listens on a free port when 7687 is taken', async () => {
    await hold(7687); // held here, or by someone else already: taken either way
    const graph = await openGraph(await embeddedConfig(null), silentLogger);
    try {
      expect(new URL(graph.uri).port).not.toBe('7687');
      await expect(graph.database.ping()).resolves.toBeUndefined();
    } finally {
      await graph.close();
    }
  }, 120_000);
});
