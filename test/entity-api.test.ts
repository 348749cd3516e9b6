import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../src/model/entity.js';
import type { Statement } from '../src/neo4j/statement.js';
import { writeSeed } from '../src/seed/write-seed.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

const prefix = uniquePrefix('entity-api');
// A word no real entity has, appended to every name here so searches see only this file's data.
const token = `zq${prefix.slice(-8)}`;

function entity(key: string, fields: Partial<EntityRecord> & Pick<EntityRecord, 'kind' | 'name'>): EntityRecord {
  return { key: `${prefix}-${key}`, aliases: [], description: null, subKind: null, date: null, ...fields };
}

const fixtures: EntityRecord[] = [
  entity('starmer', { kind: 'PERSON', name: `Keir Starmer ${token}`, aliases: [`Sir Keir ${token}`] }),
  entity('snp', { kind: 'ORGANIZATION', subKind: 'PARTY', name: `Scottish National Party ${token}`, aliases: [`SNP ${token}`] }),
  entity('fiaich', { kind: 'PERSON', name: `Seán Ó Fiaich ${token}` }),
  entity('hartlepool-2021', {
    kind: 'ELECTION',
    subKind: 'BY_ELECTION',
    name: `Hartlepool by-election ${token}`,
    date: '2021-05-06',
  }),
  ...['one', 'two', 'three', 'four', 'five'].map((word) =>
    entity(`page-${word}`, { kind: 'PLACE', subKind: 'TOWN', name: `Pagetown ${word} ${token}` }),
  ),
];

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
const statements: Statement[] = [];

beforeAll(async () => {
  graph = connectTestGraph();
  await writeSeed(graph.database, { entities: fixtures });
  yoga = createYogaServer({
    database: graph.database.observedBy((statement) => statements.push(statement)),
    logger: silentLogger,
  });
});

afterAll(async () => {
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
});

describe('Query.entity', () => {
  it('returns the entity with its kind-specific fields', async () => {
    const { data, errors } = await execute(
      yoga,
      `query ($party: String!, $election: String!) {
        party: entity(key: $party) { key name aliases kind ... on Organization { orgKind } }
        election: entity(key: $election) { __typename ... on Election { date electionKind } }
      }`,
      { party: `${prefix}-snp`, election: `${prefix}-hartlepool-2021` },
    );
    expect(errors).toBeUndefined();
    expect(data.party).toEqual({
      key: `${prefix}-snp`,
      name: `Scottish National Party ${token}`,
      aliases: [`SNP ${token}`],
      kind: 'ORGANIZATION',
      orgKind: 'PARTY',
    });
    expect(data.election).toEqual({ __typename: 'Election', date: '2021-05-06', electionKind: 'BY_ELECTION' });
  });

  it('answers null, not an error, for an unknown key', async () => {
    const { data, errors } = await execute(yoga, `{ entity(key: "${prefix}-nobody") { key } }`);
    expect(errors).toBeUndefined();
    expect(data.entity).toBeNull();
  });

  it('loads many keys in one request with a single Cypher statement', async () => {
    statements.length = 0;
    const { data } = await execute(
      yoga,
      `query ($a: String!, $b: String!, $c: String!, $d: String!) {
        a: entity(key: $a) { key } b: entity(key: $b) { key } c: entity(key: $c) { key } d: entity(key: $d) { key }
      }`,
      { a: `${prefix}-starmer`, b: `${prefix}-snp`, c: `${prefix}-fiaich`, d: `${prefix}-missing` },
    );
    expect(Object.values(data).map((value) => (value as { key: string } | null)?.key ?? null)).toEqual([
      `${prefix}-starmer`,
      `${prefix}-snp`,
      `${prefix}-fiaich`,
      null,
    ]);
    expect(statements.map((statement) => statement.name)).toEqual(['entity.findByKeys']);
  });
});

describe('Query.search', () => {
  async function searchKeys(query: string, extra = '') {
    const { data, errors } = await execute(
      yoga,
      `query ($query: String!) { search(query: $query ${extra}) { totalCount edges { node { key } } } }`,
      { query },
    );
    expect(errors).toBeUndefined();
    return {
      totalCount: data.search.totalCount as number,
      keys: (data.search.edges as { node: { key: string } }[]).map((edge) => edge.node.key),
    };
  }

  it('finds an entity by name, ignoring case', async () => {
    expect((await searchKeys(`STARMER ${token}`)).keys).toEqual([`${prefix}-starmer`]);
  });

  it('finds an entity by alias', async () => {
    expect((await searchKeys(`snp ${token}`)).keys).toEqual([`${prefix}-snp`]);
  });

  it('tolerates a small typo', async () => {
    expect((await searchKeys(`Starmr ${token}`)).keys).toEqual([`${prefix}-starmer`]);
  });

  it('ignores accents on either side', async () => {
    expect((await searchKeys(`sean o fiaich ${token}`)).keys).toEqual([`${prefix}-fiaich`]);
    expect((await searchKeys(`Keír Stármer ${token}`)).keys).toEqual([`${prefix}-starmer`]);
  });

  it('restricts results to the requested kinds', async () => {
    const all = await searchKeys(token);
    const people = await searchKeys(token, ', kinds: [PERSON]');
    expect(all.totalCount).toBe(fixtures.length);
    expect(people.keys.sort()).toEqual([`${prefix}-fiaich`, `${prefix}-starmer`]);
  });

  it('treats Lucene syntax in the query as plain text', async () => {
    const result = await searchKeys(`Starmer) OR (*:* ${token}~~ ^"`);
    expect(result.keys).toEqual([`${prefix}-starmer`]);
  });

  it('pages forward with neither gaps nor repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data, errors }: { data?: any; errors?: unknown } = await execute(
        yoga,
        `query ($query: String!, $after: String) {
          search(query: $query, first: 2, after: $after) {
            totalCount edges { cursor node { key } } pageInfo { hasNextPage endCursor }
          }
        }`,
        { query: `pagetown ${token}`, after },
      );
      expect(errors).toBeUndefined();
      expect(data.search.totalCount).toBe(5);
      seen.push(...data.search.edges.map((edge: { node: { key: string } }) => edge.node.key));
      pages += 1;
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(fixtures.filter((f) => f.key.includes('-page-')).map((f) => f.key)));
  });

  it('refuses a page size above 100, naming the argument', async () => {
    const { errors } = await execute(yoga, `{ search(query: "x", first: 1000) { totalCount } }`);
    expect(errors?.[0]?.message).toContain('"first"');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('answers an empty connection for a query with no searchable words', async () => {
    expect(await searchKeys('the of and')).toEqual({ totalCount: 0, keys: [] });
  });
});

describe('Query.node', () => {
  it('round-trips an entity through its global ID', async () => {
    const first = await execute(yoga, `{ entity(key: "${prefix}-starmer") { id } }`);
    const { data, errors } = await execute(yoga, `query ($id: ID!) { node(id: $id) { __typename ... on Entity { key } } }`, {
      id: first.data.entity.id,
    });
    expect(errors).toBeUndefined();
    expect(data.node).toEqual({ __typename: 'Person', key: `${prefix}-starmer` });
  });

  it('answers null for a global ID whose type does not match the entity', async () => {
    const personIdForParty = Buffer.from(`Person:${prefix}-snp`).toString('base64');
    const { data, errors } = await execute(yoga, `query ($id: ID!) { node(id: $id) { id } }`, { id: personIdForParty });
    expect(errors).toBeUndefined();
    expect(data.node).toBeNull();
  });
});
