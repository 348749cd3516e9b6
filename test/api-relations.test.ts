import { describe, expect, it } from 'vitest';
import { useSeedApi } from './support/seed-api.js';

/** The relation side of the contract, on the seed the global setup loaded. */

const api = useSeedApi();

const LEADERS_OF_LABOUR = `query ($asOf: Date) {
  relations(filter: { types: [LEADS], object: "labour-party", asOf: $asOf }) {
    totalCount
    edges { node { subject { key } validFrom validTo } }
  }
}`;

describe('asOf, half-open, on both sides of 2020-04-04', () => {
  it.each([
    ['2020-04-03', 'jeremy-corbyn'],
    ['2020-04-04', 'keir-starmer'],
    ['2015-09-12', 'jeremy-corbyn'],
  ])('Query.relations: the leader of Labour on %s is %s', async (asOf, leader) => {
    const { data, errors } = await api.query(LEADERS_OF_LABOUR, { asOf });
    expect(errors).toBeUndefined();
    expect(data.relations.edges.map((edge: any) => edge.node.subject.key)).toEqual([leader]);
  });

  it('Query.relations without asOf lists both leaders, in time order', async () => {
    const { data } = await api.query(LEADERS_OF_LABOUR);
    expect(data.relations.edges.map((edge: any) => [edge.node.subject.key, edge.node.validFrom, edge.node.validTo])).toEqual([
      ['jeremy-corbyn', '2015-09-12', '2020-04-04'],
      ['keir-starmer', '2020-04-04', null],
    ]);
  });

  it('Entity.relations and Office.holder agree', async () => {
    const { data, errors } = await api.query(`{
      before: entity(key: "labour-party") { relations(types: [LEADS], direction: IN, asOf: "2020-04-03") { edges { node { subject { name } } } } }
      after: entity(key: "labour-party") { relations(types: [LEADS], direction: IN, asOf: "2020-04-04") { edges { node { subject { name } } } } }
      office: entity(key: "leader-of-the-labour-party") {
        ... on Office { before: holder(asOf: "2020-04-03") { name } after: holder(asOf: "2020-04-04") { name } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.before.relations.edges[0].node.subject.name).toBe('Jeremy Corbyn');
    expect(data.after.relations.edges[0].node.subject.name).toBe('Keir Starmer');
    expect(data.office).toEqual({ before: { name: 'Jeremy Corbyn' }, after: { name: 'Keir Starmer' } });
  });

  it('Entity.relations follows direction', async () => {
    const { data } = await api.query(`{
      starmer: entity(key: "keir-starmer") {
        out: relations(direction: OUT, types: [SUCCEEDED]) { totalCount }
        in: relations(direction: IN, types: [SUCCEEDED]) { totalCount }
        both: relations { edges { node { type } } }
      }
      corbyn: entity(key: "jeremy-corbyn") { in: relations(direction: IN, types: [SUCCEEDED]) { totalCount } }
    }`);
    expect(data.starmer.out.totalCount).toBe(1);
    expect(data.starmer.in.totalCount).toBe(0);
    expect(data.corbyn.in.totalCount).toBe(1);
    expect(data.starmer.both.edges.map((edge: any) => edge.node.type).sort()).toEqual([
      'HOLDS_OFFICE',
      'LEADS',
      'SUCCEEDED',
      'WON',
    ]);
  });
});

describe('provenance', () => {
  it('gives Starmer succeeding Corbyn with its context and both quotes', async () => {
    const { data } = await api.query(`{
      relations(filter: { types: [SUCCEEDED], subject: "keir-starmer" }) {
        edges { node { object { name } context { name } evidence { quote start end source { key kind publisher } } } }
      }
    }`);
    const relation = data.relations.edges[0].node;
    expect(relation.object.name).toBe('Jeremy Corbyn');
    expect(relation.context.name).toBe('Leader of the Labour Party');
    expect(relation.evidence).toEqual([
      {
        quote: 'after succeeding the more left-wing Jeremy Corbyn',
        start: expect.any(Number),
        end: expect.any(Number),
        source: { key: 'ap-2021-05-07-hartlepool', kind: 'NEWS_ARTICLE', publisher: 'AP' },
      },
      {
        quote: 'from 4 April 2020, succeeding Jeremy Corbyn',
        start: null,
        end: null,
        source: { key: 'simple-wikipedia-keir-starmer', kind: 'REFERENCE', publisher: 'Simple English Wikipedia' },
      },
    ]);
  });

  it('locates each quote in the source text at its offsets', async () => {
    const { data } = await api.query(`{
      source(key: "ap-2021-05-07-hartlepool") {
        text
        relations(first: 100) { totalCount edges { node { evidence { quote start end source { key } } } } }
      }
    }`);
    const text: string = data.source.text;
    const quotes = data.source.relations.edges
      .flatMap((edge: any) => edge.node.evidence)
      .filter((evidence: any) => evidence.source.key === 'ap-2021-05-07-hartlepool');
    expect(data.source.relations.totalCount).toBeGreaterThanOrEqual(40);
    expect(quotes.length).toBeGreaterThanOrEqual(40);
    for (const evidence of quotes) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it('filters by source, involvement and confidence', async () => {
    const { data } = await api.query(`{
      bySource: relations(filter: { source: "commons-library-cbp-9230" }) { totalCount }
      involving: relations(filter: { involving: "leader-of-the-labour-party", types: [SUCCEEDED] }) { totalCount }
      unsure: relations(filter: { subject: "nicola-sturgeon", types: [HOLDS_OFFICE] }) { totalCount }
      sure: relations(filter: { subject: "nicola-sturgeon", types: [HOLDS_OFFICE], minConfidence: 0.9 }) { totalCount }
    }`);
    expect(data).toEqual({
      bySource: { totalCount: 6 },
      involving: { totalCount: 1 },
      unsure: { totalCount: 2 },
      sure: { totalCount: 0 },
    });
  });
});

describe('pagination', () => {
  it('walks every relation forward, 20 at a time, with neither gaps nor repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    let pages = 0;
    do {
      const { data, errors }: any = await api.query(
        `query ($after: String) { relations(first: 20, after: $after) {
           totalCount edges { node { key } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      total = data.relations.totalCount;
      seen.push(...data.relations.edges.map((edge: any) => edge.node.key));
      pages += 1;
      after = data.relations.pageInfo.hasNextPage ? data.relations.pageInfo.endCursor : null;
    } while (after !== null);
    expect(total).toBeGreaterThanOrEqual(68);
    expect(pages).toBe(Math.ceil(total / 20));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('defaults to 20 items', async () => {
    const { data } = await api.query('{ relations { edges { cursor } } }');
    expect(data.relations.edges).toHaveLength(20);
  });
});
