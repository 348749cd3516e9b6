import type { Context } from '../context.js';
import { currentKey, primeRelations } from '../loaders.js';
import type { StoredEntity } from '../model/entity.js';
import { NO_FILTER, type RelationType, type StoredRelation } from '../model/relation.js';
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_DEGREE, MAX_PATH_HOPS, MAX_PATHS, type PathRecord } from '../repositories/graph-repository.js';
import { checkRange } from '../model/arguments.js';

/**
 * The analyst's views of the graph, shared by the GraphQL fields and the export endpoint so that an
 * export holds exactly what the same question asked in GraphQL answers. Arguments are checked here,
 * with errors that name them.
 */

export const NEIGHBOURHOOD_DEFAULTS = { depth: 1, limit: 50, perEntity: 25 } as const;
export const MAX_NEIGHBOURHOOD_LIMIT = 500;
export const MAX_PER_ENTITY = 100;
export const PATH_DEFAULTS = { maxHops: 4, first: 3, maxDegree: 500 } as const;

export interface Subgraph {
  nodes: StoredEntity[];
  edges: StoredRelation[];
  /** Entities that had more relations than the per-entity cap let through. */
  hubs: StoredEntity[];
  truncated: boolean;
}

export interface NeighbourhoodArguments {
  key: string;
  depth?: number | null;
  types?: readonly RelationType[] | null;
  asOf?: string | null;
  /** Answer as the graph stood at this instant (ISO 8601). */
  knownAt?: string | null;
  limit?: number | null;
  perEntity?: number | null;
}

export interface PathArguments {
  from: string;
  to: string;
  maxHops?: number | null;
  maxDegree?: number | null;
  types?: readonly RelationType[] | null;
  asOf?: string | null;
  /** Answer as the graph stood at this instant (ISO 8601). */
  knownAt?: string | null;
  first?: number | null;
}

export async function neighbourhood(context: Context, args: NeighbourhoodArguments): Promise<Subgraph> {
  const knownAt = args.knownAt ?? null;
  const request = {
    key: args.key,
    depth: checkRange('depth', args.depth ?? NEIGHBOURHOOD_DEFAULTS.depth, 1, MAX_NEIGHBOURHOOD_DEPTH),
    limit: checkRange('limit', args.limit ?? NEIGHBOURHOOD_DEFAULTS.limit, 1, MAX_NEIGHBOURHOOD_LIMIT),
    perEntity: checkRange('perEntity', args.perEntity ?? NEIGHBOURHOOD_DEFAULTS.perEntity, 1, MAX_PER_ENTITY),
    filter: { ...NO_FILTER, types: args.types ?? null, asOf: args.asOf ?? null, knownAt },
  };
  // Keys as they were at knownAt: an entity merged away since was still itself then.
  if (knownAt !== null) request.key = await currentKey(context.loaders, args.key, knownAt);
  let found = await context.repositories.graph.neighbourhood(request);
  // An unknown start may be a key merged into another entity: only then is it worth a look-up.
  if (found.start === null && knownAt === null) {
    const key = await currentKey(context.loaders, args.key);
    if (key !== args.key) found = await context.repositories.graph.neighbourhood({ ...request, key });
  }
  if (found.start === null) return { nodes: [], edges: [], hubs: [], truncated: false };
  const edges = primeRelations(context.loaders, found.relations);
  const keys = [found.start, ...edges.flatMap((edge) => [edge.subject, edge.object])];
  if (knownAt !== null) {
    // As they read then: from the statement, not from the loaders, which read them as they are.
    const then = entitiesRead(found.startEntity ? [found.startEntity] : [], edges);
    return { nodes: pick(then, keys), edges, hubs: pick(then, found.hubs), truncated: found.truncated };
  }
  const [nodes, hubs] = await Promise.all([loadEntities(context, keys), loadEntities(context, found.hubs)]);
  return { nodes, edges, hubs, truncated: found.truncated };
}

export async function paths(context: Context, args: PathArguments): Promise<PathRecord[]> {
  const knownAt = args.knownAt ?? null;
  const request = {
    from: args.from,
    to: args.to,
    maxHops: checkRange('maxHops', args.maxHops ?? PATH_DEFAULTS.maxHops, 1, MAX_PATH_HOPS),
    maxDegree: checkRange('maxDegree', args.maxDegree ?? PATH_DEFAULTS.maxDegree, 1, MAX_PATH_DEGREE),
    first: checkRange('first', args.first ?? PATH_DEFAULTS.first, 1, MAX_PATHS),
    filter: { ...NO_FILTER, types: args.types ?? null, asOf: args.asOf ?? null, knownAt },
  };
  if (knownAt !== null) {
    [request.from, request.to] = await Promise.all([currentKey(context.loaders, args.from, knownAt), currentKey(context.loaders, args.to, knownAt)]);
  }
  let found = await context.repositories.graph.paths(request);
  // As for neighbourhoods: only an empty answer is worth looking for keys merged into other entities.
  if (found.length === 0 && knownAt === null) {
    const [from, to] = await Promise.all([currentKey(context.loaders, args.from), currentKey(context.loaders, args.to)]);
    if (from !== args.from || to !== args.to) found = await context.repositories.graph.paths({ ...request, from, to });
  }
  for (const path of found) primeRelations(context.loaders, path.relations);
  return found;
}

/** The entities a statement read along with relations (their ends), and any others it read, by key. */
function entitiesRead(others: StoredEntity[], relations: StoredRelation[]): Map<string, StoredEntity> {
  return new Map([...others, ...relations.flatMap((relation) => relation.ends ?? [])].map((entity) => [entity.key, entity]));
}

/** Entities by key, each once, in first-seen order. */
function pick(entities: Map<string, StoredEntity>, keys: string[]): StoredEntity[] {
  return [...new Set(keys)].map((key) => entities.get(key)).filter((entity) => entity !== undefined);
}

/** The entities and relations of a set of paths, each once: what an export of "how are A and B connected" holds. */
export async function pathsSubgraph(context: Context, args: PathArguments): Promise<Subgraph> {
  const found = await paths(context, args);
  const edges = [...new Map(found.flatMap((path) => path.relations).map((edge) => [edge.id, edge])).values()];
  const nodes = await pathEntities(context, found);
  return { nodes, edges, hubs: [], truncated: false };
}

/** The entities along paths, each once, in order: as they read at the paths' knownAt when one was asked. */
export async function pathEntities(context: Context, found: PathRecord[]): Promise<StoredEntity[]> {
  const keys = found.flatMap((path) => path.entities);
  if (found.every((path) => path.nodes)) return pick(entitiesRead(found.flatMap((path) => path.nodes!), []), keys);
  return loadEntities(context, keys);
}

/** Entities by key, each once, in first-seen order. */
export async function loadEntities(context: Context, keys: string[]): Promise<StoredEntity[]> {
  const entities = await Promise.all([...new Set(keys)].map((key) => context.loaders.entityByKey.load(key)));
  return entities.filter((entity) => entity !== null);
}
