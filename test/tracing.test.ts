import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Tracing } from '../src/tracing.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/** Optional tracing: an operation's span holds one child span per Cypher statement it ran. */

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
let graph: TestGraph;

beforeAll(() => {
  provider.register();
  graph = connectTestGraph();
});

afterAll(async () => {
  await provider.shutdown();
  await graph.close();
});

it('traces an operation and, under it, each Cypher statement it ran', async () => {
  const yoga = createYogaServer({ database: graph.database, logger: silentLogger, tracing: new Tracing(provider.getTracer('test')) });
  const { errors } = await execute(yoga, 'query Starmer { entity(key: "keir-starmer") { name relations(first: 2) { totalCount } } }');
  expect(errors).toBeUndefined();

  const spans = exporter.getFinishedSpans();
  const operation = spans.find((span) => span.name === 'graphql.query Starmer');
  expect(operation?.attributes).toMatchObject({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'Starmer' });
  const statements = spans.filter((span) => span.name.startsWith('cypher '));
  expect(statements.map((span) => span.name).sort()).toEqual(['cypher entity.findByKeys', 'cypher relation.ofEntities']);
  for (const statement of statements) {
    expect(statement.parentSpanContext?.spanId).toBe(operation!.spanContext().spanId);
    expect(statement.attributes['db.system']).toBe('neo4j');
  }
});
