import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityKind, EntityRecord } from '../src/model/entity.js';
import type { EvidenceRecord, RelationRecord, RelationType, SourceRecord } from '../src/model/relation.js';
import { cypher } from '../src/neo4j/statement.js';
import { writeSeed } from '../src/seed/write-seed.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * Neighbourhoods, paths, timelines and counts on a small graph of this file's own, built so that
 * each rule shows: a party with more members than the per-entity cap, two equally short connections
 * and a longer one, a retracted shortcut, and dates in years no other data uses.
 */

const prefix = uniquePrefix('exploration');
const key = (name: string) => `${prefix}-${name}`;
const MEMBERS = 30;

const SOURCE: SourceRecord = {
  key: key('register'),
  kind: 'REFERENCE',
  title: 'A register of this test',
  url: 'https://example.org/register',
  publisher: 'Test',
  publishedAt: { date: '2024-01-01', precision: 'DAY' },
  text: null,
};

function entity(name: string, kind: EntityKind, subKind: string | null = null): EntityRecord {
  return { key: key(name), kind, name: `${name} ${prefix}`, aliases: [], description: null, subKind, date: null };
}

let relationCount = 0;
function relation(
  type: RelationType,
  subject: string,
  object: string,
  dates: { from?: string; to?: string; context?: string } = {},
): RelationRecord & { evidence: EvidenceRecord[] } {
  relationCount += 1;
  return {
    id: key(`r${relationCount}`),
    type,
    subject: key(subject),
    object: key(object),
    context: dates.context ? key(dates.context) : null,
    validFrom: dates.from ? { date: dates.from, precision: 'DAY' } : null,
    validTo: dates.to ? { date: dates.to, precision: 'DAY' } : null,
    confidence: 1,
    evidence: [{ source: SOURCE.key, quote: `${subject} ${type} ${object}`, start: null, end: null, confidence: 1, locator: null }],
  };
}

const members = Array.from({ length: MEMBERS }, (_, index) => `member${String(index).padStart(2, '0')}`);

const entities = [
  entity('red', 'ORGANIZATION', 'PARTY'),
  entity('blue', 'ORGANIZATION', 'PARTY'),
  entity('town', 'PLACE', 'TOWN'),
  entity('ada', 'PERSON'),
  entity('bea', 'PERSON'),
  entity('cal', 'PERSON'),
  ...members.map((name) => entity(name, 'PERSON')),
];

// ada and bea meet in red and in blue (2 hops), and bea succeeded ada (1 hop, from 1216); the two
// parties meet in the town (4 hops). A second, later succession was asserted, then retracted. cal
// has no relations at all.
const relations = [
  relation('LEADS', 'ada', 'red', { from: '1215-06-15', to: '1216-10-19' }),
  relation('LEADS', 'bea', 'red', { from: '1216-10-19' }),
  relation('SUCCEEDED', 'bea', 'ada', { from: '1216-10-19', context: 'red' }),
  relation('MEMBER_OF', 'ada', 'blue', { from: '1215-01-01' }),
  relation('MEMBER_OF', 'bea', 'blue', { from: '1066-10-14' }),
  relation('GOVERNS', 'red', 'town', { from: '1066-10-14', to: '1215-06-15' }),
  relation('GOVERNS', 'blue', 'town', { from: '1215-06-15' }),
  ...members.map((name) => relation('MEMBER_OF', name, 'red')),
  relation('MEMBER_OF', 'bea', 'red', { from: '1200-01-01' }),
];
const BEA_JOINS_RED = relations.at(-1)!;
const RETRACTED = relation('SUCCEEDED', 'bea', 'ada', { from: '1216-10-20' });

const RETRACT = cypher(
  'test.retract',
  "MATCH (relation:Relation {id: $id}) SET relation.retractedAt = datetime('2024-02-01T00:00:00Z'), relation.retractedReason = 'test'",
);
const DELETE_RELATIONS = cypher('test.deleteRelations', 'MATCH (relation:Relation) WHERE relation.id STARTS WITH $prefix DETACH DELETE relation');

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
const query = (text: string, variables?: Record<string, unknown>) => execute(yoga, text, variables);

