import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freePort } from '../src/neo4j/free-port.js';
import { isAlive, startServerProcess, waitUntilGone, type ServerProcess } from './support/processes.js';

/**
 * The README's run command, as a user meets it: the server starts its own Neo4j, loads the seed,
 * answers from Neo4j, and leaves no JVM behind however it is stopped.
 */

const running: ServerProcess[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function startWithEmbeddedNeo4j() {
  const dataDirectory = await mkdtemp(path.join(tmpdir(), 'political-graph-server-'));
  folders.push(dataDirectory);
  const port = await freePort();
  const server = startServerProcess({
    PORT: String(port),
    LOG_FORMAT: 'json',
    NEO4J_EMBEDDED_DATA_DIR: dataDirectory,
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_EMBEDDED_PAGE_CACHE_MB: '64',
  });
  running.push(server);
  const [, jvmPid] = await server.waitForOutput(/"pid":(\d+),"msg":"Embedded Neo4j is ready"/, 90_000);
  await server.waitForOutput(/GraphQL server ready/, 60_000);
  return { server, port, jvmPid: Number(jvmPid) };
}

describe.skipIf(!inject('neo4j').embedded)('npm start on the embedded Neo4j', () => {
  it('answers a search from the seeded Neo4j, and SIGINT stops the server and its JVM', async () => {
    const { server, port, jvmPid } = await startWithEmbeddedNeo4j();

    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "Starmer") { totalCount edges { node { key } } } }' }),
    });
    const body = await response.json();
    expect(body.data.search.totalCount).toBeGreaterThanOrEqual(1);
    expect(body.data.search.edges[0].node.key).toBe('keir-starmer');
    expect(isAlive(jvmPid)).toBe(true);

    server.child.kill('SIGINT');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(isAlive(jvmPid)).toBe(false);
    expect(server.output()).toMatch(/Stopping embedded Neo4j/);
  }, 180_000);

  it('leaves no JVM behind when the server is killed outright', async () => {
    const { server, jvmPid } = await startWithEmbeddedNeo4j();

    server.child.kill('SIGKILL');
    await server.exited;
    // The JVM notices its stdin closing and shuts itself down.
    const tookMs = await waitUntilGone(jvmPid, 30_000);
    expect(tookMs).toBeLessThan(30_000);
  }, 180_000);
});

describe('npm start with NEO4J_URI', () => {
  it('uses the Neo4j it is given and starts none of its own', async () => {
    const port = await freePort();
    const server = startServerProcess({
      PORT: String(port),
      LOG_FORMAT: 'json',
      NEO4J_URI: inject('neo4j').uri,
      NEO4J_DATABASE: inject('neo4j').database,
      ...(inject('neo4j').password ? { NEO4J_PASSWORD: inject('neo4j').password! } : {}),
      SEED_ON_EMPTY: 'false',
    });
    running.push(server);
    await server.waitForOutput(/GraphQL server ready/, 60_000);

    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    expect(server.output()).toContain(`"uri":"${inject('neo4j').uri}"`);
    expect(server.output()).toContain('"embedded":false');
    expect(server.output()).not.toContain('Starting embedded Neo4j');

    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  }, 90_000);
});
