import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { openGraph, type OpenGraph } from '../src/neo4j/open.js';
import { createYogaServer } from '../src/yoga.js';
import { freePort } from '../src/neo4j/free-port.js';
import { silentLogger, testConfig } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * `/ready` follows Neo4j: this file runs a Neo4j of its own so that it can stop it under a live
 * server and bring it back, and checks the server recovers without a restart.
 */

let neo4j: EmbeddedNeo4j | undefined;
let graph: OpenGraph | undefined;

afterAll(async () => {
  await graph?.close();
  await neo4j?.stop();
});

async function status(yoga: ReturnType<typeof createYogaServer>, endpoint: string): Promise<number> {
  return (await yoga.fetch(`http://localhost${endpoint}`)).status;
}

describe.skipIf(!inject('neo4j').embedded)('/health and /ready', () => {
  it('turns /ready to 503 while Neo4j is gone and back to 200 when it returns', async () => {
    const base = testConfig().neo4j.embedded;
    const options = {
      ...base,
      dataDirectory: await mkdtemp(path.join(tmpdir(), 'political-graph-ready-')),
      port: await freePort(),
      pageCacheMebibytes: 64,
      ephemeral: true,
    };
    neo4j = await startEmbeddedNeo4j(options, silentLogger);
    graph = await openGraph(testConfig({ NEO4J_URI: neo4j.boltUri }).neo4j, silentLogger);
    const yoga = createYogaServer({ database: graph.database, logger: silentLogger });

    expect(await status(yoga, '/health')).toBe(200);
    expect(await status(yoga, '/ready')).toBe(200);

    await neo4j.stop();
    const down = await yoga.fetch('http://localhost/ready');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ready: false, reason: 'Neo4j is not reachable' });
    expect(await status(yoga, '/health')).toBe(200);
    const failed = await execute(yoga, '{ entity(key: "keir-starmer") { key } }');
    expect(failed.errors?.[0]?.message).toBe('Unexpected error.');

    neo4j = await startEmbeddedNeo4j(options, silentLogger);
    let ready = 503;
    for (let attempt = 0; attempt < 50 && ready !== 200; attempt += 1) {
      ready = await status(yoga, '/ready');
      if (ready !== 200) await delay(200);
    }
    expect(ready).toBe(200);
    const recovered = await execute(yoga, '{ entity(key: "keir-starmer") { key } }');
    expect(recovered.errors).toBeUndefined();
  }, 120_000);
});
