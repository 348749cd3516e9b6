import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportComplexity } from '../src/exploration/export-cost.js';
import { parseExportRequest } from '../src/exploration/export-request.js';
import { HeavyLaneGate } from '../src/heavy-lane.js';
import { DEFAULT_LIMITS } from '../src/operation-limits.js';
import { schema } from '../src/schema/index.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';

/**
 * Exports are reads like any other: they count as the GraphQL query asking for the same graph, are
 * refused past the complexity limit, take turns with heavy GraphQL operations, and stop at the
 * request timeout.
 */

const LIGHT = '/export/csv?key=nicola-sturgeon';
const HEAVY = '/export/csv?key=nicola-sturgeon&depth=3&limit=300&perEntity=50';
/** Past the default complexity limit, as the same neighbourhood asked at /graphql is. */
const WIDEST = '/export/csv?key=nicola-sturgeon&depth=3&limit=500&perEntity=100';
const complexityOf = (path: string) => {
  const url = new URL(`http://localhost${path}`);
  return exportComplexity(schema, parseExportRequest({ ...Object.fromEntries(url.searchParams), format: 'csv' }));
};

let graph: TestGraph;

beforeAll(() => {
  graph = connectTestGraph();
});

afterAll(async () => {
  await graph.close();
});

async function download(yoga: ReturnType<typeof createYogaServer>, path: string) {
  const response = await yoga.fetch(`http://localhost${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Holds the lane's one place until `release` is called. */
function occupy(lane: HeavyLaneGate) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  void lane.run('someone-else', Number.POSITIVE_INFINITY, () => held, () => undefined);
  return release;
}

describe('an export', () => {
  it('counts as the GraphQL query for the same graph: more hops and wider pages cost more', () => {
    expect(complexityOf(HEAVY)).toBeGreaterThan(complexityOf(LIGHT));
    expect(complexityOf(WIDEST)).toBeGreaterThan(complexityOf(HEAVY));
    expect(complexityOf('/export/csv?from=nicola-sturgeon&to=keir-starmer&maxHops=6&first=10')).toBeGreaterThan(
      complexityOf('/export/csv?from=nicola-sturgeon&to=keir-starmer'),
    );
  });

  it('is refused past the default complexity limit, as the same query at /graphql is', async () => {
    const yoga = createYogaServer({ database: graph.database, logger: silentLogger });
    const exported = await download(yoga, WIDEST);
    expect(exported.status).toBe(400);
    expect(JSON.parse(exported.body).errors[0].extensions.code).toBe('OPERATION_LIMIT');
    const asked = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ neighbourhood(key: "nicola-sturgeon", depth: 3, limit: 500, perEntity: 100) {
          nodes { key name kind description aliases }
          edges { key type validFrom validTo confidence subject { key } object { key } context { key } evidence { quote source { key } } } } }`,
      }),
    });
    expect((await asked.json()).errors[0].extensions.code).toBe('OPERATION_LIMIT');
  });

  it('is refused past the complexity limit with 400, saying its complexity and the limit', async () => {
    const limit = complexityOf(LIGHT) + 1;
    const yoga = createYogaServer({ database: graph.database, logger: silentLogger, limits: { ...DEFAULT_LIMITS, complexity: limit } });
    expect((await download(yoga, LIGHT)).status).toBe(200);
    const refused = await download(yoga, HEAVY);
    expect(refused.status).toBe(400);
    const error = JSON.parse(refused.body).errors[0];
    expect(error.extensions).toMatchObject({ code: 'OPERATION_LIMIT', complexity: complexityOf(HEAVY), limit });
    expect(error.message).toContain(`the limit is ${limit}`);
  });

  it('waits for its turn in the heavy lane when heavy; a light one does not', async () => {
    const lane = new HeavyLaneGate({ threshold: complexityOf(HEAVY), concurrency: 1 }, DEFAULT_LIMITS.requestTimeoutMs);
    const yoga = createYogaServer({ database: graph.database, logger: silentLogger, heavyLane: lane });
    const release = occupy(lane);
    let heavyDone = false;
    const heavy = download(yoga, HEAVY).then((answer) => {
      heavyDone = true;
      return answer;
    });
    expect((await download(yoga, LIGHT)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heavyDone).toBe(false);
    release();
    const answer = await heavy;
    expect(answer.status, answer.body.slice(0, 300)).toBe(200);
    expect(answer.body.split('\n').length).toBeGreaterThan(20);
  });

  it('is stopped at the request timeout with 503 and REQUEST_TIMEOUT, even while it waits in the lane', async () => {
    const timeoutMs = 300;
    const limits = { ...DEFAULT_LIMITS, requestTimeoutMs: timeoutMs };
    const lane = new HeavyLaneGate({ threshold: complexityOf(HEAVY), concurrency: 1 }, timeoutMs);
    const yoga = createYogaServer({ database: graph.database, logger: silentLogger, limits, heavyLane: lane });
    const release = occupy(lane);
    const started = performance.now();
    const answer = await download(yoga, HEAVY);
    const waited = performance.now() - started;
    release();
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(JSON.parse(answer.body).errors[0]).toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT' } });
    expect(waited).toBeGreaterThanOrEqual(timeoutMs - 5);
  });
});
