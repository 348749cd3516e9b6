import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { GraphDatabase } from '../neo4j/database.js';
import { INVARIANTS, vocabularyParameters } from './checks.js';

export interface Violation {
  /** The invariant broken, as `INVARIANTS` names it. */
  invariant: string;
  /** The keys of the entities, relations and sources involved, the offending one first. */
  keys: string[];
  problem: string;
}

export interface CheckOptions {
  /** Only records whose key or id starts with this; the whole graph when absent. */
  prefix?: string;
  /** Violations listed per invariant (default 100). */
  limit?: number;
}

const violationRow = z.object({ keys: z.array(z.string()), problem: z.string() });

/**
 * Reads every invariant of the knowledge model back from Neo4j (src/integrity/checks.ts) and lists
 * each record that breaks one. Reads only: safe to run against a live server's database.
 */
export async function checkGraph(database: GraphDatabase, options: CheckOptions = {}): Promise<Violation[]> {
  const limit = options.limit ?? 100;
  const parameters = { prefix: options.prefix ?? '', limit: neo4j.int(limit), ...vocabularyParameters() };
  const violations: Violation[] = [];
  for (const invariant of INVARIANTS) {
    const rows = (await database.read(invariant.statement, parameters)).map((record) => record.toObject());
    const found = invariant.violations ? invariant.violations(rows).slice(0, limit) : rows.map((row) => violationRow.parse(row));
    violations.push(...found.map((violation) => ({ invariant: invariant.name, ...violation })));
  }
  return violations;
}
