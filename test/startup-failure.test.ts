import { describe, expect, it } from 'vitest';
import { Neo4jUnreachableError } from '../src/neo4j/connect.js';
import { openGraph } from '../src/neo4j/open.js';
import { freePort } from '../src/neo4j/free-port.js';
import { silentLogger, testConfig } from './support/graph.js';
import { startServerProcess } from './support/processes.js';

describe('start-up with Neo4j unreachable', () => {
  it('gives up after the configured wait with an error naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const config = testConfig({ NEO4J_URI: uri, NEO4J_STARTUP_TIMEOUT_S: '2' });
    const started = Date.now();
    const error = await openGraph(config.neo4j, silentLogger).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Neo4jUnreachableError);
    expect((error as Error).message).toContain(uri);
    expect((error as Error).message).toMatch(/unset NEO4J_URI/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('makes `npm start` exit non-zero within 30 s, with the default settings, naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const server = startServerProcess({ NEO4J_URI: uri, PORT: String(await freePort()), LOG_FORMAT: 'json' });
    const { code } = await server.exited;
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(code).toBe(1);
    expect(server.output()).toContain(`Cannot reach Neo4j at ${uri}`);
  }, 40_000);

  it('makes `npm start` exit at once when the configuration is invalid, listing every problem', async () => {
    const server = startServerProcess({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474' });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toMatch(/PORT: /);
    expect(server.output()).toMatch(/NEO4J_URI: must use one of the schemes/);
  }, 20_000);
});
