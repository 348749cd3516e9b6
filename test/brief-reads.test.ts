import { describe, expect, it } from 'vitest';
import { ChangedWhileReadError } from '../src/model/arguments.js';
import { NO_FILTER } from '../src/model/relation.js';
import { createReads } from '../src/reads/index.js';
import { createRepositories } from '../src/repositories/index.js';
import { printedName } from '../src/neo4j/statement.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger } from './support/graph.js';
import { execute } from './support/graphql.js';
import { useSeedApi } from './support/seed-api.js';

/**
 * Projection by selection (src/schema/look-ahead.ts): a list that asks only a relation's type, dates
 * and the names at its ends is read in brief, in one statement; a field a brief does not serve gets
 * the whole record, whether the look-ahead saw it coming (a full read) or not (the read model
 * completes the brief). Either way the answer is the one a full read gives.
 */

const api = useSeedApi('always');

/** The statements a query ran, by printed name: "relation.ofEntities (brief)" for a read in brief. */
async function statementsOf(query: string) {
  const graph = connectTestGraph();
  try {
    const names: string[] = [];
    const yoga = createYogaServer({ database: graph.database.observedBy((statement) => names.push(printedName(statement))), logger: silentLogger });
    const response = await execute(yoga, query);
    expect(response.errors).toBeUndefined();
    return names.sort();
  } finally {
    await graph.close();
  }
}

const BRIEF = 'key type validFrom validTo confidence subject { key name kind } object { key name kind }';
const MORE = `${BRIEF} votes share role audit { createdBy } knownFrom { date basis } subject { description aliases } object { description }`;

async function relationsOfMortimer(fields: string, fragments = '') {
  const query = `query { entity(key: "jill-mortimer") { relations(first: 20) { edges { node { ${fields} } } } } } ${fragments}`;
  const response = await api.query(query);
  expect(response.errors).toBeUndefined();
  return { query, relations: response.data.entity.relations.edges.map((edge: { node: object }) => edge.node), cost: response.extensions!.cost! };
}

