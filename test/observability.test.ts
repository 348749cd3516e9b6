import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/** Request ids, access logs and Prometheus metrics, as an operator scrapes and greps them. */

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
const logLines: Record<string, unknown>[] = [];

beforeAll(() => {
  graph = connectTestGraph();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  yoga = createYogaServer({ database: graph.database, logger: pino({ level: 'info' }, sink) });
});

afterAll(async () => {
  await graph.close();
});

const post = (query: string, headers: Record<string, string> = {}) =>
  yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

describe('request ids and access logs', () => {
  it('gives every response a request id, keeps a caller\'s plain one, and logs the request under it', async () => {
    const fresh = await post('{ entity(key: "keir-starmer") { name } }');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await post('{ __typename }', { 'x-request-id': 'trace-42.a:b' });
    expect(kept.headers.get('x-request-id')).toBe('trace-42.a:b');
    const replaced = await post('{ __typename }', { 'x-request-id': '<script>' });
    expect(replaced.headers.get('x-request-id')).not.toBe('<script>');
    expect(logLines).toContainEqual(expect.objectContaining({ msg: 'request', requestId: 'trace-42.a:b', path: '/graphql', status: 200 }));
    await yoga.fetch('http://localhost/health');
    expect(logLines.filter((line) => line.path === '/health')).toEqual([]);
  });
});

describe('/metrics', () => {
  it('counts operations by root field and outcome, errors by code, statements by name, and the process', async () => {
    await post('{ entity(key: "keir-starmer") { name relations { totalCount } } }');
    await post('{ relations(first: 1000) { totalCount } }');
    const response = await yoga.fetch('http://localhost/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    const count = (pattern: RegExp) => Number(text.match(pattern)?.[1] ?? 0);
    expect(count(/graphql_operation_duration_seconds_count\{type="query",field="entity",outcome="ok"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(count(/graphql_operation_duration_seconds_count\{type="query",field="relations",outcome="error"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(count(/graphql_errors_total\{code="BAD_USER_INPUT"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(count(/neo4j_statement_duration_seconds_count\{statement="entity.findByKeys"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(count(/neo4j_statement_duration_seconds_count\{statement="relation.ofEntities"\} (\d+)/)).toBeGreaterThanOrEqual(1);
    expect(count(/http_request_duration_seconds_count\{route="\/graphql",method="POST",status="200"\} (\d+)/)).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });

  it('is not served when switched off', async () => {
    const quiet = createYogaServer({ database: graph.database, logger: silentLogger, metricsEndpoint: false });
    expect((await quiet.fetch('http://localhost/metrics')).status).toBe(404);
    const { data } = await execute(quiet, '{ __typename }');
    expect(data.__typename).toBe('Query');
  });
});
