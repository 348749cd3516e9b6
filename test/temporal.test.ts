import { describe, expect, it } from 'vitest';
import { useSeedApi } from './support/seed-api.js';

/**
 * "As of a date" on the seed's own world, through the public API: an unknown start is not "since
 * always", a relation about an election holds from its day, inclusive last days are exclusive ends,
 * and bounds known to the month or year are read at their precision.
 */

const api = useSeedApi();

async function asOf(filter: Record<string, unknown>) {
  const { data, errors } = await api.query(
    `query ($filter: RelationFilter!) {
      relations(filter: $filter, first: 100) { edges { node { key subject { key } knownFrom { date precision basis } } } }
    }`,
    { filter },
  );
  expect(errors).toBeUndefined();
  return data.relations.edges.map((edge: { node: { key: string; subject: { key: string } } }) => edge.node) as {
    key: string;
    subject: { key: string };
    knownFrom: { date: string; precision: string; basis: string } | null;
  }[];
}

const subjects = (relations: { subject: { key: string } }[]) => relations.map((relation) => relation.subject.key).sort();

describe('asOf never asserts what the data does not know', () => {
  it('Labour, not the Conservatives, governed the United Kingdom on 2005-01-01', async () => {
    expect(subjects(await asOf({ types: ['GOVERNS'], object: 'united-kingdom', asOf: '2005-01-01' }))).toEqual(['labour-party']);
    expect(subjects(await asOf({ types: ['GOVERNS'], object: 'united-kingdom', asOf: '2012-01-01' }))).toEqual(['conservative-party', 'liberal-democrats']);
  });

  it('nobody governed Wales on 1990-01-01, before devolution; Labour did from 12 May 1999', async () => {
    expect(await asOf({ types: ['GOVERNS'], object: 'wales', asOf: '1990-01-01' })).toEqual([]);
    expect(await asOf({ types: ['GOVERNS'], object: 'wales', asOf: '1999-05-11' })).toEqual([]);
    expect(subjects(await asOf({ types: ['GOVERNS'], object: 'wales', asOf: '1999-05-12' }))).toEqual(['labour-party']);
  });

  it('no party had contested the 2021 Scottish Parliament election on 2019-01-01', async () => {
    expect(await asOf({ types: ['CONTESTED'], object: '2021-scottish-parliament-election', asOf: '2019-01-01' })).toEqual([]);
    const onTheDay = await asOf({ types: ['CONTESTED'], object: '2021-scottish-parliament-election', asOf: '2021-05-06' });
    expect(onTheDay.length).toBeGreaterThanOrEqual(6);
    expect(onTheDay.every((relation) => relation.knownFrom?.basis === 'ELECTION' && relation.knownFrom.date === '2021-05-06')).toBe(true);
  });

  it('Jill Mortimer had not won the 2021 Hartlepool by-election in 2020; she had on its day', async () => {
    expect(await asOf({ types: ['WON'], subject: 'jill-mortimer', asOf: '2020-06-01' })).toEqual([]);
    expect(await asOf({ types: ['WON'], subject: 'jill-mortimer', asOf: '2021-05-06' })).toHaveLength(1);
  });

  it('an undated fact is known from the earliest source that states it, and says so', async () => {
    const [member] = await asOf({ types: ['MEMBER_OF'], subject: 'steve-reed', asOf: '2021-05-07' });
    expect(member!.knownFrom).toEqual({ date: '2021-05-07', precision: 'DAY', basis: 'SOURCE' });
    expect(await asOf({ types: ['MEMBER_OF'], subject: 'steve-reed', asOf: '2021-05-06' })).toEqual([]);
  });
});

