import neo4j from 'neo4j-driver';
import type { StoredEntity } from '../model/entity.js';
import type { ReadDetail, RelationFilter, StoredRelation } from '../model/relation.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher, type Statement } from '../neo4j/statement.js';
import { entityProjection, readEntity } from './entity-rows.js';
import { WALK_THEN, entityAt, heldAt } from './history-cypher.js';
import { filterParameter, relationFilter, relationProjection, variant } from './relation-cypher.js';
import { readRelation } from './relation-rows.js';
import { RowMap } from './row-reader.js';

/**
 * Walks relation nodes between entities. A hop is entity → relation → entity, whichever way the
 * relation points.
 */

export const MAX_NEIGHBOURHOOD_DEPTH = 3;
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;
export const MAX_PATH_DEGREE = 1_000_000;

/**
 * One breadth-first hop of the neighbourhood walk. From each entity on the frontier it follows at
 * most `$perEntity` relations not seen yet, the first by id (reading one more tells whether the entity
 * had more), and the entities they reach become the next frontier. Ordered before the limit, so the
 * same graph gives the same neighbourhood whatever order Neo4j stores relations in: a crowded entity
 * costs a read of its relations, kept to the perEntity + 1 smallest ids as they stream (Neo4j's Top).
 * A hop past `$depth`, or after `$limit` relations are in hand, has an empty frontier and does nothing.
 */
function neighbourhoodHop(hop: number, history: boolean): string {
  const step = history
    ? `MATCH (entity)-[near:${WALK_THEN}]-(relation:Relation)-[far:${WALK_THEN}]-(neighbour:EntityKey)
       WHERE ${heldAt('near', '$filter.knownAt')} AND ${heldAt('far', '$filter.knownAt')}
         AND neighbour <> entity AND NOT relation IN relations AND ${relationFilter('relation', '$filter', true)}
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1`
    : `MATCH (entity)-[:SUBJECT_OF|OBJECT]-(relation:Relation)-[:SUBJECT_OF|OBJECT]-(neighbour:Entity)
       WHERE neighbour <> entity AND NOT relation IN relations AND ${relationFilter('relation', '$filter')}
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1`;
  return `
   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= ${hop} AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       ${step}
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier`;
}

/**
 * The whole walk from the entity keyed `$key`: leaves `start`, `relations` (in the order found) and
 * `hubs` (keys of the entities cut short). Parameters: $key, $depth, $limit, $perEntity and $filter
 * (see relationFilter). Exported for the benchmark's floor and peer servers, which must walk exactly
 * as this server does for their answers to be compared.
 */
export const NEIGHBOURHOOD_WALK = neighbourhoodWalk(false);

/** The walk; with `history`, over the graph as it stood at $filter.knownAt (history-cypher.ts). */
function neighbourhoodWalk(history: boolean): string {
  return `MATCH (start:${history ? 'EntityKey' : 'Entity'} {key: $key})
   ${history ? 'WHERE start.createdAt <= $filter.knownAt' : ''}
   WITH start, [start] AS visited, [start] AS frontier, [] AS relations, [] AS hubs
   ${Array.from({ length: MAX_NEIGHBOURHOOD_DEPTH }, (_, index) => neighbourhoodHop(index + 1, history)).join('\n')}`;
}

const neighbourhood = (detail: ReadDetail) =>
  cypher(
    'graph.neighbourhood',
    `${NEIGHBOURHOOD_WALK}
   RETURN start.key AS start, ${detail === 'brief' ? 'start { .key, .name, labels: labels(start), brief: true }' : entityProjection('start')} AS startEntity,
          hubs, size(relations) > $limit AS overLimit,
          [relation IN relations[0..$limit] | ${relationProjection('relation', null, { detail, evidence: false })}] AS relations`,
    variant({ detail, evidence: false }),
  );

/** The walk now, its relations and start read as fully or as briefly as the question asks (ReadDetail). */
const NEIGHBOURHOOD = { full: neighbourhood('full'), brief: neighbourhood('brief') };

/** NEIGHBOURHOOD as the graph stood at $filter.knownAt, with the start as it read then. */
const NEIGHBOURHOOD_AT = cypher(
  'graph.neighbourhoodAt',
  `${neighbourhoodWalk(true)}
   RETURN start.key AS start, ${entityAt('start', '$filter.knownAt')} AS startEntity, hubs, size(relations) > $limit AS overLimit,
          [relation IN relations[0..$limit] | ${relationProjection('relation', '$filter.knownAt')}] AS relations`,
);

