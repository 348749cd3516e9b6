import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { printedSchema, schemaFile } from '../src/schema/printed.js';

it('schema/schema.graphql matches the schema the code builds (run `npm run schema:print`)', async () => {
  expect(await readFile(schemaFile, 'utf8')).toBe(printedSchema());
});
