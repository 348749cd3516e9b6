import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/neo4j/statement.js';
import { SeedValidationError, type SeedProblem } from '../src/seed/read-seed.js';
import { loadSeed } from '../src/seed/write-seed.js';
import { connectTestGraph, deleteByKeyPrefix, uniquePrefix, type TestGraph } from './support/graph.js';

/**
 * Bad input is refused with a message that names what is wrong and where, and nothing is written.
 * Each case starts from a small valid seed (proved loadable below) and breaks one thing.
 */

const prefix = uniquePrefix('seedcheck');
const k = (name: string) => `${prefix}-${name}`;
const TEXT = 'Ann Example leads the Example Party. Ann Example spoke in Exampletown.';

const entities = `entities:
  - key: ${k('ann')}
    kind: PERSON
    name: Ann Example ${prefix}
  - key: ${k('party')}
    kind: ORGANIZATION
    subKind: PARTY
    name: Example Party ${prefix}
  - key: ${k('town')}
    kind: PLACE
    subKind: TOWN
    name: Exampletown ${prefix}
`;
const sources = `sources:
  - key: ${k('article')}
    kind: NEWS_ARTICLE
    title: An example article
    publishedAt: 2021-05-07
    textFile: article.txt
  - key: ${k('reference')}
    kind: REFERENCE
    title: An example reference
    url: https://example.org/reference
`;
const relation = (fields: string, evidence = `      - source: ${k('article')}\n        quote: Ann Example leads the Example Party`) =>
  `relations:
  - id: ${k('leads')}
${fields}
    evidence:
${evidence}
`;
const validRelation = relation(`    type: LEADS
    subject: ${k('ann')}
    object: ${k('party')}
    validFrom: 2020-04-04`);

let folder: string;
let graph: TestGraph;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'political-graph-seedcheck-'));
  graph = connectTestGraph();
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.database.write(cypher('test.deleteRelations', 'MATCH (r:Relation) WHERE r.id STARTS WITH $prefix DETACH DELETE r'), { prefix });
  await graph.close();
});

async function seedFolder(files: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(path.join(folder, 'case-'));
  await writeFile(path.join(directory, 'article.txt'), TEXT);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(directory, name)), { recursive: true });
    await writeFile(path.join(directory, name), text);
  }
  return directory;
}

const WRITTEN = cypher(
  'test.countWritten',
  `RETURN COUNT { MATCH (n) WHERE n.key STARTS WITH $prefix OR n.id STARTS WITH $prefix } AS nodes`,
);

/** Loads a broken seed into Neo4j, expecting a refusal and an untouched database. */
async function refused(files: Record<string, string>): Promise<SeedProblem[]> {
  const error = await loadSeed(graph.database, await seedFolder(files)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SeedValidationError);
  const [record] = await graph.database.read(WRITTEN, { prefix });
  expect(record!.get('nodes').toNumber()).toBe(0);
  return (error as SeedValidationError).problems;
}

const base = { 'entities.yaml': entities, 'sources.yaml': sources };

