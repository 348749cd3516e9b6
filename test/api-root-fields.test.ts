import { describe, expect, it } from 'vitest';
import { useSeedApi } from './support/seed-api.js';

/** Every root field of the contract, node round trips for every type, and the error cases. */

const api = useSeedApi();

describe('root fields', () => {
  it('entities lists by kind, with totals', async () => {
    const { data } = await api.query(`{
      all: entities { totalCount }
      offices: entities(kind: OFFICE, first: 100) { totalCount edges { node { __typename key } } }
    }`);
    expect(data.all.totalCount).toBeGreaterThanOrEqual(47);
    expect(data.offices.edges.every((edge: any) => edge.node.__typename === 'Office')).toBe(true);
    expect(data.offices.edges.map((edge: any) => edge.node.key)).toContain('first-minister-of-scotland');
  });

  it('source and sources answer, unknown keys with null', async () => {
    const { data, errors } = await api.query(`{
      source(key: "uk-parliament-hartlepool-2021") { title url publisher kind text publishedAt }
      missing: source(key: "no-such-source") { key }
      sources(first: 2) { totalCount edges { node { key publishedAt } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.source).toMatchObject({
      url: 'https://members.parliament.uk/constituency/3519/election/398',
      kind: 'REFERENCE',
      text: null,
    });
    expect(data.missing).toBeNull();
    expect(data.sources.totalCount).toBeGreaterThanOrEqual(16);
    expect(data.sources.edges[0].node.publishedAt).not.toBeNull();
  });

  it('neighbourhood returns the entities and relations around one, truncating at the limit', async () => {
    const { data, errors } = await api.query(`{
      near: neighbourhood(key: "nicola-sturgeon") { truncated nodes { key } edges { type subject { key } object { key } } }
      capped: neighbourhood(key: "labour-party", depth: 2, limit: 3) { truncated edges { key } }
      nowhere: neighbourhood(key: "no-such-entity") { truncated nodes { key } edges { key } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.near.truncated).toBe(false);
    expect(data.near.nodes[0].key).toBe('nicola-sturgeon');
    expect(data.near.nodes.map((node: any) => node.key)).toEqual(
      expect.arrayContaining(['scottish-national-party', 'first-minister-of-scotland']),
    );
    for (const edge of data.near.edges) {
      expect([edge.subject.key, edge.object.key]).toContain('nicola-sturgeon');
    }
    expect(data.capped).toMatchObject({ truncated: true });
    expect(data.capped.edges).toHaveLength(3);
    expect(data.nowhere).toEqual({ truncated: false, nodes: [], edges: [] });
  });

  it('paths connects Sturgeon to Starmer hop by hop, each hop with evidence', async () => {
    const { data, errors } = await api.query(`{
      paths(from: "nicola-sturgeon", to: "keir-starmer", maxHops: 5, first: 3) {
        length entities { key } relations { subject { key } object { key } evidence { quote } }
      }
      none: paths(from: "nicola-sturgeon", to: "no-such-entity") { length }
    }`);
    expect(errors).toBeUndefined();
    expect(data.paths).toHaveLength(3);
    for (const path of data.paths) {
      expect(path.entities[0].key).toBe('nicola-sturgeon');
      expect(path.entities.at(-1).key).toBe('keir-starmer');
      expect(path.relations).toHaveLength(path.length);
      path.relations.forEach((relation: any, hop: number) => {
        const ends = [relation.subject.key, relation.object.key].sort();
        expect(ends).toEqual([path.entities[hop].key, path.entities[hop + 1].key].sort());
        expect(relation.evidence.length).toBeGreaterThan(0);
      });
    }
    // The third runs through Scotland, which Labour governed from 1999 to 2007 (a reference fact).
    expect(data.paths.map((path: any) => path.length)).toEqual([4, 4, 4]);
    expect(data.none).toEqual([]);
  });

  it("node(id:) refuses an ID that is not one of this API's with a code, and without echoing it", async () => {
    const foreign = Buffer.from('Nope:abc').toString('base64');
    for (const id of ['garbage', 'X'.repeat(300), foreign, Buffer.from('Entity:scotland').toString('base64')]) {
      const { data, errors } = await api.query('query ($id: ID!) { node(id: $id) { id } }', { id });
      expect(data).toEqual({ node: null });
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } });
      expect(errors![0]!.message).not.toContain(id);
    }
  });

  it('search refuses an over-long text by name instead of failing on it', async () => {
    const { data, errors } = await api.query('query ($text: String!) { search(query: $text) { totalCount } }', { text: 's'.repeat(100_000) });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: 'Argument "query" must be at most 200 characters, got 100000.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('paths stops at maxHops', async () => {
    const { data } = await api.query('{ paths(from: "nicola-sturgeon", to: "keir-starmer", maxHops: 4, first: 10) { length } }');
    expect(data.paths).toEqual([{ length: 4 }, { length: 4 }, { length: 4 }]);
  });

  it('paths never uses a relation that is not valid at asOf', async () => {
    const { data } = await api.query(`{
      paths(from: "keir-starmer", to: "labour-party", maxHops: 1, asOf: "2019-01-01") { length }
      now: paths(from: "keir-starmer", to: "labour-party", maxHops: 1, asOf: "2021-05-07") { length }
    }`);
    expect(data.paths).toEqual([]);
    expect(data.now).toEqual([{ length: 1 }]);
  });
});

