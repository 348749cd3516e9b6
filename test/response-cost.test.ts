import { complexityFromQuery } from '@pothos/plugin-complexity';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HEAVY_LANE } from '../src/heavy-lane.js';
import { DEFAULT_LIMITS } from '../src/operation-limits.js';
import { schema } from '../src/schema/index.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * What a request costs is what it can return: wide neighbourhoods, many paths and sources' full texts
 * count for what they are, and no answer grows past the response-size cap.
 */

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
let small: ReturnType<typeof createYogaServer>;
const SMALL_RESPONSE = 4_000;

beforeAll(() => {
  graph = connectTestGraph();
  yoga = createYogaServer({ database: graph.database, logger: silentLogger });
  small = createYogaServer({ database: graph.database, logger: silentLogger, limits: { ...DEFAULT_LIMITS, responseBytes: SMALL_RESPONSE } });
});

afterAll(async () => {
  await graph.close();
});

describe('the complexity estimate counts what a field can return', () => {
  it('refuses the widest neighbourhood with every source text, which it used to accept', async () => {
    const { errors } = await execute(
      yoga,
      `{ neighbourhood(key: "nicola-sturgeon", depth: 3, limit: 500, perEntity: 100) {
          nodes { key name } edges { key evidence { quote source { key text } } } } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
    expect(errors?.[0]?.message).toMatch(/The operation's complexity is \d+; the limit is 20000/);
  });

  it('is not fooled by an argument out of range: it counts as its nearest allowed value', async () => {
    const { errors } = await execute(
      yoga,
      `{ x: neighbourhood(key: "nicola-sturgeon", perEntity: -1000000000) { hubs { key } }
         y: neighbourhood(key: "nicola-sturgeon", depth: 3, limit: 500, perEntity: 100) { edges { key evidence { source { key text } } } } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
  });

  it('counts paths by how many are asked for', async () => {
    const paths = (first: number) => `{ paths(from: "nicola-sturgeon", to: "keir-starmer", maxHops: 6, first: ${first}) {
        entities { key name } relations { key evidence { quote source { key text } } } } }`;
    const wide = await execute(yoga, paths(10));
    expect(wide.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
    const narrow = await execute(yoga, paths(1).replace(' text', ''));
    expect(narrow.errors).toBeUndefined();
  });

  it('counts a path search by its hops: one of 6 hops takes the heavy lane, three of 4 do not', () => {
    const complexity = (maxHops: number, first: number) =>
      complexityFromQuery(parse(`{ paths(from: "a", to: "b", maxHops: ${maxHops}, first: ${first}) { entities { key } relations { key } } }`), {
        schema,
        ctx: {},
        variables: {},
      }).complexity;
    expect(complexity(6, 1)).toBeGreaterThanOrEqual(DEFAULT_HEAVY_LANE.threshold);
    expect(complexity(4, 3)).toBeLessThan(DEFAULT_HEAVY_LANE.threshold);
    expect(complexity(6, 1)).toBeGreaterThan(2 * complexity(5, 1) - complexity(1, 1));
  });

  it('still accepts what the explorer asks', async () => {
    const { errors } = await execute(
      yoga,
      `{ neighbourhood(key: "nicola-sturgeon", depth: 2) {
          nodes { key name kind } edges { key type validFrom validTo subject { key } object { key } evidence { quote source { key title url } } } hubs { key } truncated } }`,
    );
    expect(errors).toBeUndefined();
  });
});

describe('a source text', () => {
  it('has a length and excerpts, for clients that need only a glimpse', async () => {
    const { data, errors } = await execute(
      yoga,
      `{ source(key: "ap-2021-05-07-hartlepool") { text textLength excerpt(around: "Mortimer said", length: 120) start: excerpt(length: 40) none: excerpt(around: "no such words anywhere") } }`,
    );
    expect(errors).toBeUndefined();
    const { text, textLength, excerpt, start, none } = data.source;
    expect(textLength).toBe(text.length);
    expect(excerpt).toContain("Mortimer said");
    expect(excerpt.replaceAll('…', '').length).toBeLessThanOrEqual(120);
    expect(text).toContain(excerpt.replaceAll('…', ''));
    expect(text.startsWith(start.replace(/…$/, ''))).toBe(true);
    expect(none).toBeNull();
  });
});

describe('the response-size cap', () => {
  it('refuses the texts that would take an answer past it, naming the field, and keeps the rest', async () => {
    const { data, errors } = await execute(small, '{ sources(first: 20) { edges { node { key text } } } }');
    expect(errors?.length).toBeGreaterThan(0);
    expect(errors!.every((error) => error.extensions?.code === 'RESPONSE_TOO_LARGE')).toBe(true);
    expect(errors![0]!.message).toMatch(/limited to 4 KiB and Source\.text of ".+" would take it past that/);
    const kept = data.sources.edges.filter((edge: { node: { text: string | null } }) => edge.node.text !== null);
    expect(JSON.stringify(kept).length).toBeLessThan(SMALL_RESPONSE);
  });

  it('refuses a whole answer past it, made of many small fields', async () => {
    const { data, errors } = await execute(small, '{ entities(first: 100) { edges { node { key name aliases description } } } }');
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(errors?.[0]?.message).toMatch(/this answer would be \d+ bytes/);
  });

  it('lets an answer under it through', async () => {
    const { errors } = await execute(small, '{ entity(key: "keir-starmer") { name } }');
    expect(errors).toBeUndefined();
  });
});