describe('seed validation refuses, writing nothing', () => {
  it.each<[string, Record<string, string>, Partial<SeedProblem>]>([
    [
      'a YAML syntax error',
      { ...base, 'relations.yaml': 'relations:\n  - id: [unclosed\n' },
      { file: 'relations.yaml', location: expect.stringMatching(/^line \d+$/) },
    ],
    [
      'a misspelt field',
      { ...base, 'relations.yaml': validRelation.replace('validFrom:', 'validFromm:') },
      { location: 'relations[0] (line 2)', message: expect.stringContaining('validFromm') },
    ],
    [
      'a missing required field',
      { ...base, 'relations.yaml': validRelation.replace(`    subject: ${k('ann')}\n`, '') },
      { location: 'relations[0].subject (line 2)', message: expect.stringMatching(/expected string/i) },
    ],
    [
      'a key that is not a slug',
      { ...base, 'more.yaml': 'entities:\n  - key: Not A Slug\n    kind: PERSON\n    name: Someone\n' },
      { file: 'more.yaml', location: 'entities[0].key (line 2)', message: expect.stringContaining('lowercase slug') },
    ],
    [
      'a key defined twice',
      { ...base, 'more.yaml': `entities:\n  - key: ${k('ann')}\n    kind: PERSON\n    name: Another Ann\n` },
      { file: 'more.yaml', message: `entity key "${k('ann')}" is already defined in entities.yaml` },
    ],
    [
      'a sub-kind the kind does not have',
      { ...base, 'entities.yaml': entities.replace('subKind: PARTY', 'subKind: TOWN') },
      { location: 'entities[1].subKind (line 7)', message: expect.stringContaining('PARTY, GOVERNMENT') },
    ],
    [
      'an unknown relation type',
      { ...base, 'relations.yaml': validRelation.replace('type: LEADS', 'type: ADMIRES') },
      { location: 'relations[0].type (line 3)', message: expect.stringContaining('MEMBER_OF') },
    ],
    [
      'a reference to an unknown entity',
      { ...base, 'relations.yaml': validRelation.replace(`object: ${k('party')}`, `object: ${k('nobody')}`) },
      { location: 'relations[0].object (line 5)', message: `unknown entity "${k('nobody')}"` },
    ],
    [
      'kinds the relation type does not connect',
      { ...base, 'relations.yaml': validRelation.replace(`object: ${k('party')}`, `object: ${k('town')}`) },
      { location: 'relations[0].type (line 3)', message: 'LEADS connects PERSON → ORGANIZATION, not PERSON → PLACE' },
    ],
    [
      'a qualifier the type does not take',
      { ...base, 'relations.yaml': validRelation.replace('validFrom: 2020-04-04', 'seats: 3') },
      { location: 'relations[0].seats (line 6)', message: expect.stringContaining('LEADS does not take "seats"') },
    ],
    [
      'a context the type does not take',
      { ...base, 'relations.yaml': validRelation.replace('validFrom: 2020-04-04', `context: ${k('party')}`) },
      { location: 'relations[0].context (line 6)', message: 'LEADS takes no context' },
    ],
    [
      'a date that does not exist',
      { ...base, 'relations.yaml': validRelation.replace('2020-04-04', '2021-02-30') },
      { location: 'relations[0].validFrom (line 6)', message: expect.stringContaining('"2021-02-30" is not a date') },
    ],
    [
      'a validity that ends before it starts',
      { ...base, 'relations.yaml': validRelation.replace('validFrom: 2020-04-04', 'validFrom: 2020-04-04\n    validTo: 2019') },
      { location: 'relations[0].validTo (line 7)', message: expect.stringContaining('must come after validFrom') },
    ],
    [
      'a relation with no evidence',
      { ...base, 'relations.yaml': relation(`    type: LEADS\n    subject: ${k('ann')}\n    object: ${k('party')}`, '      []').replace('evidence:\n      []', 'evidence: []') },
      { location: 'relations[0].evidence (line 6)', message: 'every relation needs at least one piece of evidence' },
    ],
    [
      'evidence from an unknown source',
      { ...base, 'relations.yaml': validRelation.replace(`source: ${k('article')}`, `source: ${k('rumour')}`) },
      { location: 'relations[0].evidence[0].source (line 8)', message: `unknown source "${k('rumour')}"` },
    ],
    [
      'a quote that is not in the source text',
      { ...base, 'relations.yaml': validRelation.replace('Ann Example leads the Example Party', 'Ann Example runs the Example Party') },
      { location: 'relations[0].evidence[0].quote (line 9)', message: expect.stringContaining('quote not found verbatim') },
    ],
    [
      'a quote that appears twice with no occurrence',
      { ...base, 'relations.yaml': validRelation.replace('Ann Example leads the Example Party', 'Ann Example') },
      { message: expect.stringContaining('appears 2 times') },
    ],
    [
      'the same person under two keys',
      { ...base, 'more.yaml': `entities:\n  - key: ${k('ann-again')}\n    kind: PERSON\n    name: ANN EXAMPLE ${prefix}\n` },
      { file: 'more.yaml', message: expect.stringContaining('the same entity under two keys?') },
    ],
    [
      'a text file that is missing',
      { ...base, 'sources.yaml': sources.replace('textFile: article.txt', 'textFile: missing.txt') },
      { location: 'sources[0].textFile (line 6)', message: expect.stringContaining('cannot read') },
    ],
  ])('%s', async (_name, files, expected) => {
    const problems = await refused(files);
    expect(problems).toContainEqual(expect.objectContaining(expected));
  });

  it('lists the problems of every file at once', async () => {
    const problems = await refused({
      ...base,
      'relations.yaml': validRelation.replace('type: LEADS', 'type: ADMIRES'),
      'more.yaml': 'entities:\n  - key: Not A Slug\n    kind: PERSON\n    name: Someone\n',
    });
    expect(new Set(problems.map((problem) => problem.file))).toEqual(new Set(['relations.yaml', 'more.yaml']));
  });
});

describe('a valid seed', () => {
  it('loads, with quote offsets computed from the text', async () => {
    const seed = await loadSeed(graph.database, await seedFolder({ ...base, 'relations.yaml': validRelation }));
    expect(seed.relations).toHaveLength(1);
    expect(seed.relations[0]!.evidence[0]).toMatchObject({ start: 0, end: 'Ann Example leads the Example Party'.length });
    const [record] = await graph.database.read(WRITTEN, { prefix });
    expect(record!.get('nodes').toNumber()).toBe(6);
  });

  it('replaces the kind of an entity whose kind was corrected, leaving one kind label', async () => {
    const corrected = entities.replace('kind: PLACE\n    subKind: TOWN', 'kind: ORGANIZATION\n    subKind: OTHER');
    expect(corrected).not.toBe(entities);
    await loadSeed(graph.database, await seedFolder({ ...base, 'entities.yaml': corrected, 'relations.yaml': validRelation }));
    const [record] = await graph.database.read(
      cypher('test.labelsOf', 'MATCH (e:Entity {key: $key}) RETURN labels(e) AS labels'),
      { key: k('town') },
    );
    expect(record!.get('labels').sort()).toEqual(['Entity', 'EntityKey', 'Organization']);
  });
});