describe('node(id) round trips', () => {
  it.each([
    ['Person', '{ entity(key: "jill-mortimer") { id } }', (d: any) => d.entity.id],
    ['Organization', '{ entity(key: "alba-party") { id } }', (d: any) => d.entity.id],
    ['Office', '{ entity(key: "mayor-of-london") { id } }', (d: any) => d.entity.id],
    ['Place', '{ entity(key: "glasgow") { id } }', (d: any) => d.entity.id],
    ['Election', '{ entity(key: "2014-scottish-independence-referendum") { id } }', (d: any) => d.entity.id],
    ['Relation', '{ relations(first: 1) { edges { node { id } } } }', (d: any) => d.relations.edges[0].node.id],
    ['Source', '{ source(key: "ap-2021-05-07-hartlepool") { id } }', (d: any) => d.source.id],
  ])('%s', async (typename, find, idOf) => {
    const id = idOf((await api.query(find)).data);
    const { data, errors } = await api.query('query ($id: ID!) { node(id: $id) { __typename id } nodes(ids: [$id]) { id } }', {
      id,
    });
    expect(errors).toBeUndefined();
    expect(data.node).toEqual({ __typename: typename, id });
    expect(data.nodes).toEqual([{ id }]);
  });

  it('answers null for unknown ids', async () => {
    const unknown = Buffer.from('Relation:no-such-relation').toString('base64');
    const { data, errors } = await api.query('query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }', { id: unknown });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null, nodes: [null] });
  });
});

describe('bad arguments give an error naming the argument', () => {
  it.each([
    ['first above the cap', '{ relations(first: 1000) { totalCount } }', 'first', /between 0 and 100/],
    ['a foreign cursor', '{ relations(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after', /not a cursor of this list/],
    ['a depth too deep', '{ neighbourhood(key: "scotland", depth: 9) { truncated } }', 'depth', /between 1 and 3/],
    ['too many hops', '{ paths(from: "a", to: "b", maxHops: 12) { length } }', 'maxHops', /between 1 and 6/],
  ])('%s', async (_case, query, argument, message) => {
    const { errors } = await api.query(query);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.message).toContain(`"${argument}"`);
    expect(errors![0]!.message).toMatch(message);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });

  it('a malformed date, as a variable', async () => {
    const { errors } = await api.query('query ($asOf: Date) { relations(filter: { asOf: $asOf }) { totalCount } }', {
      asOf: '2020-13-01',
    });
    expect(errors![0]!.message).toMatch(/\$asOf/);
    expect(errors![0]!.message).toMatch(/calendar date written YYYY-MM-DD/);
  });

  it('a malformed date, written in the query', async () => {
    const { errors } = await api.query('{ entity(key: "labour-party") { relations(asOf: "7 May 2021") { totalCount } } }');
    expect(errors![0]!.message).toMatch(/"asOf"/);
    expect(errors![0]!.message).toMatch(/calendar date written YYYY-MM-DD/);
  });
});