/**
 * The `first` shortest paths of up to `hops` hops. Cypher 5 takes both numbers only as literals, so
 * each (hops, first) pair has its own statement, built from the two validated integers and kept:
 * the planner then never searches past either. The relation filter sits inside the path pattern,
 * where it prunes the search as it walks. Paths that pass an entity twice are no explanation and
 * are dropped after the selection: as a predicate inside the pattern that rule cannot be checked
 * hop by hop, and it made the search enumerate paths (6-hop p95 6.1 s instead of 0.7 s on the
 * generated 10k graph). A shortest path never repeats an entity, so only the longer
 * ones can be dropped, and SHORTEST asks for two spare paths to make up for them. Two repeats are
 * cheap to rule out hop by hop, and are: leaving the end (`leaving`) and coming back to the start.
 * Without that, walks such as start → end → hub → end took places among the k shortest, and which
 * of several equally long ones SHORTEST kept decided whether a simple path made the cut.
 */
function shortestPaths(hops: number, first: number, history: boolean, detail: ReadDetail): Statement {
  const at = history ? '$filter.knownAt' : null;
  const brief = detail === 'brief' && !history;
  return cypher(
    `graph.paths${history ? 'At' : ''}.${hops}.${first}`,
    `${pathSearch(hops, first, history)}
     RETURN [entity IN entities | entity.key] AS entities,
            ${at === null ? '' : `[entity IN entities | ${entityAt('entity', at)}] AS nodes,`}
            [relation IN hop | ${relationProjection('relation', at, { detail: brief ? 'brief' : 'full', evidence: false })}] AS relations`,
    variant({ detail: brief ? 'brief' : 'full', evidence: false }),
  );
}

/**
 * The path search, one row per path kept, shortest first, holding `entities` (from `from` to `to`)
 * and `hop` (the relations between them). Parameters: $from, $to, $maxDegree and $filter. Exported
 * for the benchmark's floor and peer servers, which must search exactly as this server does.
 */
export function pathSearch(hops: number, first: number, history = false): string {
  const step = history
    ? `((leaving:EntityKey WHERE leaving.key <> $to)-[near:${WALK_THEN} WHERE ${heldAt('near', '$filter.knownAt')}]-(hop:Relation WHERE ${relationFilter('hop', '$filter', true)})-[far:${WALK_THEN} WHERE ${heldAt('far', '$filter.knownAt')}]-(reached:EntityKey WHERE reached.key <> $from AND (${PASSABLE_THEN})))`
    : `((leaving:Entity WHERE leaving.key <> $to)-[:SUBJECT_OF|OBJECT]-(hop:Relation WHERE ${relationFilter('hop', '$filter')})-[:SUBJECT_OF|OBJECT]-(reached:Entity WHERE reached.key <> $from AND (${PASSABLE})))`;
  const label = history ? 'EntityKey' : 'Entity';
  return `MATCH path = SHORTEST ${first + SPARE_PATHS} (from:${label} {key: $from})
           ${step}{1,${hops}}
           (to:${label} {key: $to})
     WHERE from <> to${history ? ' AND from.createdAt <= $filter.knownAt AND to.createdAt <= $filter.knownAt' : ''}
     WITH [from] + reached AS entities, hop
     WHERE all(index IN range(1, size(entities) - 1) WHERE NOT entities[index] IN entities[0..index])
     WITH entities, hop ORDER BY size(hop) ASC, [relation IN hop | relation.id] ASC
     LIMIT ${first}`;
}

const SPARE_PATHS = 2;

/**
 * Whether a path may pass through an entity: the end is always reachable, anything else only with
 * at most $maxDegree relations. Neo4j reads a node's degree without visiting its relationships, so
 * the test is cheap, and it keeps the search out of hubs whose thousands of members would connect
 * everyone to everyone (and make the search visit them all).
 */
const PASSABLE = `reached.key = $to OR COUNT { (reached)-[:SUBJECT_OF|OBJECT]-(:Relation) } <= $maxDegree`;
/** PASSABLE as the graph stood at $filter.knownAt: the relations the entity had then. */
const PASSABLE_THEN = `reached.key = $to OR COUNT { (reached)-[degree:${WALK_THEN}]-(counted:Relation)
                         WHERE ${heldAt('degree', '$filter.knownAt')} AND counted.createdAt <= $filter.knownAt } <= $maxDegree`;
