import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { importFile, type ImportOptions } from '../src/ingest/import.js';
import { checkGraph } from '../src/integrity/check-graph.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * Identifiers from outside registers: written by the seed, the import and the curation mutations,
 * read as Entity.identifiers and through entityByIdentifier, one identifier naming one entity even
 * when many writers give it away at the same moment.
 */

const prefix = uniquePrefix('identifiers');
const k = (name: string) => `${prefix}-${name}`;
/** Identifier values of this file's own, so runs and files never share one. */
const q = (name: string) => `${prefix}-${name}`;
const options: ImportOptions = { actor: 'import:test', batchSize: 50, rejectFile: null, checkOnly: false };
const curator = newApiKey('alice', ['curator']);
const asCurator = { authorization: `Bearer ${curator.key}` };

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
let folder: string;

const BY_IDENTIFIER = `query ($scheme: String!, $value: String!) {
  entityByIdentifier(scheme: $scheme, value: $value) { key identifiers { scheme value } }
}`;
const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { key identifiers { scheme value } } }`;

async function jsonLinesFile(name: string, rows: object[]): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  return file;
}

const person = (name: string, identifiers: { scheme: string; value: string }[]) => ({
  entity: { key: k(name), kind: 'PERSON', name: `${name} ${prefix}`, identifiers },
});

async function byIdentifier(scheme: string, value: string) {
  const { data, errors } = await execute(yoga, BY_IDENTIFIER, { scheme, value });
  expect(errors).toBeUndefined();
  return data.entityByIdentifier as { key: string; identifiers: { scheme: string; value: string }[] } | null;
}

beforeAll(async () => {
  graph = connectTestGraph();
  const { entries } = parseApiKeys(curator.entry);
  yoga = createYogaServer({ database: graph.database, logger: silentLogger, keyring: new ApiKeyring(entries) });
  folder = await mkdtemp(path.join(tmpdir(), 'political-graph-identifiers-'));
});

afterAll(async () => {
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
  await rm(folder, { recursive: true, force: true });
});

describe('identifiers', () => {
  it('come with the seed: the Wikidata item Q291169 is Jeremy Corbyn', async () => {
    expect(await byIdentifier('wikidata', 'Q291169')).toEqual({ key: 'jeremy-corbyn', identifiers: [{ scheme: 'wikidata', value: 'Q291169' }] });
    expect(await byIdentifier('wikidata', 'Q0')).toBeNull();
  });

  it('are imported, listed by scheme then value, found again, and a second import adds nothing', async () => {
    const file = await jsonLinesFile('people.jsonl', [
      person('ann', [
        { scheme: 'wikidata', value: q('ann') },
        { scheme: 'datadotparl', value: q('ann-parl') },
      ]),
      person('bob', [{ scheme: 'wikidata', value: q('bob') }]),
    ]);
    const first = await importFile(graph.database, file, 'jsonl', options);
    expect(first.problems).toEqual([]);
    const ann = await byIdentifier('datadotparl', q('ann-parl'));
    expect(ann).toEqual({
      key: k('ann'),
      identifiers: [
        { scheme: 'datadotparl', value: q('ann-parl') },
        { scheme: 'wikidata', value: q('ann') },
      ],
    });
    const again = await importFile(graph.database, file, 'jsonl', options);
    expect(again.problems).toEqual([]);
    expect(await byIdentifier('datadotparl', q('ann-parl'))).toEqual(ann);
    expect(await checkGraph(graph.database, { prefix })).toEqual([]);
  });

  it('are read from a CSV identifiers column of scheme:value pairs', async () => {
    const file = path.join(folder, 'people.csv');
    await writeFile(file, `record,key,kind,name,identifiers\nentity,${k('cid')},PERSON,Cid ${prefix},wikidata:${q('cid')}|url:https://example.org/cid\n`);
    const report = await importFile(graph.database, file, 'csv', options);
    expect(report.problems).toEqual([]);
    expect((await byIdentifier('url', 'https://example.org/cid'))?.key).toBe(k('cid'));
  });

  it('refuse a file that gives one identifier to two keys, or one another entity holds, naming each row; nothing is written', async () => {
    const file = await jsonLinesFile('clashes.jsonl', [
      person('dan', [{ scheme: 'wikidata', value: q('dan') }]),
      person('eve', [{ scheme: 'wikidata', value: q('dan') }]),
      person('fay', [{ scheme: 'wikidata', value: q('ann') }]),
    ]);
    const report = await importFile(graph.database, file, 'jsonl', options);
    expect(report.written).toBeNull();
    expect(report.problems).toEqual([
      { line: 2, where: 'line 2', field: 'entity.identifiers[0]', message: `wikidata ${q('dan')} is given to "${k('dan')}" on line 1 too; one identifier names one entity` },
      { line: 3, where: 'line 3', field: 'entity.identifiers', message: `wikidata ${q('ann')} already names "${k('ann')}" in the database; one identifier names one entity` },
    ]);
    expect(await byIdentifier('wikidata', q('dan'))).toBeNull();
  });

  it('go to one of many curators giving the same identifier at once; the others hear which entity holds it', async () => {
    const value = q('contested');
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        execute(
          yoga,
          CREATE_ENTITY,
          { input: { key: k(`rival-${index}`), kind: 'PERSON', name: `Rival ${index} ${prefix}`, identifiers: [{ scheme: 'wikidata', value }] } },
          asCurator,
        ),
      ),
    );
    const created = attempts.filter((attempt) => attempt.errors === undefined);
    expect(created).toHaveLength(1);
    const holder = created[0]!.data.createEntity.key as string;
    for (const refused of attempts.filter((attempt) => attempt.errors !== undefined)) {
      expect(refused.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.identifiers[0]', message: `wikidata ${value} already names "${holder}"; one identifier names one entity` }],
      });
    }
    expect((await byIdentifier('wikidata', value))?.key).toBe(holder);
    expect(await checkGraph(graph.database, { prefix })).toEqual([]);
  });

  it('go to one of two imports giving the same identifier to different keys at the same moment; the other writes nothing', async () => {
    const value = q('raced');
    const files = await Promise.all(
      ['gil', 'hal'].map((name) => jsonLinesFile(`${name}.jsonl`, [person(name, [{ scheme: 'wikidata', value }])])),
    );
    const outcomes = await Promise.allSettled(files.map((file) => importFile(graph.database, file, 'jsonl', options)));
    const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(String((failed[0] as PromiseRejectedResult).reason)).toMatch(new RegExp(`wikidata ${value} \\(given to '${prefix}-(gil|hal)'\\) already names '${prefix}-(gil|hal)'`));
    const holder = (await byIdentifier('wikidata', value))!.key;
    expect([k('gil'), k('hal')]).toContain(holder);
    const loser = holder === k('gil') ? k('hal') : k('gil');
    const { data } = await execute(yoga, '{ entity(key: $key) { key } }'.replace('$key', JSON.stringify(loser)));
    expect(data.entity).toBeNull();
    expect(await checkGraph(graph.database, { prefix })).toEqual([]);
  });

  it('follow a merge: the absorbed entity\'s identifier names the survivor, which lists it', async () => {
    const merged = await execute(
      yoga,
      'mutation ($survivor: String!, $absorbed: String!) { mergeEntities(survivor: $survivor, absorbed: $absorbed) { survivor { key } } }',
      { survivor: k('bob'), absorbed: k('cid') },
      asCurator,
    );
    expect(merged.errors).toBeUndefined();
    const survivor = await byIdentifier('wikidata', q('cid'));
    expect(survivor?.key).toBe(k('bob'));
    expect(survivor?.identifiers).toEqual([
      { scheme: 'url', value: 'https://example.org/cid' },
      { scheme: 'wikidata', value: q('bob') },
      { scheme: 'wikidata', value: q('cid') },
    ]);
    expect(await checkGraph(graph.database, { prefix })).toEqual([]);
  });

  it('given again to the survivor of a merge, stay one identifier with one holder', async () => {
    const before = await byIdentifier('wikidata', q('cid'));
    const updated = await execute(
      yoga,
      'mutation ($key: String!, $input: UpdateEntityInput!) { updateEntity(key: $key, input: $input) { key identifiers { scheme value } } }',
      { key: k('bob'), input: { identifiers: [{ scheme: 'wikidata', value: q('cid') }] } },
      asCurator,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateEntity.identifiers).toEqual(before?.identifiers);
    const file = await jsonLinesFile('survivor.jsonl', [person('bob', [{ scheme: 'wikidata', value: q('cid') }])]);
    expect((await importFile(graph.database, file, 'jsonl', options)).problems).toEqual([]);
    expect(await checkGraph(graph.database, { prefix })).toEqual([]);
  });
});
