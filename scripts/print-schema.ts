import { writeFile } from 'node:fs/promises';
import { printedSchema, schemaFile } from '../src/schema/printed.js';

await writeFile(schemaFile, printedSchema());
console.log(`Wrote ${schemaFile}`);
