import { describe, expect, it } from 'vitest';
import { useSeedApi } from './support/seed-api.js';

/**
 * DataLoader everywhere: each level of a query costs one Cypher statement per kind of data,
 * however many items the level holds. The counts come from extensions.cost, the same report a
 * researcher sees.
 */

const api = useSeedApi('header');
const ASK_FOR_COST = { 'x-query-cost': 'true' };

const DEEP_FROM_SEARCH = `query ($first: Int) {
  search(query: "s", first: $first) {
    edges { node { name relations(first: 10) { edges { node {
      type subject { name } object { name } context { name }
      evidence { quote source { title publisher } }
    } } } } }
  }
}`;

const DEEP_FROM_ENTITIES = `query ($first: Int) {
  entities(first: $first) {
    edges { node { key ... on Office { holder(asOf: "2021-05-07") { name } }
      relations(first: 5) { totalCount edges { node { subject { key } object { key } evidence { source { key } } } } }
    } }
  }
}`;

async function cost(query: string, variables: Record<string, unknown>) {
  const response = await api.query(query, variables, ASK_FOR_COST);
  expect(response.errors).toBeUndefined();
  return { data: response.data, cost: response.extensions!.cost! };
}

describe('the round-trip bound', () => {
  it('search(first: 50) → relations → entities → evidence → sources runs as many statements as first: 5', async () => {
    const narrow = await cost(DEEP_FROM_SEARCH, { first: 5 });
    const wide = await cost(DEEP_FROM_SEARCH, { first: 50 });
    expect(wide.data.search.edges.length).toBeGreaterThan(narrow.data.search.edges.length);
    expect(wide.cost.statements).toBe(narrow.cost.statements);
    // One per level and kind: search, then relations with the entities at their ends and their evidence
    // with its sources (the look-ahead sees the evidence asked for, so the relations' statement reads it too).
    expect(wide.cost.byStatement).toEqual({
      'entity.search': 1,
      'relation.ofEntities': 1,
    });
  });

  it('entities(first: 50) with office holders and relations is as cheap as first: 5', async () => {
    const narrow = await cost(DEEP_FROM_ENTITIES, { first: 5 });
    const wide = await cost(DEEP_FROM_ENTITIES, { first: 50 });
    expect(wide.data.entities.edges).toHaveLength(47);
    // Office holders need a statement of their own only when no relation on the page brought them,
    // which the wider page may need and the narrow one not: one more, never one per item.
    expect(wide.cost.statements).toBeLessThanOrEqual(narrow.cost.statements + 1);
    expect(Math.max(...Object.values(wide.cost.byStatement))).toBeLessThanOrEqual(2);
  });

  it('the same list asked twice in one request is loaded once', async () => {
    const { cost: report } = await cost(
      `{ a: entity(key: "labour-party") { relations { totalCount } } b: entity(key: "labour-party") { relations { totalCount } } }`,
      {},
    );
    expect(report.byStatement).toEqual({ 'entity.findByKeys': 1, 'relation.ofEntities': 1 });
  });
});

describe('extensions.cost', () => {
  it('reports statements and time in Neo4j when asked', async () => {
    const { cost: report } = await cost('{ entity(key: "keir-starmer") { name } }', {});
    expect(report.statements).toBe(1);
    expect(report.neo4jMs).toBeGreaterThan(0);
  });

  it('is left out when the request does not ask', async () => {
    const response = await api.query('{ entity(key: "keir-starmer") { name } }');
    expect(response.extensions?.cost).toBeUndefined();
    expect(response.extensions?.knownAt).toEqual(expect.any(String));
  });
});

describe('extensions.cost switched off', () => {
  const off = useSeedApi('off');

  it('is left out even when the request asks', async () => {
    const response = await off.query('{ entity(key: "keir-starmer") { name } }', {}, ASK_FOR_COST);
    expect(response.data).toEqual({ entity: { name: 'Keir Starmer' } });
    expect(response.extensions?.cost).toBeUndefined();
  });
});
