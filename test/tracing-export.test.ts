import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { freePort } from '../src/neo4j/free-port.js';
import { startTracing } from '../src/tracing-setup.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/** With OTEL_EXPORTER_OTLP_TRACES_ENDPOINT set, traces reach the collector over OTLP/HTTP. */

const received: { path: string; contentType: string; bytes: number }[] = [];
const collector = createServer((request: IncomingMessage, response) => {
  let bytes = 0;
  request.on('data', (chunk: Buffer) => (bytes += chunk.length));
  request.on('end', () => {
    received.push({ path: request.url ?? '', contentType: request.headers['content-type'] ?? '', bytes });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
let graph: TestGraph;

beforeAll(async () => {
  collector.listen(await freePort(), '127.0.0.1');
  await once(collector, 'listening');
  graph = connectTestGraph();
});

afterAll(async () => {
  collector.close();
  await graph.close();
});

it('exports the spans of a request to the configured collector', async () => {
  const address = collector.address() as { port: number };
  const config = parseConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${address.port}/v1/traces` });
  expect(config.tracing).toEqual({ endpoint: `http://127.0.0.1:${address.port}/v1/traces`, serviceName: 'political-graph' });
  const { tracing, shutdown } = startTracing(config.tracing!);
  const yoga = createYogaServer({ database: graph.database, logger: silentLogger, tracing });
  await execute(yoga, '{ entity(key: "keir-starmer") { name } }');
  await shutdown(); // flushes the batch
  expect(received).toContainEqual(expect.objectContaining({ path: '/v1/traces', contentType: expect.stringMatching(/protobuf|json/) }));
  expect(received.reduce((sum, request) => sum + request.bytes, 0)).toBeGreaterThan(0);
});