describe('reading what the question asks for', () => {
  it('reads a page asking only brief fields in brief, in one statement, with the same answer as a full read', async () => {
    const brief = await relationsOfMortimer(BRIEF);
    const full = await relationsOfMortimer(MORE);
    expect(brief.cost.byStatement).toEqual({ 'entity.findByKeys': 1, 'relation.ofEntities': 1 });
    expect(full.cost.byStatement).toEqual({ 'entity.findByKeys': 1, 'relation.ofEntities': 1 });
    expect(await statementsOf(brief.query)).toEqual(['entity.findByKeys', 'relation.ofEntities (brief)']);
    expect(await statementsOf(full.query)).toEqual(['entity.findByKeys', 'relation.ofEntities']);
    expect(brief.relations.length).toBeGreaterThan(0);
    // What both asked for is the same, field for field.
    expect(brief.relations).toEqual(
      full.relations.map((relation: Record<string, unknown>) => {
        const picked = Object.fromEntries(BRIEF.split(' ').filter((name) => /^[a-z]/i.test(name) && name in relation).map((name) => [name, relation[name]]));
        const end = (entity: Record<string, unknown>) => ({ key: entity.key, name: entity.name, kind: entity.kind });
        return { ...picked, subject: end(relation.subject as Record<string, unknown>), object: end(relation.object as Record<string, unknown>) };
      }),
    );
    const won = full.relations.find((relation: { key: string }) => relation.key === 'jill-mortimer-won-2021-hartlepool-by-election');
    expect(won.votes).toBe(15_529);
    expect(won.subject.description).not.toBeNull();
  });

  it('reads in full when a fragment asks for more, whatever its type condition', async () => {
    const { query, relations } = await relationsOfMortimer(
      `${BRIEF} ...counts subject { ... on Person { description } }`,
      'fragment counts on Relation { votes }',
    );
    expect(await statementsOf(query)).toEqual(['entity.findByKeys', 'relation.ofEntities']);
    expect(relations.find((relation: { key: string }) => relation.key === 'jill-mortimer-won-2021-hartlepool-by-election').votes).toBe(15_529);
    expect(relations.every((relation: { subject: { description: string | null } }) => relation.subject.description !== null)).toBe(true);
  });

  it('completes briefs when a field they do not serve is asked of them: one batched statement, the whole records', async () => {
    const graph = connectTestGraph();
    try {
      const statements: string[] = [];
      const reads = createReads(createRepositories(graph.database.observedBy((statement) => statements.push(printedName(statement)))));
      const filter = { ...NO_FILTER, subject: 'jill-mortimer' };
      const { relations: briefs } = await reads.relations.list(filter, { offset: 0, limit: 20 }, { detail: 'brief', evidence: false });
      const { relations: whole } = await createReads(createRepositories(graph.database)).relations.list(filter, { offset: 0, limit: 20 });
      expect(briefs.every((relation) => relation.brief && relation.ends?.every((end) => end.brief))).toBe(true);
      expect(whole.some((relation) => relation.brief)).toBe(false);
      statements.length = 0;
      const completed = await Promise.all(briefs.map((relation) => reads.relations.complete(relation)));
      const ends = await Promise.all(briefs.flatMap((relation) => relation.ends ?? []).map((end) => reads.entities.complete(end)));
      // The whole relations bring their whole ends: completing the briefs of the ends then costs nothing more.
      expect(statements).toEqual(['relation.findByIds']);
      expect(completed.map(({ ends: _ends, ...relation }) => relation)).toEqual(whole.map(({ ends: _ends, ...relation }) => relation));
      const wholeEnds = new Map(whole.flatMap((relation) => relation.ends ?? []).map((end) => [end.key, end]));
      expect(ends.every((end) => !end.brief && JSON.stringify(end) === JSON.stringify(wholeEnds.get(end.key)))).toBe(true);
    } finally {
      await graph.close();
    }
  });

  it('reads neighbourhoods and paths in brief with the nodes, hubs and path entities a full read gives', async () => {
    const around = (more: string) => `query { neighbourhood(key: "jill-mortimer", depth: 2) {
      nodes { key name kind ${more} } hubs { key name } edges { key type subject { key name } object { key name } } } }`;
    const between = (more: string) => `query { paths(from: "jill-mortimer", to: "keir-starmer", maxHops: 4) {
      entities { key name ${more} } relations { key type subject { key } object { key } } } }`;
    expect(await statementsOf(around(''))).toEqual(['graph.neighbourhood (brief)']);
    expect(await statementsOf(around('description'))).toEqual(['graph.neighbourhood']);
    expect((await statementsOf(between(''))).filter((name) => name.startsWith('graph.paths'))).toEqual(['graph.paths.4.3 (brief)']);
    const briefAround = await api.query(around(''));
    const fullAround = await api.query(around('description'));
    const names = (nodes: { key: string; name: string; kind: string }[]) => nodes.map(({ key, name, kind }) => ({ key, name, kind }));
    expect(briefAround.data.neighbourhood.nodes.length).toBeGreaterThan(1);
    expect(names(briefAround.data.neighbourhood.nodes)).toEqual(names(fullAround.data.neighbourhood.nodes));
    expect(briefAround.data.neighbourhood.hubs).toEqual(fullAround.data.neighbourhood.hubs);
    expect(briefAround.data.neighbourhood.edges).toEqual(fullAround.data.neighbourhood.edges);
    const briefPaths = await api.query(between(''));
    const fullPaths = await api.query(between('description'));
    expect(briefPaths.data.paths.length).toBeGreaterThan(0);
    expect(briefPaths.data.paths.map((path: { entities: { key: string; name: string }[] }) => path.entities)).toEqual(
      fullPaths.data.paths.map((path: { entities: { key: string; name: string }[] }) => path.entities.map(({ key, name }) => ({ key, name }))),
    );
  });

  it('reads in full a list asked at a past instant, or with an alias of a field a brief does not serve', async () => {
    const now = new Date().toISOString();
    const past = await statementsOf(`query { entity(key: "jill-mortimer") { relations(knownAt: "${now}") { edges { node { key type } } } } }`);
    expect(past.filter((name) => name.startsWith('relation.'))).toEqual(['relation.ofEntitiesAt']);
    const aliased = await statementsOf(`query { entity(key: "jill-mortimer") { relations { edges { node { key counted: votes } } } } }`);
    expect(aliased).toEqual(['entity.findByKeys', 'relation.ofEntities']);
  });

  it('refuses to complete a brief whose record is gone, rather than answer empty values', async () => {
    const graph = connectTestGraph();
    try {
      const reads = createReads(createRepositories(graph.database));
      const gone = { key: 'brief-reads-nobody', name: 'Nobody', kind: 'PERSON' as const, aliases: [], description: null, subKind: null, date: null,
        audit: { createdAt: null, createdBy: null, updatedAt: null, updatedBy: null }, brief: true as const };
      await expect(reads.entities.complete(gone)).rejects.toThrow(ChangedWhileReadError);
      await expect(reads.entities.complete(gone)).rejects.toThrow('Entity "brief-reads-nobody" changed while this answer was being read; ask again.');
    } finally {
      await graph.close();
    }
  });

  it('reads a page with its evidence and sources in one statement, the evidence a read of its own gives', async () => {
    const EVIDENCE = 'evidence { quote start end confidence locator source { key title publisher publishedAt } }';
    const briefWithEvidence = await relationsOfMortimer(`${BRIEF} ${EVIDENCE}`);
    expect(briefWithEvidence.cost.byStatement).toEqual({ 'entity.findByKeys': 1, 'relation.ofEntities': 1 });
    expect(await statementsOf(briefWithEvidence.query)).toEqual(['entity.findByKeys', 'relation.ofEntities (brief, with evidence)']);
    expect(await statementsOf(`query { relations(filter: { subject: "jill-mortimer" }) { edges { node { votes ${EVIDENCE} } } } }`)).toEqual([
      'relation.listForEntity (with evidence)',
    ]);

    const graph = connectTestGraph();
    try {
      const filter = { ...NO_FILTER, subject: 'jill-mortimer' };
      const window = { offset: 0, limit: 20 };
      const repositories = createRepositories(graph.database);
      const { relations } = await repositories.relations.list(filter, window, { detail: 'brief', evidence: true });
      expect(relations.length).toBeGreaterThan(0);
      expect(relations.some((relation) => (relation.evidence?.length ?? 0) > 1)).toBe(true);
      // The same pieces, in the same order, with the same sources, as relation.evidenceOf reads them apart.
      const apart = await repositories.relations.evidenceOf(relations.map((relation) => ({ id: relation.id, knownAt: null })));
      expect(relations.map((relation) => relation.evidence)).toEqual(apart);
    } finally {
      await graph.close();
    }
  });

  it('reads the evidence of a page at a past instant apart, as recorded then', async () => {
    const query = `query { entity(key: "jill-mortimer") { relations(first: 20, knownAt: "2999-01-01T00:00:00Z") { edges { node { key evidence { quote } } } } } }`;
    expect(await statementsOf(query)).toEqual(['entity.findByKeys', 'relation.evidenceOf', 'relation.ofEntitiesAt']);
  });
});
