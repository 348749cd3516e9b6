import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import type { FairShareLimits } from '../src/fair-share.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';

/**
 * Per-client limits: a client past its requests in flight, or past its request time for the minute,
 * gets 429 with Retry-After before any work is done, while other clients are served.
 */

const greedy = newApiKey('greedy', ['reader']);
const polite = newApiKey('polite', ['reader']);
const HEAVY = '{ neighbourhood(key: "nicola-sturgeon", depth: 3, limit: 200) { edges { key } } }';
const LIGHT = '{ entity(key: "keir-starmer") { name } }';

let graph: TestGraph;

/** A server over the run's Neo4j that admits both keys and applies these per-client limits. */
function limitedServer(fairShare: FairShareLimits) {
  const keyring = new ApiKeyring(parseApiKeys([greedy.entry, polite.entry].join(',')).entries);
  return createYogaServer({ database: graph.database, logger: silentLogger, keyring, fairShare });
}

beforeAll(() => {
  graph = connectTestGraph();
});

afterAll(async () => {
  await graph.close();
});

async function send(yoga: ReturnType<typeof createYogaServer>, key: string, query: string): Promise<Response> {
  return yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
}

describe('fair share per client', () => {
  it('refuses requests past the in-flight limit with 429 and Retry-After, and serves another client meanwhile', async () => {
    const yoga = limitedServer({ concurrentPerClient: 2, requestMsPerMinute: 600_000 });
    const [burst, other] = await Promise.all([
      Promise.all(Array.from({ length: 8 }, () => send(yoga, greedy.key, HEAVY))),
      send(yoga, polite.key, LIGHT),
    ]);
    const statuses = burst.map((response) => response.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    const refused = burst.find((response) => response.status === 429)!;
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(other.status).toBe(200);
    expect(await other.json()).toEqual({ data: { entity: { name: 'Keir Starmer' } }, extensions: expect.any(Object) });
  });

  it('refuses a client that has used its request time for the minute, saying when to come back', async () => {
    const yoga = limitedServer({ concurrentPerClient: 8, requestMsPerMinute: 200 });
    let refused: Response | null = null;
    for (let attempt = 0; attempt < 200 && !refused; attempt += 1) {
      const response = await send(yoga, greedy.key, HEAVY);
      if (response.status === 429) refused = response;
      else await response.text();
    }
    expect(refused).not.toBeNull();
    const retryAfter = Number(refused!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await refused!.json()).errors[0].message).toMatch(/used its 200 ms of request time for this minute; try again in \d+ s/);
    expect((await send(yoga, polite.key, LIGHT)).status).toBe(200);
  });

  it('never limits health, readiness or metrics', async () => {
    const yoga = limitedServer({ concurrentPerClient: 1, requestMsPerMinute: 1 });
    const statuses = await Promise.all(Array.from({ length: 5 }, async () => (await yoga.fetch('http://localhost/health')).status));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
