import type { Context } from '../context.js';
import { currentKey, primeRelations } from '../loaders.js';
import type { StoredEntity } from '../model/entity.js';
import { NO_FILTER, type RelationType, type StoredRelation } from '../model/relation.js';
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_PATH_DEGREE, MAX_PATH_HOPS, MAX_PATHS, type PathRecord } from '../repositories/graph-repository.js';
import { checkRange } from '../schema/arguments.js';

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
  first?: number | null;
}

export async function neighbourhood(context: Context, args: NeighbourhoodArguments): Promise<Subgraph> {
  const request = {
    key: args.key,
    depth: checkRange('depth', args.depth ?? NEIGHBOURHOOD_DEFAULTS.depth, 1, MAX_NEIGHBOURHOOD_DEPTH),
    limit: checkRange('limit', args.limit ?? NEIGHBOURHOOD_DEFAULTS.limit, 1, MAX_NEIGHBOURHOOD_LIMIT),
    perEntity: checkRange('perEntity', args.perEntity ?? NEIGHBOURHOOD_DEFAULTS.perEntity, 1, MAX_PER_ENTITY),
    filter: { ...NO_FILTER, types: args.types ?? null, asOf: args.asOf ?? null },
  };
  let found = await context.repositories.graph.neighbourhood(request);
  // An unknown start may be a key merged into another entity: only then is it worth a look-up.
  if (found.start === null) {
    const key = await currentKey(context.loaders, args.key);
    if (key !== args.key) found = await context.repositories.graph.neighbourhood({ ...request, key });
  }
  if (found.start === null) return { nodes: [], edges: [], hubs: [], truncated: false };
  const edges = primeRelations(context.loaders, found.relations);
  const [nodes, hubs] = await Promise.all([
    loadEntities(context, [found.start, ...edges.flatMap((edge) => [edge.subject, edge.object])]),
    loadEntities(context, found.hubs),
  ]);
  return { nodes, edges, hubs, truncated: found.truncated };
}

export async function paths(context: Context, args: PathArguments): Promise<PathRecord[]> {
  const request = {
    from: args.from,
    to: args.to,
    maxHops: checkRange('maxHops', args.maxHops ?? PATH_DEFAULTS.maxHops, 1, MAX_PATH_HOPS),
    maxDegree: checkRange('maxDegree', args.maxDegree ?? PATH_DEFAULTS.maxDegree, 1, MAX_PATH_DEGREE),
    first: checkRange('first', args.first ?? PATH_DEFAULTS.first, 1, MAX_PATHS),
    filter: { ...NO_FILTER, types: args.types ?? null, asOf: args.asOf ?? null },
  };
  let found = await context.repositories.graph.paths(request);
  // As for neighbourhoods: only an empty answer is worth looking for keys merged into other entities.
  if (found.length === 0) {
    const [from, to] = await Promise.all([currentKey(context.loaders, args.from), currentKey(context.loaders, args.to)]);
    if (from !== args.from || to !== args.to) found = await context.repositories.graph.paths({ ...request, from, to });
  }
  for (const path of found) primeRelations(context.loaders, path.relations);
  return found;
}

/** The entities and relations of a set of paths, each once: what an export of "how are A and B connected" holds. */
export async function pathsSubgraph(context: Context, args: PathArguments): Promise<Subgraph> {
  const found = await paths(context, args);
  const edges = [...new Map(found.flatMap((path) => path.relations).map((edge) => [edge.id, edge])).values()];
  const nodes = await loadEntities(context, found.flatMap((path) => path.entities));
  return { nodes, edges, hubs: [], truncated: false };
}

/** Entities by key, each once, in first-seen order. */
export async function loadEntities(context: Context, keys: string[]): Promise<StoredEntity[]> {
  const entities = await Promise.all([...new Set(keys)].map((key) => context.loaders.entityByKey.load(key)));
  return entities.filter((entity) => entity !== null);
}
