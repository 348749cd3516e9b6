import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/neo4j/statement.js';
import { DEFAULT_LIMITS } from '../src/operation-limits.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * Queries written to hurt: each is refused with an error that says which limit it broke, or answered
 * safely, and the server answers ordinary traffic right after. Runs against the seed, read-only.
 */

const COUNT = cypher('test.countAll', 'MATCH (node) RETURN count(node) AS nodes');
let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
let nodesBefore: number;

const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  yoga.fetch('http://localhost/graphql', { method: 'POST', headers, body });

async function nodeCount() {
  const [record] = await graph.database.read(COUNT);
  return record!.get('nodes').toNumber();
}

beforeAll(async () => {
  graph = connectTestGraph();
  yoga = createYogaServer({ database: graph.database, logger: silentLogger });
  nodesBefore = await nodeCount();
});

afterAll(async () => {
  // Nothing hostile changed the graph, and ordinary traffic is served.
  expect(await nodeCount()).toBe(nodesBefore);
  const { data } = await execute(yoga, '{ entity(key: "keir-starmer") { name } }');
  expect(data.entity.name).toBe('Keir Starmer');
  await graph.close();
});

/** Refused: the first error names the limit; whatever data came back holds nothing but nulls. */
function limitError(response: Awaited<ReturnType<typeof execute>>, pattern: RegExp) {
  expect(response.errors?.[0]?.message).toMatch(pattern);
  expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
}

