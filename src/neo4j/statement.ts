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
  /**
   * Another text for the same question, such as 'brief' (a relation read in brief, ReadDetail): counted,
   * traced and logged under the statement's name, printed apart ("relation.ofEntities (brief)").
   */
  readonly variant?: string;
}

/** Every statement text built so far, by name: what `npm run cypher:print` writes out. */
const named = new Map<string, Set<string>>();

export function cypher(name: string, text: string, variant?: string): Statement {
  const trimmed = text.trim();
  const statement = variant === undefined ? { name, text: trimmed } : { name, text: trimmed, variant };
  const texts = named.get(printedName(statement)) ?? new Set<string>();
  texts.add(trimmed);
  named.set(printedName(statement), texts);
  return statement;
}

/** The name a statement is printed under: its name, and its variant when it has one. */
export function printedName(statement: Statement): string {
  return statement.variant === undefined ? statement.name : `${statement.name} (${statement.variant})`;
}

/**
 * The statements built so far (those defined when their module loaded, and those built since), by
 * printed name. A printed name should stand for one text; the printed file refuses one with two (tests
 * build ad-hoc statements of their own, and may). The metrics count a statement's variants under its
 * name, one question being one series; the query log (transaction metadata) and traces name the variant.
 */
export function namedStatements(): ReadonlyMap<string, ReadonlySet<string>> {
  return named;
}

export const cypherDirectory = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** Loads a long statement kept in `cypher/<file>` so that it can be read and reviewed as Cypher. */
export function cypherFile(name: string, file: string): Statement {
  return cypher(name, readFileSync(new URL(file, `file://${cypherDirectory}`), 'utf8'));
}
