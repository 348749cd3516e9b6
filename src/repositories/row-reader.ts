import neo4j from 'neo4j-driver';

/**
 * Reading the rows of read statements without a schema library. Every answer passes through these
 * (a page of 50 relations is some 1,500 values), and a zod parse of them cost more CPU than the
 * GraphQL execution did (README: "Lean reads"). The statements' projections fix the shapes, so a read
 * checks what could really differ (a missing or mistyped property, an unknown enum value, a node
 * without its kind) and names the statement's field when it does; writes still validate their
 * inputs with zod, and the tests check every statement's rows through these readers.
 */

/** A row that is not what its statement projects: a broken node, or a projection out of step with its reader. */
export class RowError extends Error {
  override name = 'RowError';
}

/** One map of a row, read field by field; `where` names it in errors ("relation 'r-1'"). */
export class RowMap {
  private readonly values: Record<string, unknown>;

  constructor(
    value: unknown,
    readonly where: string,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RowError(`${where}: expected a map, got ${describe(value)}`);
    this.values = value as Record<string, unknown>;
  }

  text(field: string): string {
    const value = this.values[field];
    if (typeof value !== 'string') throw this.wrong(field, 'a string', value);
    return value;
  }

  /** Null when absent: a property the node does not have, or one an older projection did not read. */
  optionalText(field: string): string | null {
    const value = this.values[field];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') throw this.wrong(field, 'a string or null', value);
    return value;
  }

  texts(field: string): string[] {
    const value = this.values[field];
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw this.wrong(field, 'a list of strings', value);
    return value as string[];
  }

  number(field: string): number {
    const value = this.values[field];
    if (typeof value !== 'number') throw this.wrong(field, 'a number', value);
    return value;
  }

  optionalNumber(field: string): number | undefined {
    const value = this.values[field];
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'number') throw this.wrong(field, 'a number', value);
    return value;
  }

  /** A Neo4j integer (or a float Neo4j holds for one) as a number. */
  integer(field: string): number {
    const value = this.values[field];
    if (neo4j.isInt(value)) return value.toNumber();
    if (typeof value === 'number') return value;
    throw this.wrong(field, 'an integer', value);
  }

  optionalInteger(field: string): number | undefined {
    const value = this.values[field];
    return value === null || value === undefined ? undefined : this.integer(field);
  }

  nullableInteger(field: string): number | null {
    return this.optionalInteger(field) ?? null;
  }

  optionalBoolean(field: string): boolean | undefined {
    const value = this.values[field];
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'boolean') throw this.wrong(field, 'a boolean', value);
    return value;
  }

  boolean(field: string): boolean {
    const value = this.values[field];
    if (typeof value !== 'boolean') throw this.wrong(field, 'a boolean', value);
    return value;
  }

  /** One of `allowed`. */
  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.values[field];
    if (!allowed.includes(value as T)) throw this.wrong(field, `one of ${allowed.join(', ')}`, value);
    return value as T;
  }

  optionalOneOf<T extends string>(field: string, allowed: readonly T[]): T | null {
    const value = this.values[field];
    return value === null || value === undefined ? null : this.oneOf(field, allowed);
  }

  /** The raw value, for a nested map or list that the caller reads with a RowMap of its own. */
  value(field: string): unknown {
    return this.values[field];
  }

  list(field: string): unknown[] {
    const value = this.values[field];
    if (!Array.isArray(value)) throw this.wrong(field, 'a list', value);
    return value;
  }

  has(field: string): boolean {
    return this.values[field] !== undefined;
  }

  fail(message: string): RowError {
    return new RowError(`${this.where}: ${message}`);
  }

  private wrong(field: string, expected: string, value: unknown): RowError {
    return this.fail(`'${field}' should be ${expected}, got ${describe(value)}`);
  }
}

/** Reads `{totalCount, page}`, the shape every paged statement returns, each item with `readItem`. */
export function readPage<T>(value: unknown, readItem: (item: unknown) => T): { totalCount: number; page: T[] } {
  const row = new RowMap(value, 'page');
  return { totalCount: row.integer('totalCount'), page: row.list('page').map(readItem) };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value;
}
