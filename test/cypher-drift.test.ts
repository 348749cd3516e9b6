import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { cypherFile, printedCypher } from '../src/printed-cypher.js';

it('schema/statements.cypher holds every named statement as the code builds it (run `npm run cypher:print`)', async () => {
  const printed = printedCypher();
  expect(printed).toContain('// relation.list\n');
  expect(printed).toContain('// graph.neighbourhood\n');
  expect(await readFile(cypherFile, 'utf8')).toBe(printed);
});

it('refuses to print a name that stands for two different statements', async () => {
  const { cypher } = await import('../src/neo4j/statement.js');
  cypher('drift.twice', 'RETURN 1 AS one');
  cypher('drift.twice', 'RETURN 2 AS two');
  expect(() => printedCypher()).toThrow(/drift\.twice/);
});
