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
  const answers: { startedAt: number; ms: number; error: string | null }[] = [];
  let running = true;
  const client = async () => {
    while (running) {
      const started = performance.now();
      const { errors } = await execute(yoga, '{ entity(key: "keir-starmer") { key } entities(first: 5) { totalCount } }');
      answers.push({ startedAt: started, ms: performance.now() - started, error: errors ? String(errors[0]?.extensions?.code ?? errors[0]?.message) : null });
      await delay(20);
    }
  };
  const clients = Array.from({ length: connections }, client);
  return {
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
      await delay(300);
      const killed = supervised.embedded!.pid;
      process.kill(killed, "SIGKILL");
      const killedAt = Date.now();

      let ready = 503;
      const deadline = Date.now() + 90_000;
      await delay(500);
      while (ready !== 200 && Date.now() < deadline) {
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
      console.log(`supervised: ${outage.length} refusals, slowest ${Math.round(Math.max(...outage.map((answer) => answer.ms)))} ms; back after ${Date.now() - killedAt} ms`);
      expect(Math.max(...outage.map((answer) => answer.ms))).toBeLessThan(1000);
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
    // Refused at once while it was down: no request rode out the driver's retries on a dead address.
    const unavailable = outage.filter((answer) => answer.error === 'DATABASE_UNAVAILABLE').map((answer) => answer.ms);
    console.log(`external: ${unavailable.length} refusals, slowest ${Math.round(Math.max(...unavailable))} ms`);
    // When the slowest refusals began, against the stop and the restart (negative: before it), to tell
    // which phase makes a refusal slow.
    const slowest = outage.filter((answer) => answer.error === 'DATABASE_UNAVAILABLE').sort((a, b) => b.ms - a.ms).slice(0, 3);
    const when = (answer: { startedAt: number }) => `begun ${Math.round(answer.startedAt - stoppedAt)} ms from the stop, ${Math.round(answer.startedAt - restartedAt)} ms from the restart`;
    console.log(`external, slowest refusals: ${slowest.map((answer) => `${Math.round(answer.ms)} ms, ${when(answer)}`).join('; ')}`);
    expect(Math.max(...unavailable)).toBeLessThan(1000);
    expect(outage.map((answer) => answer.error)).toContain('DATABASE_UNAVAILABLE');
    expect([...new Set(outage.map((answer) => answer.error))].filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== 'REQUEST_TIMEOUT')).toEqual([]);
    expect(answers.at(-1)?.error).toBeNull();
  }, 120_000);
});