const pathStatements = new Map<string, Statement>();

/** The statement for `hops` and `first`, built once (exported for the printed statements). */
export function pathStatement(hops: number, first: number, history: boolean, detail: ReadDetail = 'full'): Statement {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_PATH_HOPS) {
    throw new RangeError(`maxHops must be between 1 and ${MAX_PATH_HOPS}, got ${hops}`);
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) {
    throw new RangeError(`first must be between 1 and ${MAX_PATHS}, got ${first}`);
  }
  const id = `${hops}.${first}.${history}.${detail}`;
  if (!pathStatements.has(id)) pathStatements.set(id, shortestPaths(hops, first, history, detail));
  return pathStatements.get(id)!;
}

function readNeighbourhood(value: unknown) {
  const row = new RowMap(value, 'neighbourhood');
  const startEntity = row.value('startEntity');
  return {
    start: row.text('start'),
    startEntity: startEntity === undefined || startEntity === null ? undefined : readEntity(startEntity),
    hubs: row.texts('hubs'),
    overLimit: row.boolean('overLimit'),
    relations: row.list('relations').map(readRelation),
  };
}

function readPath(value: unknown) {
  const row = new RowMap(value, 'path');
  return {
    entities: row.texts('entities'),
    nodes: row.has('nodes') ? row.list('nodes').map(readEntity) : undefined,
    relations: row.list('relations').map(readRelation),
  };
}

export interface NeighbourhoodRequest {
  key: string;
  depth: number;
  /** Most relations in the answer. */
  limit: number;
  /** Most relations followed from any one entity at each hop. */
  perEntity: number;
  filter: RelationFilter;
  /** How much of each relation and entity to read (full when left out); with knownAt, always full. */
  detail?: ReadDetail;
}

export interface Neighbourhood {
  /** Null when the start key names no entity. */
  start: string | null;
  /** The start: as it reads now (in brief when the request asked so), or as it read at the filter's knownAt. */
  startEntity?: StoredEntity;
  /** In the order the walk found them: nearer hops first. */
  relations: StoredRelation[];
  /** Keys of entities that had more relations than `perEntity` allowed. */
  hubs: string[];
  /** True when relations were left out: by `limit` or at a hub. */
  truncated: boolean;
}

export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  /** Pass only through entities with at most this many relations. */
  maxDegree: number;
  first: number;
  filter: RelationFilter;
  /** As NeighbourhoodRequest.detail. */
  detail?: ReadDetail;
}

export interface PathRecord {
  entities: string[];
  /** The entities as they read at the filter's knownAt, when one was asked (else loaded by key). */
  nodes?: StoredEntity[];
  relations: StoredRelation[];
}

export class GraphRepository {
  constructor(private readonly database: GraphDatabase) {}

  async neighbourhood(request: NeighbourhoodRequest): Promise<Neighbourhood> {
    const knownAt = request.filter.knownAt;
    const [record] = await this.database.read(knownAt === null ? NEIGHBOURHOOD[request.detail ?? 'full'] : NEIGHBOURHOOD_AT, {
      key: request.key,
      depth: neo4j.int(request.depth),
      limit: neo4j.int(request.limit),
      perEntity: neo4j.int(request.perEntity),
      filter: filterParameter(request.filter),
    });
    if (!record) return { start: null, relations: [], hubs: [], truncated: false };
    const row = readNeighbourhood(record.toObject());
    const truncated = row.overLimit || row.hubs.length > 0;
    const startEntity = row.startEntity && knownAt !== null ? { ...row.startEntity, knownAt } : row.startEntity;
    return { start: row.start, startEntity, relations: row.relations, hubs: row.hubs, truncated };
  }

  async paths(request: PathRequest): Promise<PathRecord[]> {
    const knownAt = request.filter.knownAt;
    const records = await this.database.read(pathStatement(request.maxHops, request.first, knownAt !== null, request.detail), {
      from: request.from,
      to: request.to,
      maxDegree: neo4j.int(request.maxDegree),
      filter: filterParameter(request.filter),
    });
    return records.map((record) => {
      const { nodes, ...path } = readPath(record.toObject());
      return knownAt === null || !nodes ? path : { ...path, nodes: nodes.map((node) => ({ ...node, knownAt })) };
    });
  }
}
