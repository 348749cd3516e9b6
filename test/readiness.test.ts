import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/neo4j/embedded.js';
import { openGraph, type OpenGraph } from '../src/neo4j/open.js';
import { DEFAULT_LIMITS } from '../src/operation-limits.js';
import { createYogaServer } from '../src/yoga.js';
import { freePort } from '../src/neo4j/free-port.js';
import { silentLogger, testConfig } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * Faults: this file runs a Neo4j of its own so that it can stop it under a live server with traffic
 * and bring it back. While it is gone, requests fail fast with a clear error (none waits past the
 * request timeout) and `/ready` is 503; when it returns the server recovers without a restart.
 */

let neo4j: EmbeddedNeo4j | undefined;
let graph: OpenGraph | undefined;

afterAll(async () => {
  await graph?.close();
  await neo4j?.stop();
});

/** Requests sent back to back by `connections` clients until stopped; each answer's error code and time. */
function startTraffic(yoga: ReturnType<typeof createYogaServer>, connections: number) {
  const answers: { startedAt: number; endedAt: number; ms: number; error: string | null }[] = [];
  let running = true;
  const client = async () => {
    while (running) {
      const started = performance.now();
      const { errors } = await execute(yoga, '{ entity(key: "keir-starmer") { key } entities(first: 5) { totalCount } }');
      const ended = performance.now();
      answers.push({ startedAt: started, endedAt: ended, ms: ended - started, error: errors ? String(errors[0]?.extensions?.code ?? errors[0]?.message) : null });
      await delay(20);
    }
  };
  const clients = Array.from({ length: connections }, client);
  return {
    /** Until every client has had an answer: the first statements are planned on a cold Neo4j, slowly on a loaded machine. */
    warm: async () => {
      while (answers.filter((answer) => answer.error === null).length < connections * 2) await delay(20);
    },
    stop: async () => {
      running = false;
      await Promise.all(clients);
      return answers;
    },
  };
}

async function status(yoga: ReturnType<typeof createYogaServer>, endpoint: string): Promise<number> {
  return (await yoga.fetch(`http://localhost${endpoint}`)).status;
}