describe('ends as the sources give them', () => {
  it('Nicola Sturgeon no longer leads the SNP on 2025-01-01: her leadership ended on 27 March 2023', async () => {
    expect(await asOf({ types: ['LEADS'], object: 'scottish-national-party', asOf: '2025-01-01' })).toEqual([]);
    expect(await asOf({ types: ['LEADS'], object: 'scottish-national-party', asOf: '2023-03-27' })).toEqual([]);
    expect(subjects(await asOf({ types: ['LEADS'], object: 'scottish-national-party', asOf: '2023-03-26' }))).toEqual(['nicola-sturgeon']);
  });

  it('Alex Salmond is First Minister on 2014-11-19, his last day, and Sturgeon from 20 November', async () => {
    expect(subjects(await asOf({ types: ['HOLDS_OFFICE'], object: 'first-minister-of-scotland', asOf: '2014-11-19' }))).toEqual(['alex-salmond']);
    expect(subjects(await asOf({ types: ['HOLDS_OFFICE'], object: 'first-minister-of-scotland', asOf: '2014-11-20' }))).toEqual([
      'nicola-sturgeon',
      'nicola-sturgeon',
    ]);
  });

  it('Sadiq Khan is not Mayor of London on 2016-02-01: he took office on 9 May 2016', async () => {
    expect(await asOf({ types: ['HOLDS_OFFICE'], object: 'mayor-of-london', asOf: '2016-02-01' })).toEqual([]);
    expect(subjects(await asOf({ types: ['HOLDS_OFFICE'], object: 'mayor-of-london', asOf: '2016-05-09' }))).toEqual(['sadiq-khan']);
  });

  it('Alba has its leader on 2024-06-01, and none after his death on 12 October 2024', async () => {
    expect(subjects(await asOf({ types: ['LEADS'], object: 'alba-party', asOf: '2024-06-01' }))).toEqual(['alex-salmond']);
    expect(subjects(await asOf({ types: ['LEADS'], object: 'alba-party', asOf: '2024-10-12' }))).toEqual(['alex-salmond']);
    expect(await asOf({ types: ['LEADS'], object: 'alba-party', asOf: '2024-10-13' })).toEqual([]);
  });
});

describe('bounds known only to the year', () => {
  // Labour and the Liberal Democrats governed Scotland "from 1999 to 2007": some day of 1999 to some day of 2007.
  const scotland = (day: string, certainty?: string) => asOf({ types: ['GOVERNS'], object: 'scotland', asOf: day, ...(certainty ? { certainty } : {}) });

  it('are certain only where every day of the period would make them so (the default)', async () => {
    expect(await scotland('1999-06-01')).toEqual([]);
    expect(subjects(await scotland('1999-12-31'))).toEqual(['labour-party', 'liberal-democrats']);
    expect(subjects(await scotland('2006-12-31'))).toEqual(['labour-party', 'liberal-democrats']);
    expect(subjects(await scotland('2007-03-01'))).toEqual([]);
  });

  it('are possible on any day some day of the period would make them so, when asked', async () => {
    expect(subjects(await scotland('1999-01-01', 'POSSIBLE'))).toEqual(['labour-party', 'liberal-democrats']);
    expect(subjects(await scotland('2007-03-01', 'POSSIBLE'))).toEqual(['labour-party', 'liberal-democrats']);
    expect(subjects(await scotland('2007-06-01', 'POSSIBLE'))).toEqual(['labour-party', 'liberal-democrats', 'scottish-national-party']);
    expect(await scotland('1998-12-31', 'POSSIBLE')).toEqual([]);
  });

  it('reach Entity.relations, neighbourhoods and office holders through the same rule', async () => {
    const { data, errors } = await api.query(`{
      wales: entity(key: "wales") { relations(types: [GOVERNS], asOf: "1990-01-01") { totalCount } }
      scotland: entity(key: "scotland") { possible: relations(types: [GOVERNS], asOf: "1999-01-01", certainty: POSSIBLE) { totalCount } }
      neighbourhood(key: "wales", depth: 1, asOf: "1990-01-01", types: [GOVERNS]) { edges { key } }
      office: entity(key: "mayor-of-london") { ... on Office { holder(asOf: "2016-02-01") { key } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.wales.relations.totalCount).toBe(0);
    expect(data.scotland.possible.totalCount).toBe(2);
    expect(data.neighbourhood.edges).toEqual([]);
    expect(data.office.holder).toBeNull();
  });
});

describe("the seed's figures as qualifiers", () => {
  it("carries the Hartlepool majority as a number a client can compare, not as free text", async () => {
    const { data, errors } = await api.query(`{
      relations(filter: { types: [WON], subject: "jill-mortimer" }) { edges { node { votes share majority note } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.relations.edges.map((edge: { node: object }) => edge.node)).toEqual([{ votes: 15529, share: 0.519, majority: 6940, note: null }]);
  });
});
