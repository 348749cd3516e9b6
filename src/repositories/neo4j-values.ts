import neo4j from 'neo4j-driver';
import { z } from 'zod';

/**
 * Converts Neo4j integers where rows leave a repository, so that nothing above it sees a driver
 * Integer. Temporal values are turned into ISO strings by the statements themselves (toString).
 */

export const neo4jInteger = z.custom<unknown>((value) => neo4j.isInt(value) || typeof value === 'number').transform(
  (value) => (neo4j.isInt(value) ? value.toNumber() : (value as number)),
);