beforeAll(async () => {
  graph = connectTestGraph();
  yoga = createYogaServer({ database: graph.database, logger: silentLogger, costReporting: 'always' });
  await writeSeed(graph.database, { entities, sources: [SOURCE], relations: [...relations, RETRACTED] });
  await graph.database.write(RETRACT, { id: RETRACTED.id });
});

afterAll(async () => {
  await graph.database.write(DELETE_RELATIONS, { prefix });
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
});

describe('neighbourhood', () => {
  const NEIGHBOURHOOD = `query ($key: String!, $depth: Int, $perEntity: Int, $limit: Int, $asOf: Date) {
    neighbourhood(key: $key, depth: $depth, perEntity: $perEntity, limit: $limit, asOf: $asOf) {
      truncated hubs { key } nodes { key } edges { key subject { key } object { key } }
    }
  }`;

  it('follows at most perEntity relations from a hub and names the hub', async () => {
    const { data, errors, extensions } = await query(NEIGHBOURHOOD, { key: key('red'), perEntity: 10 });
    expect(errors).toBeUndefined();
    expect(data!.neighbourhood.edges).toHaveLength(10);
    expect(data!.neighbourhood.truncated).toBe(true);
    expect(data!.neighbourhood.hubs).toEqual([{ key: key('red') }]);
    // One statement walks the graph and brings the entities it reached: never one per node.
    expect(extensions?.cost?.byStatement).toEqual({ 'graph.neighbourhood': 1 });
  });

  it('keeps a crowded entity\'s relations with the smallest ids, not those Neo4j happens to store first', async () => {
    const ofRed = relations.filter((item) => item.subject === key('red') || item.object === key('red')).map((item) => item.id);
    const smallest = [...ofRed].sort().slice(0, 10);
    // Written in id order, so Neo4j's newest-first storage order would give the largest ids instead.
    expect(ofRed.slice(-10).sort()).not.toEqual(smallest);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { data } = await query(NEIGHBOURHOOD, { key: key('red'), perEntity: 10 });
      expect(data!.neighbourhood.edges.map((edge: { key: string }) => edge.key).sort()).toEqual(smallest);
    }
  });

  it('returns every relation when the hub fits under the cap, each once', async () => {
    const { data } = await query(NEIGHBOURHOOD, { key: key('red'), perEntity: 100, limit: 500 });
    const edges = data!.neighbourhood.edges;
    // red: 2 LEADS, 1 GOVERNS, 31 members; the SUCCEEDED in red's context is not one of red's edges.
    expect(edges).toHaveLength(2 + 1 + MEMBERS + 1);
    expect(new Set(edges.map((edge: any) => edge.key)).size).toBe(edges.length);
    expect(data!.neighbourhood).toMatchObject({ truncated: false, hubs: [] });
    expect(data!.neighbourhood.nodes[0].key).toBe(key('red'));
    const nodeKeys = new Set(data!.neighbourhood.nodes.map((node: any) => node.key));
    expect(nodeKeys.size).toBe(data!.neighbourhood.nodes.length);
    for (const edge of edges) {
      expect(nodeKeys.has(edge.subject.key) && nodeKeys.has(edge.object.key)).toBe(true);
    }
  });

  it('goes one hop further with each depth, and caps the hub on the second hop too', async () => {
    const one = (await query(NEIGHBOURHOOD, { key: key('cal'), depth: 1 })).data!.neighbourhood;
    expect(one).toMatchObject({ nodes: [{ key: key('cal') }], edges: [], truncated: false });

    const fromMember = (await query(NEIGHBOURHOOD, { key: key('member00'), depth: 2, perEntity: 5 })).data!.neighbourhood;
    // Hop 1: member00 → red. Hop 2: five more of red's relations, not the one already in hand.
    expect(fromMember.edges).toHaveLength(1 + 5);
    expect(fromMember.hubs).toEqual([{ key: key('red') }]);

    const three = (await query(NEIGHBOURHOOD, { key: key('ada'), depth: 3, perEntity: 100, limit: 500 })).data!.neighbourhood;
    const keys = three.nodes.map((node: any) => node.key);
    expect(keys).toEqual(expect.arrayContaining([key('town'), key('member29'), key('bea')]));
    expect(three.truncated).toBe(false);
  });

  it('stops at limit and says so', async () => {
    const { data } = await query(NEIGHBOURHOOD, { key: key('ada'), depth: 3, perEntity: 100, limit: 4 });
    expect(data!.neighbourhood.edges).toHaveLength(4);
    expect(data!.neighbourhood.truncated).toBe(true);
  });

  it('leaves out retracted relations and relations not valid at asOf', async () => {
    const { data } = await query(NEIGHBOURHOOD, { key: key('ada'), asOf: '1215-07-01' });
    const edgeKeys = data!.neighbourhood.edges.map((edge: any) => edge.key).sort();
    // ada on 1215-07-01: leads red, member of blue; the succession is later; the retracted one never.
    expect(edgeKeys).toEqual([relations[0]!.id, relations[3]!.id].sort());
  });
});

