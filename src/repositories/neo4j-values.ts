import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { parseInstant } from '../model/dates.js';

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

/** An ISO instant (already validated, see parseInstant) as a Neo4j DATETIME, to the nanosecond. */
export function instant(value: string | null): InstanceType<typeof neo4j.types.DateTime> | null {
  if (value === null) return null;
  const parsed = parseInstant(value);
  if (!parsed) throw new RangeError(`not an ISO 8601 instant: ${value}`);
  const { year, month, day, hour, minute, second, nanosecond, offsetSeconds } = parsed;
  return new neo4j.types.DateTime(year, month, day, hour, minute, second, nanosecond, offsetSeconds);
}
