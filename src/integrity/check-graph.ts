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
  const parameters = { prefix: options.prefix ?? null, limit: neo4j.int(options.limit ?? 100), ...vocabularyParameters() };
  const violations: Violation[] = [];
  for (const invariant of INVARIANTS) {
    for (const record of await database.read(invariant.statement, parameters)) {
      violations.push({ invariant: invariant.name, ...violationRow.parse(record.toObject()) });
    }
  }
  return violations;
}
