import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { cypherFile, printedCypher } from '../src/printed-cypher.js';

it('schema/statements.cypher holds every named statement as the code builds it (run `npm run cypher:print`)', async () => {
  const printed = printedCypher();
  expect(printed).toContain('// relation.list\n');
  expect(printed).toContain('// graph.neighbourhood\n');
  expect(await readFile(cypherFile, 'utf8')).toBe(printed);
});
