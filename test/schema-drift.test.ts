import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { printedSchema, schemaFile } from '../src/schema/printed.js';

it('schema/schema.graphql matches the schema the code builds (run `npm run schema:print`)', async () => {
  expect(await readFile(schemaFile, 'utf8')).toBe(printedSchema());
});

it('describes every type, field, argument and enum value, for GraphiQL readers', async () => {
  const { isEnumType, isInputObjectType, isInterfaceType, isObjectType } = await import('graphql');
  const { schema } = await import('../src/schema/index.js');
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  expect(missing).toEqual([]);
});