describe('operation limits', () => {
  it('refuses deep nesting, naming depth and its limit', async () => {
    let selection = 'name';
    for (let level = 0; level < 8; level += 1) selection = `relations(first: 1) { edges { node { subject { ${selection} } } } }`;
    const response = await execute(yoga, `{ entity(key: "keir-starmer") { ${selection} } }`);
    limitError(response, /The operation's depth is \d+; the limit is 12/);
    expect(response.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
  });

  it('refuses a query whose pages multiply past the complexity limit', async () => {
    const response = await execute(
      yoga,
      `{ relations(first: 100) { edges { node { evidence { source { relations(first: 100) { edges { node { key } } } } } } } } }`,
    );
    limitError(response, /The operation's complexity is \d+; the limit is 20000/);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: 50 }, (_, index) => `a${index}: search(query: "labour") { totalCount }`).join(' ');
    limitError(await execute(yoga, `{ ${aliases} }`), /Aliases limit of 20 exceeded/);
  });

  it('refuses a document with too many tokens before parsing it all', async () => {
    const fields = Array.from({ length: 2500 }, () => '__typename').join(' ');
    limitError(await execute(yoga, `{ ${fields} }`), /Token limit of 2000 exceeded/);
  });

  it('refuses too many directives', async () => {
    const directives = Array.from({ length: 30 }, () => '@include(if: true)').join(' ');
    limitError(await execute(yoga, `{ __typename ${directives} }`), /Directives limit of 20 exceeded/);
  });

  it('refuses fragment cycles', async () => {
    const response = await execute(yoga, `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`);
    limitError(response, /Cannot spread fragment "A" within itself/);
  });

  it('refuses a fragment-spread bomb whose expansion would be huge', async () => {
    const fragments = Array.from({ length: 20 }, (_, index) =>
      index === 0 ? 'fragment F0 on Query { search(query: "labour") { totalCount } }' : `fragment F${index} on Query { ...F${index - 1} ...F${index - 1} }`,
    ).join(' ');
    const response = await execute(yoga, `{ ...F19 } ${fragments}`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
  });

  it('refuses a page larger than 100, naming the argument', async () => {
    const response = await execute(yoga, `{ relations(first: 100000) { totalCount } }`);
    expect(response.errors?.[0]?.message).toMatch(/first/);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a request still running at the request timeout with REQUEST_TIMEOUT', async () => {
    const impatient = createYogaServer({ database: graph.database, logger: silentLogger, limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 1 } });
    const { errors } = await execute(impatient, `{ neighbourhood(key: "labour-party", depth: 3, limit: 500) { edges { key } } }`);
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/ran for more than 1 ms/), extensions: { code: 'REQUEST_TIMEOUT' } });
  });

  it('answers the longest path search between two hubs within its caps', async () => {
    const { data, errors } = await execute(
      yoga,
      `{ paths(from: "labour-party", to: "conservative-party", maxHops: 6, first: 10, maxDegree: 100000) { length relations { key } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.paths.length).toBeLessThanOrEqual(10);
    expect(data.paths.every((path: { length: number }) => path.length <= 6)).toBe(true);
  });

  it('answers the widest neighbourhood of a hub within its caps', async () => {
    const { data, errors } = await execute(yoga, `{ neighbourhood(key: "labour-party", depth: 3, limit: 500, perEntity: 100) { truncated edges { key } } }`);
    expect(errors).toBeUndefined();
    expect(data.neighbourhood.edges.length).toBeLessThanOrEqual(500);
  });
});

describe('introspection and suggestions', () => {
  it('are on by default, and off (both) when introspection is switched off', async () => {
    const open = await execute(yoga, '{ __schema { queryType { name } } entit(key: "x") { key } }');
    expect(open.errors?.[0]?.message).toMatch(/Did you mean "entity"/);
    const closed = createYogaServer({
      database: graph.database,
      logger: silentLogger,
      limits: { ...DEFAULT_LIMITS, introspection: false, hideSuggestions: true },
    });
    const schemaQuery = await execute(closed, '{ __schema { queryType { name } } }');
    expect(schemaQuery.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await execute(closed, '{ entit(key: "x") { key } }');
    expect(typo.errors?.[0]?.message).toMatch(/Cannot query field "entit"/);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('malformed requests', () => {
  it('refuses batched operations (an array body)', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
  });

  it('refuses a body that is not valid UTF-8 JSON', async () => {
    const response = await post(new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]));
    expect(response.status).toBe(400);
  });

  it('refuses a body over the size limit with 413 before reading it', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(13 * 1024 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('refuses GET without the CSRF header, and answers it with the header', async () => {
    const url = 'http://localhost/graphql?query=%7B__typename%7D';
    expect((await yoga.fetch(url)).status).toBe(403);
    const answered = await yoga.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' } });
    expect((await answered.json()).data).toEqual({ __typename: 'Query' });
  });

  it('answers a giant search string safely', async () => {
    const { data, errors } = await execute(yoga, `query ($q: String!) { search(query: $q) { totalCount } }`, { q: 'labour '.repeat(20_000) });
    expect(errors?.[0]?.extensions?.code ?? null).not.toBe('INTERNAL_SERVER_ERROR');
    if (!errors) expect(data.search.totalCount).toBeGreaterThanOrEqual(0);
  });
});

describe('Cypher and Lucene injection in string arguments', () => {
  const hostile = [
    `keir-starmer"}) MATCH (n) DETACH DELETE n //`,
    `' OR 1=1 //`,
    `\\"}) RETURN 1 UNION MATCH (n) RETURN n //`,
    `*:* OR name:*`,
    `labour AND (name:\\* OR aliases:*)~`,
    `$key`,
    `\u0000\u001f`,
  ];

  it.each(hostile)('treats %j as data in every string argument', async (text) => {
    const { data, errors } = await execute(
      yoga,
      `query ($t: String!) {
        entity(key: $t) { key }
        source(key: $t) { key }
        search(query: $t) { totalCount }
        relations(filter: { subject: $t, object: $t, involving: $t, source: $t }) { totalCount }
        neighbourhood(key: $t) { nodes { key } }
        paths(from: $t, to: "keir-starmer") { length }
      }`,
      { t: text },
    );
    expect(errors?.filter((error) => error.extensions?.code !== 'BAD_USER_INPUT') ?? []).toEqual([]);
    expect(data).toMatchObject({ entity: null, source: null, relations: { totalCount: 0 }, neighbourhood: { nodes: [] }, paths: [] });
  });
});
