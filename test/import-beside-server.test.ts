import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../src/neo4j/free-port.js';
import { startScript, startServerProcess, type ServerProcess } from './support/processes.js';

/**
 * `npm run import` while `npm start` holds the embedded store: the import writes through the
 * server's Neo4j over Bolt (the store itself is locked), says so, and the server answers with what
 * it wrote at once.
 */

let folder: string;
let server: ServerProcess;
let origin: string;
let boltPort: number;
const environment = () => ({ LOG_FORMAT: 'json', NEO4J_EMBEDDED_DATA_DIR: path.join(folder, 'neo4j'), NEO4J_EMBEDDED_PAGE_CACHE_MB: '64' });

describe.skipIf(!inject('neo4j').embedded)('npm run import beside npm start, on the embedded store', () => {
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'political-graph-beside-'));
    const port = await freePort();
    boltPort = await freePort();
    server = startServerProcess({ ...environment(), PORT: String(port), NEO4J_EMBEDDED_PORT: String(boltPort), SEED_ON_EMPTY: 'false' });
    await server.waitForOutput(/GraphQL server ready/, 120_000);
    origin = `http://127.0.0.1:${port}`;
  }, 180_000);

  afterAll(async () => {
    server?.child.kill('SIGINT');
    await server?.exited;
    await rm(folder, { recursive: true, force: true });
  });

  it('writes through the server’s Neo4j, and says which database it uses', async () => {
    const file = path.join(folder, 'beside.jsonl');
    await writeFile(file, `${JSON.stringify({ entity: { key: 'beside-the-server', kind: 'PERSON', name: 'Beside Theserver' } })}\n`);
    // Another embedded port: a tool that started its own Neo4j would use it, and fail on the store's lock.
    const run = startScript('src/ingest/import-cli.ts', [file], { ...environment(), NEO4J_EMBEDDED_PORT: String(await freePort()) });
    expect(await run.exited, run.output().slice(-2_000)).toEqual({ code: 0, signal: null });
    expect(run.output()).toContain('using its Neo4j over Bolt');
    expect(run.output()).toContain(`"uri":"bolt://127.0.0.1:${boltPort}"`);

    const answer = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(key: "beside-the-server") { name } }' }),
    });
    expect((await answer.json()).data).toEqual({ entity: { name: 'Beside Theserver' } });
  }, 120_000);

  it('once the server has stopped, starts the embedded Neo4j itself: the server took its note away', async () => {
    server.child.kill('SIGINT');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(folder, 'neo4j', 'held-by.json'))).toBe(false);
    const run = startScript('src/integrity/check-graph-cli.ts', [], { ...environment(), NEO4J_EMBEDDED_PORT: String(await freePort()) });
    expect(await run.exited, run.output().slice(-2_000)).toEqual({ code: 0, signal: null });
    expect(run.output()).toContain('Starting embedded Neo4j');
    expect(run.output()).not.toContain('using its Neo4j over Bolt');
  }, 120_000);
});
