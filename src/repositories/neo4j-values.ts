import neo4j from 'neo4j-driver';
import { z } from 'zod';

/**
 * Converters for Neo4j's own value types, applied where rows leave a repository so that nothing
 * above it sees a driver Integer or temporal object.
 */

export const neo4jInteger = z.custom<unknown>((value) => neo4j.isInt(value) || typeof value === 'number').transform(
  (value) => (neo4j.isInt(value) ? value.toNumber() : (value as number)),
);

export const isoDate = z
  .custom<unknown>((value) => neo4j.isDate(value), { message: 'expected a Neo4j Date' })
  .transform((value) => String(value));
