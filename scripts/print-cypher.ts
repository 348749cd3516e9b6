import { writeFile } from 'node:fs/promises';
import { cypherFile, printedCypher } from '../src/printed-cypher.js';

await writeFile(cypherFile, printedCypher());
console.log(`Wrote ${cypherFile}`);
