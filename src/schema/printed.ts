import { lexicographicSortSchema, printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { schema } from './index.js';

/** The committed SDL; apps and codegen read it, and a test fails when it drifts from the code. */
export const schemaFile = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
