import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A named Cypher statement. The name travels as transaction metadata, so it shows up in Neo4j's
 * query log and `SHOW TRANSACTIONS`, and in our own statement counts. Parameters are always passed
 * separately: statement text is fixed at module load and never built from request data.
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export function cypher(name: string, text: string): Statement {
  return { name, text: text.trim() };
}

export const cypherDirectory = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** Loads a long statement kept in `cypher/<file>` so that it can be read and reviewed as Cypher. */
export function cypherFile(name: string, file: string): Statement {
  return cypher(name, readFileSync(new URL(file, `file://${cypherDirectory}`), 'utf8'));
}
