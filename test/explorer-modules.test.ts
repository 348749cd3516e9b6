import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/processes.js';
import { useSeedApi } from './support/seed-api.js';

/**
 * The explorer's page is ES modules that import one another by relative path. The plugin serves a
 * fixed list of files, so a module added to the folder but not to that list would break the page with
 * a 404 that only a browser notices: every module, and every module any of them imports, must be served.
 */

const api = useSeedApi('header');
const publicDirectory = path.join(projectRoot, 'src/explorer/public');

async function modules(): Promise<string[]> {
  return (await readdir(publicDirectory)).filter((name) => name.endsWith('.js')).sort();
}

describe('the explorer modules over HTTP', () => {
  it('serves every module in the folder as JavaScript, with its own text', async () => {
    const names = await modules();
    expect(names).toContain('explorer.js');
    for (const name of names) {
      const response = await api.yoga().fetch(`http://localhost/explorer/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe('text/javascript; charset=utf-8');
      expect(await response.text(), name).toBe(await readFile(path.join(publicDirectory, name), 'utf8'));
    }
  });

  it('serves every module that a module imports', async () => {
    const imported = new Set<string>();
    for (const name of await modules()) {
      const text = await readFile(path.join(publicDirectory, name), 'utf8');
      for (const match of text.matchAll(/^import [^'"]*['"]\.\/([^'"]+)['"]/gm)) imported.add(match[1]!);
    }
    expect(imported.size).toBeGreaterThan(3);
    for (const name of imported) {
      expect((await api.yoga().fetch(`http://localhost/explorer/${name}`)).status, name).toBe(200);
    }
  });
});

it("offers exactly the schema's entity kinds and relation types in its filters", async () => {
  // Written out in model.js (a server may run without introspection): kept equal to the contract here.
  const { ENTITY_KINDS, RELATION_TYPES } = (await import(pathToFileURL(path.join(publicDirectory, 'model.js')).href)) as Record<string, string[]>;
  const schema = buildSchema(await readFile(path.join(projectRoot, 'schema/schema.graphql'), 'utf8'));
  const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name).sort();
  expect([...ENTITY_KINDS!].sort()).toEqual(values('EntityKind'));
  expect([...RELATION_TYPES!].sort()).toEqual(values('RelationType'));
});
