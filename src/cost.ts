import type { Statement } from './neo4j/statement.js';

/** What one request cost in Neo4j, reported in `extensions.cost` when the request asks for it. */
export interface Cost {
  /** Cypher statements run, one per round trip. */
  statements: number;
  /** Time spent waiting for Neo4j, in milliseconds (overlapping statements each count). */
  neo4jMs: number;
  /** How many times each named statement ran. */
  byStatement: Record<string, number>;
}

export class CostMeter {
  private statements = 0;
  private neo4jMs = 0;
  private readonly byStatement = new Map<string, number>();

  readonly record = (statement: Statement, durationMs: number): void => {
    this.statements += 1;
    this.neo4jMs += durationMs;
    this.byStatement.set(statement.name, (this.byStatement.get(statement.name) ?? 0) + 1);
  };

  report(): Cost {
    return {
      statements: this.statements,
      neo4jMs: Math.round(this.neo4jMs * 10) / 10,
      byStatement: Object.fromEntries([...this.byStatement].sort(([a], [b]) => a.localeCompare(b))),
    };
  }
}