describe('paths', () => {
  const PATHS = `query ($from: String!, $to: String!, $maxHops: Int, $first: Int, $asOf: Date, $maxDegree: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first, asOf: $asOf, maxDegree: $maxDegree) {
      length entities { key } relations { key evidence { quote source { key } } }
    }
  }`;

  it('gives all the shortest paths first, then the next shortest', async () => {
    const { data, errors } = await query(PATHS, { from: key('ada'), to: key('bea'), first: 5 });
    expect(errors).toBeUndefined();
    // The succession; ada and bea in red (twice: bea leads it and is a member) and in blue; then red and blue meet in the town.
    expect(data!.paths.map((path: any) => path.length)).toEqual([1, 2, 2, 2, 4]);
    // The one-hop path is the succession that stands, never the retracted one.
    expect(data!.paths[0].relations.map((hop: any) => hop.key)).toEqual([relations[2]!.id]);
    for (const path of data!.paths) {
      expect(path.relations.every((hop: any) => hop.evidence[0].source.key === SOURCE.key)).toBe(true);
    }
  });

  it('uses only relations valid at asOf', async () => {
    // On 1216-01-01 ada leads red and bea is a member; both are in blue; the succession is later.
    const { data } = await query(PATHS, { from: key('ada'), to: key('bea'), first: 3, asOf: '1216-01-01' });
    expect(data!.paths.map((path: any) => path.length)).toEqual([2, 2]);
    expect(data!.paths.map((path: any) => path.entities[1].key).sort()).toEqual([key('blue'), key('red')].sort());
    expect(data!.paths.flatMap((path: any) => path.relations.map((hop: any) => hop.key))).toContain(BEA_JOINS_RED.id);
  });

  it('never passes an entity twice and never goes past maxHops', async () => {
    const { data } = await query(PATHS, { from: key('cal'), to: key('bea'), first: 10, maxHops: 6 });
    expect(data!.paths).toEqual([]);
    const short = (await query(PATHS, { from: key('ada'), to: key('bea'), first: 10, maxHops: 3 })).data!.paths;
    expect(short.map((path: any) => path.length)).toEqual([1, 2, 2, 2]);

    const viaTown = (await query(PATHS, { from: key('ada'), to: key('town'), first: 10, maxHops: 2 })).data!.paths;
    expect(viaTown.length).toBeGreaterThan(0);
    for (const path of viaTown) {
      expect(path.length).toBeLessThanOrEqual(2);
      const keys = path.entities.map((node: any) => node.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('goes around entities with more than maxDegree relations, but always reaches the end', async () => {
    // red has 34 relations; blue 3.
    const around = (await query(PATHS, { from: key('ada'), to: key('bea'), first: 5, maxDegree: 10 })).data!.paths;
    expect(around.map((path: any) => path.length)).toEqual([1, 2]);
    expect(around[1].entities[1].key).toBe(key('blue'));
    const toTheHub = (await query(PATHS, { from: key('ada'), to: key('red'), first: 1, maxDegree: 10 })).data!.paths;
    expect(toTheHub.map((path: any) => path.length)).toEqual([1]);
  });

  it('gives nothing for the same entity at both ends', async () => {
    expect((await query(PATHS, { from: key('ada'), to: key('ada') })).data!.paths).toEqual([]);
  });
});

describe('timeline', () => {
  const TIMELINE = `query ($key: String!, $from: Date, $to: Date) {
    entity(key: $key) { timeline(from: $from, to: $to, first: 50) { totalCount edges { node { key validFrom validTo } } } }
  }`;

  it("orders an entity's relations by validFrom, then validTo, then key", async () => {
    const { data, errors } = await query(TIMELINE, { key: key('bea') });
    expect(errors).toBeUndefined();
    const nodes = data!.entity.timeline.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.validFrom)).toEqual(['1066-10-14', '1200-01-01', '1216-10-19', '1216-10-19']);
    expect(nodes.map((node: any) => node.key)).toEqual([relations[4]!.id, BEA_JOINS_RED.id, relations[1]!.id, relations[2]!.id]);
    expect(data!.entity.timeline.totalCount).toBe(4);
  });

  it('keeps only relations valid at some time in the window', async () => {
    const { data } = await query(TIMELINE, { key: key('red'), from: '1200-01-01', to: '1215-06-14' });
    // Red governing the town (1066 → 1215-06-15) and bea's membership (from 1200, still open) overlap the
    // window; ada's leadership starts after it; undated memberships cannot be placed in time.
    expect(data!.entity.timeline.edges.map((edge: any) => edge.node.key)).toEqual([relations[5]!.id, BEA_JOINS_RED.id]);

    const bad = await query(TIMELINE, { key: key('red'), from: '1216-01-01', to: '1215-01-01' });
    expect(bad.errors?.[0]?.message).toMatch(/Argument "to" ends \(1215-01-01\) before it starts \(1216-01-01\)/);
  });
});

describe('statistics', () => {
  it('counts relations by party, by year and by type', async () => {
    const { data, errors } = await query(`{
      statistics {
        relationsByParty(first: 100) { party { key } count }
        relationsByYear { year count }
        relationsByType { type count }
        entitiesByKind { kind count }
      }
      people: entities(kind: PERSON) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    const byParty = new Map(data!.statistics.relationsByParty.map((row: any) => [row.party.key, row.count]));
    // red: 2 LEADS + GOVERNS + 31 members + the succession in its context. blue: 2 members + GOVERNS.
    expect(byParty.get(key('red'))).toBe(2 + 1 + MEMBERS + 1 + 1);
    expect(byParty.get(key('blue'))).toBe(3);

    const byYear = new Map(data!.statistics.relationsByYear.map((row: any) => [row.year, row.count]));
    expect(byYear.get(1066)).toBe(2);
    expect(byYear.get(1200)).toBe(1);
    expect(byYear.get(1215)).toBe(3);
    expect(byYear.get(1216)).toBe(2); // the retracted succession of 1216 does not count

    const typeCounts = data!.statistics.relationsByType.map((row: any) => row.count);
    expect(typeCounts).toEqual([...typeCounts].sort((a, b) => b - a));
    expect(data!.statistics.relationsByType.find((row: any) => row.type === 'MEMBER_OF').count).toBeGreaterThanOrEqual(MEMBERS + 3);

    const kinds = data!.statistics.entitiesByKind.map((row: any) => row.kind);
    expect(kinds).toEqual(['PERSON', 'ORGANIZATION', 'OFFICE', 'PLACE', 'ELECTION']);
    const people = data!.statistics.entitiesByKind[0].count;
    expect(people).toBeGreaterThanOrEqual(3 + MEMBERS);
    expect(Math.abs(people - data!.people.totalCount)).toBeLessThan(50); // other files write in parallel
  });
});
