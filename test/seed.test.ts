import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/neo4j/statement.js';
import { readSeed, SeedValidationError } from '../src/seed/read-seed.js';
import { writeSeed } from '../src/seed/write-seed.js';
import { connectTestGraph, deleteByKeyPrefix, uniquePrefix, type TestGraph } from './support/graph.js';

const prefix = uniquePrefix('seed');
let folder: string;
let graph: TestGraph;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'political-graph-seed-'));
  graph = connectTestGraph();
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
});

async function seedFolder(files: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(path.join(folder, 'case-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(directory, name), text);
  return directory;
}

async function problemsOf(files: Record<string, string>) {
  const error = await readSeed(await seedFolder(files)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SeedValidationError);
  return (error as SeedValidationError).problems;
}

describe('the bundled seed', () => {
  it('is valid, with unique keys', async () => {
    const { entities } = await readSeed();
    expect(entities.length).toBeGreaterThan(20);
    expect(new Set(entities.map((entity) => entity.key)).size).toBe(entities.length);
    expect(entities.find((entity) => entity.key === 'keir-starmer')).toMatchObject({ kind: 'PERSON' });
  });
});

describe('seed validation', () => {
  it('names the file, path and line of a misspelt field', async () => {
    const problems = await problemsOf({
      'people.yaml': 'entities:\n  - key: a-person\n    kind: PERSON\n    name: A Person\n    nmae: typo\n',
    });
    expect(problems).toEqual([
      { file: 'people.yaml', location: 'entities[0] (line 2)', message: expect.stringContaining('nmae') },
    ]);
  });

  it('refuses a sub-kind that the kind does not have', async () => {
    const problems = await problemsOf({
      'orgs.yaml': 'entities:\n  - key: a-party\n    kind: ORGANIZATION\n    subKind: TOWN\n    name: A Party\n',
    });
    expect(problems[0]).toMatchObject({ location: 'entities[0].subKind (line 4)' });
    expect(problems[0]!.message).toMatch(/PARTY, GOVERNMENT/);
  });

  it('refuses a date on anything but an election, and an impossible date', async () => {
    const problems = await problemsOf({
      'dates.yaml':
        'entities:\n  - key: a-person\n    kind: PERSON\n    name: A\n    date: 2021-05-06\n' +
        '  - key: an-election\n    kind: ELECTION\n    name: B\n    date: 2021-02-30\n',
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'only elections have a date',
      'must be a calendar date written YYYY-MM-DD',
    ]);
  });

  it('refuses a key used twice, naming where it was first used', async () => {
    const entry = 'entities:\n  - key: same-key\n    kind: PERSON\n    name: A\n';
    const problems = await problemsOf({ 'a.yaml': entry, 'b.yaml': entry });
    expect(problems).toEqual([
      { file: 'b.yaml', location: 'entities[0].key (line 2)', message: 'key "same-key" is already used in a.yaml' },
    ]);
  });

  it('reports YAML syntax errors with their line, and every problem of every file at once', async () => {
    const problems = await problemsOf({
      'broken.yaml': 'entities:\n  - key: x\n    name: [unclosed\n',
      'slug.yaml': 'entities:\n  - key: Not A Slug\n    kind: PERSON\n    name: A\n',
    });
    expect(problems.map((problem) => problem.file)).toEqual(['broken.yaml', 'slug.yaml']);
    expect(problems[0]!.location).toMatch(/^line \d+$/);
    expect(problems[1]!.message).toMatch(/lowercase slug/);
  });
});

describe('writing the seed', () => {
  const COUNT = cypher(
    'test.countSeedEntities',
    'MATCH (entity:Entity) WHERE entity.key STARTS WITH $prefix RETURN count(entity) AS entities, collect(labels(entity)) AS labels',
  );

  it('is idempotent: loading twice leaves the same graph', async () => {
    const entities = [
      { key: `${prefix}-person`, kind: 'PERSON' as const, name: 'A Person', aliases: ['AP'], description: null, subKind: null, date: null },
      { key: `${prefix}-vote`, kind: 'ELECTION' as const, name: 'A Vote', aliases: [], description: 'd', subKind: 'REFERENDUM', date: '2014-09-18' },
    ];
    await writeSeed(graph.database, { entities });
    const [once] = await graph.database.read(COUNT, { prefix });
    await writeSeed(graph.database, { entities });
    const [twice] = await graph.database.read(COUNT, { prefix });

    expect(once!.get('entities').toNumber()).toBe(2);
    expect(twice!.toObject()).toEqual(once!.toObject());
    expect(once!.get('labels').map((labels: string[]) => labels.sort())).toEqual(
      expect.arrayContaining([['Entity', 'Person'], ['Election', 'Entity']]),
    );
  });
});