describe.skipIf(!inject('neo4j').embedded)('the embedded Neo4j killed under a live server', () => {
  it('is restarted by the server: requests fail within a second meanwhile, and /ready turns back to 200 by itself', async () => {
    const base = testConfig({ NEO4J_URI: undefined }).neo4j;
    const config = {
      ...base,
      uri: undefined,
      embedded: {
        ...base.embedded,
        dataDirectory: await mkdtemp(path.join(tmpdir(), 'political-graph-supervised-')),
        port: await freePort(),
        pageCacheMebibytes: 64,
      },
    };
    const supervised = await openGraph(config, silentLogger);
    try {
      const yoga = createYogaServer({ database: supervised.database, logger: silentLogger });
      expect(await status(yoga, '/ready')).toBe(200);
      const traffic = startTraffic(yoga, 4);
      await traffic.warm();
      const killed = supervised.embedded!.pid;
      const killedAt = performance.now();
      process.kill(killed, 'SIGKILL');

      let ready = 503;
      const deadline = performance.now() + 90_000;
      await delay(500);
      while (ready !== 200 && performance.now() < deadline) {
        ready = await status(yoga, '/ready');
        if (ready !== 200) await delay(250);
      }
      expect(ready).toBe(200);
      expect(supervised.embedded!.pid).not.toBe(killed);
      const recovered = await execute(yoga, '{ __typename entities(first: 1) { totalCount } }');
      expect(recovered.errors).toBeUndefined();

      const answers = await traffic.stop();
      const outage = answers.filter((answer) => answer.error !== null);
      expect(outage.length).toBeGreaterThan(0);
      expect(new Set(outage.map((answer) => answer.error))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
      // Timed from the kill for a request already running then, as in the test below.
      const waited = outage.map((answer) => answer.endedAt - Math.max(answer.startedAt, killedAt));
      console.log(`supervised: ${outage.length} refusals, slowest ${Math.round(Math.max(...waited))} ms; back after ${Math.round(performance.now() - killedAt)} ms`);
      expect(Math.max(...waited)).toBeLessThan(1000);
    } finally {
      await supervised.close();
    }
  }, 150_000);
});

describe.skipIf(!inject('neo4j').embedded)('Neo4j stopped under a live server', () => {
  it('under traffic: fails fast with DATABASE_UNAVAILABLE, turns /ready to 503, and recovers without a restart', async () => {
    const base = testConfig().neo4j.embedded;
    const options = {
      ...base,
      dataDirectory: await mkdtemp(path.join(tmpdir(), 'political-graph-ready-')),
      port: await freePort(),
      pageCacheMebibytes: 64,
      ephemeral: true,
    };
    neo4j = await startEmbeddedNeo4j(options, silentLogger);
    const fast = { NEO4J_URI: neo4j.boltUri, NEO4J_MAX_RETRY_TIME_MS: '1000', NEO4J_CONNECTION_TIMEOUT_MS: '1000' };
    graph = await openGraph(testConfig(fast).neo4j, silentLogger);
    const requestTimeoutMs = 5000;
    const yoga = createYogaServer({ database: graph.database, logger: silentLogger, limits: { ...DEFAULT_LIMITS, requestTimeoutMs } });
    const traffic = startTraffic(yoga, 4);
    await traffic.warm();

    expect(await status(yoga, '/health')).toBe(200);
    expect(await status(yoga, '/ready')).toBe(200);

    const stoppedAt = performance.now();
    await neo4j.stop();
    const down = await yoga.fetch('http://localhost/ready');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ready: false, reason: 'Neo4j is not reachable' });
    expect(await status(yoga, '/health')).toBe(200);
    const failed = await execute(yoga, '{ entity(key: "keir-starmer") { key } }');
    expect(failed.errors?.[0]).toMatchObject({
      message: 'The database is not reachable right now; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    await delay(2000); // traffic keeps going against the stopped database

    const restartedAt = performance.now();
    neo4j = await startEmbeddedNeo4j(options, silentLogger);
    let ready = 503;
    for (let attempt = 0; attempt < 50 && ready !== 200; attempt += 1) {
      ready = await status(yoga, '/ready');
      if (ready !== 200) await delay(200);
    }
    expect(ready).toBe(200);
    const recovered = await execute(yoga, '{ entity(key: "keir-starmer") { key } }');
    expect(recovered.errors).toBeUndefined();

    const answers = await traffic.stop();
    const outage = answers.filter((answer) => answer.error !== null);
    expect(outage.length).toBeGreaterThan(0);
    // Every request was answered, none after the request timeout, and every failure said what it was:
    // the database unreachable, or (while Neo4j is starting again on a loaded machine) the timeout.
    expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(requestTimeoutMs + 1000);
    // Refused at once while it was down: no request rode out the driver's retries on a dead address. A
    // request already running when Neo4j stopped is timed from the stop: until then it was not waiting on
    // a database that was down.
    const waited = (answer: { startedAt: number; endedAt: number }) => answer.endedAt - Math.max(answer.startedAt, stoppedAt);
    const unavailable = outage.filter((answer) => answer.error === 'DATABASE_UNAVAILABLE');
    const slowest = [...unavailable].sort((a, b) => waited(b) - waited(a)).slice(0, 3);
    const when = (answer: { startedAt: number }) => `begun ${Math.round(answer.startedAt - stoppedAt)} ms from the stop, ${Math.round(answer.startedAt - restartedAt)} ms from the restart`;
    console.log(`external: ${unavailable.length} refusals; slowest ${slowest.map((answer) => `${Math.round(waited(answer))} ms (${when(answer)})`).join('; ')}`);
    expect(Math.max(...unavailable.map(waited))).toBeLessThan(1000);
    expect(outage.map((answer) => answer.error)).toContain('DATABASE_UNAVAILABLE');
    expect([...new Set(outage.map((answer) => answer.error))].filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== 'REQUEST_TIMEOUT')).toEqual([]);
    expect(answers.at(-1)?.error).toBeNull();
  }, 120_000);
});
