import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { RelationFilter, StoredRelation } from '../model/relation.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher } from '../neo4j/statement.js';
import { filterParameter, relationFilter, relationProjection } from './relation-cypher.js';
import { relationRow } from './relation-rows.js';

/**
 * Walks relation nodes between entities. A hop is entity → relation → entity, whichever way the
 * relation points. Quantifiers are written as literals (Cypher has no parameter there), so depth and
 * hop limits are applied as predicates on the walk.
 */

export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;

const NEIGHBOURHOOD = cypher(
  'graph.neighbourhood',
  `MATCH (start:Entity {key: $key})
   OPTIONAL MATCH (start) ((:Entity)-[:SUBJECT_OF|OBJECT]-(hop:Relation)-[:SUBJECT_OF|OBJECT]-(:Entity)){1,3} (:Entity)
   WHERE size(hop) <= $depth AND all(relation IN hop WHERE ${relationFilter('relation', '$filter')})
   UNWIND (CASE WHEN hop IS NULL THEN [null] ELSE hop END) AS relation
   WITH DISTINCT start, relation
   WITH start, collect(relation) AS relations
   RETURN start.key AS start, size(relations) > $limit AS truncated,
          [relation IN relations[0..$limit] | ${relationProjection('relation')}] AS relations`,
);

const PATHS = cypher(
  'graph.paths',
  `MATCH path = SHORTEST ${MAX_PATHS} (from:Entity {key: $from})
         ((:Entity)-[:SUBJECT_OF|OBJECT]-(hop:Relation WHERE ${relationFilter('hop', '$filter')})-[:SUBJECT_OF|OBJECT]-(:Entity)){1,6}
         (to:Entity {key: $to})
   WHERE size(hop) <= $maxHops
   WITH path, hop ORDER BY length(path) ASC
   LIMIT $first
   RETURN [node IN nodes(path) WHERE node:Entity | node.key] AS entities,
          [relation IN hop | ${relationProjection('relation')}] AS relations`,
);

export interface Neighbourhood {
  /** Null when the start key names no entity. */
  start: string | null;
  relations: StoredRelation[];
  truncated: boolean;
}

export interface PathRecord {
  entities: string[];
  relations: StoredRelation[];
}

export class GraphRepository {
  constructor(private readonly database: GraphDatabase) {}

  async neighbourhood(request: { key: string; depth: number; limit: number; filter: RelationFilter }): Promise<Neighbourhood> {
    const [record] = await this.database.read(NEIGHBOURHOOD, {
      key: request.key,
      depth: neo4j.int(request.depth),
      limit: neo4j.int(request.limit),
      filter: filterParameter(request.filter),
    });
    if (!record) return { start: null, relations: [], truncated: false };
    return z
      .object({ start: z.string(), truncated: z.boolean(), relations: z.array(relationRow) })
      .parse(record.toObject());
  }

  async paths(request: { from: string; to: string; maxHops: number; first: number; filter: RelationFilter }): Promise<PathRecord[]> {
    const records = await this.database.read(PATHS, {
      from: request.from,
      to: request.to,
      maxHops: neo4j.int(request.maxHops),
      first: neo4j.int(request.first),
      filter: filterParameter(request.filter),
    });
    return records.map((record) =>
      z.object({ entities: z.array(z.string()), relations: z.array(relationRow) }).parse(record.toObject()),
    );
  }
}
