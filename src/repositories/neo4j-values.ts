import neo4j from 'neo4j-driver';
import { z } from 'zod';

/**
 * Conversions at the repository boundary, so that nothing above a repository sees a driver type.
 * Going out, Neo4j integers become numbers (temporal values are turned into ISO strings by the
 * statements themselves, with toString); coming in, counts become Neo4j integers and ISO dates
 * Neo4j dates.
 */

export const neo4jInteger = z.custom<unknown>((value) => neo4j.isInt(value) || typeof value === 'number').transform(
  (value) => (neo4j.isInt(value) ? value.toNumber() : (value as number)),
);

/** Counts are stored as Neo4j integers, not floats. */
export function integerOrNull(value: number | null | undefined) {
  return value === null || value === undefined ? null : neo4j.int(value);
}

/** An ISO calendar date (already validated) as a Neo4j DATE. */
export function calendarDate(value: string | null): InstanceType<typeof neo4j.types.Date> | null {
  if (value === null) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}
