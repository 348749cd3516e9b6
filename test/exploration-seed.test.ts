import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../src/model/entity.js';
import { readSeed } from '../src/seed/read-seed.js';
import { useSeedApi } from './support/seed-api.js';

/** The analyst's questions asked of the seed: who says how two people are connected, what happened when, how much of what there is. */

const api = useSeedApi();

describe('on the seed', () => {
  it('explains how Sturgeon is connected to Starmer, hop by hop, with who says so', async () => {
    const { data, errors } = await api.query(`{
      paths(from: "nicola-sturgeon", to: "keir-starmer", maxHops: 4, first: 10) {
        length
        entities { name }
        relations { type evidence { quote source { title publisher } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.paths.length).toBeGreaterThan(0);
    const lengths = data.paths.map((path: any) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of data.paths) {
      expect(path.entities[0].name).toBe('Nicola Sturgeon');
      expect(path.entities.at(-1).name).toBe('Keir Starmer');
      for (const hop of path.relations) {
        expect(hop.evidence.length).toBeGreaterThan(0);
        expect(hop.evidence[0].source.title.length).toBeGreaterThan(0);
      }
    }
  });

  it("puts Labour's leaders in time order: Corbyn until 2020-04-04, then Starmer", async () => {
    const { data, errors } = await api.query(`{
      entity(key: "labour-party") {
        window: timeline(from: "2016-01-01", to: "2021-12-31", types: [LEADS], first: 10) {
          edges { node { subject { key } validFrom validTo } }
        }
        all: timeline(first: 100) { totalCount edges { node { validFrom validTo } } }
        relations { totalCount }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.entity.window.edges.map((edge: any) => edge.node)).toEqual([
      { subject: { key: 'jeremy-corbyn' }, validFrom: '2015-09-12', validTo: '2020-04-04' },
      { subject: { key: 'keir-starmer' }, validFrom: '2020-04-04', validTo: null },
    ]);
    // The whole timeline holds the dated relations only, each start no earlier than the one before.
    const starts = data.entity.all.edges.map((edge: any) => edge.node.validFrom).filter((date: string | null) => date !== null);
    expect(starts).toEqual([...starts].sort());
    expect(data.entity.all.totalCount).toBeLessThanOrEqual(data.entity.relations.totalCount);
  });

  it('counts relations by party as the relation filter counts them', async () => {
    const { data, errors } = await api.query(`{
      statistics { relationsByParty(first: 100) { party { key name } count } }
      labour: relations(filter: { involving: "labour-party" }) { totalCount }
      snp: relations(filter: { involving: "scottish-national-party" }) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    const byParty = new Map(data.statistics.relationsByParty.map((row: any) => [row.party.key, row.count]));
    expect(byParty.get('labour-party')).toBe(data.labour.totalCount);
    expect(byParty.get('scottish-national-party')).toBe(data.snp.totalCount);
    const counts = data.statistics.relationsByParty.map((row: any) => row.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('counts leadership changes by year and entities by kind', async () => {
    const { data, errors } = await api.query(`{
      statistics { relationsByYear(types: [LEADS]) { year count } entitiesByKind { kind count } }
      relations(filter: { types: [LEADS] }, first: 100) { edges { node { validFrom } } }
    }`);
    expect(errors).toBeUndefined();
    const byYear = new Map(data.statistics.relationsByYear.map((row: any) => [row.year, row.count]));
    const startsIn = (year: number) =>
      data.relations.edges.filter((edge: any) => edge.node.validFrom?.startsWith(`${year}-`)).length;
    expect(byYear.get(2015)).toBe(startsIn(2015));
    expect(byYear.get(2020)).toBe(startsIn(2020));
    expect(byYear.get(2020)).toBeGreaterThan(0);

    const seed = await readSeed();
    const counts = new Map(data.statistics.entitiesByKind.map((row: any) => [row.kind, row.count]));
    for (const kind of ENTITY_KINDS) {
      expect(counts.get(kind)).toBeGreaterThanOrEqual(seed.entities.filter((entity) => entity.kind === kind).length);
    }
  });
});
