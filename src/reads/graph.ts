import { checkRange } from '../model/arguments.js';
import type { StoredEntity } from '../model/entity.js';
import { NO_FILTER, type ReadDetail, type RelationType, type StoredRelation } from '../model/relation.js';
import {
  type GraphRepository,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_PATH_DEGREE,
  MAX_PATH_HOPS,
  MAX_PATHS,
  type PathRecord,
} from '../repositories/graph-repository.js';
import type { EntityReads } from './entities.js';
import type { RelationReads } from './relations.js';

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
  /** How much of each entity and relation the question needs (ReadDetail; full when left out). */
  detail?: ReadDetail;
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
  /** As NeighbourhoodArguments.detail. */
  detail?: ReadDetail;
}

/**
 * The analyst's views of the graph, one request's view: shared by the GraphQL fields and the export
 * endpoint so that an export holds exactly what the same question asked in GraphQL answers. Arguments
 * are checked here, with errors that name them; keys are followed through merges here.
 */
export class GraphReads {
  constructor(
    private readonly repository: GraphRepository,
    private readonly entities: EntityReads,
    private readonly relations: RelationReads,
  ) {}

  async neighbourhood(args: NeighbourhoodArguments): Promise<Subgraph> {
    const knownAt = args.knownAt ?? null;
    const request = {
      key: args.key,
      depth: checkRange('depth', args.depth ?? NEIGHBOURHOOD_DEFAULTS.depth, 1, MAX_NEIGHBOURHOOD_DEPTH),
      limit: checkRange('limit', args.limit ?? NEIGHBOURHOOD_DEFAULTS.limit, 1, MAX_NEIGHBOURHOOD_LIMIT),
      perEntity: checkRange('perEntity', args.perEntity ?? NEIGHBOURHOOD_DEFAULTS.perEntity, 1, MAX_PER_ENTITY),
      filter: { ...NO_FILTER, types: args.types ?? null, asOf: args.asOf ?? null, knownAt },
      detail: args.detail ?? 'full',
    };
    // Keys as they were at knownAt: an entity merged away since was still itself then.
    if (knownAt !== null) request.key = await this.entities.currentKey(args.key, knownAt);
    let found = await this.repository.neighbourhood(request);
    // An unknown start may be a key merged into another entity: only then is it worth a look-up.
    if (found.start === null && knownAt === null) {
      const key = await this.entities.currentKey(args.key);
      if (key !== args.key) found = await this.repository.neighbourhood({ ...request, key });
    }
    if (found.start === null) return { nodes: [], edges: [], hubs: [], truncated: false };
    const edges = this.relations.remember(found.relations);
    if (found.startEntity && knownAt === null) this.entities.remember([found.startEntity]);
    const keys = [found.start, ...edges.flatMap((edge) => [edge.subject, edge.object])];
    // The statement read the start and every end, as they are now or as they read at knownAt: a hub
    // beyond the limit is the only entity it may not have read.
    const read = entitiesRead(found.startEntity ? [found.startEntity] : [], edges);
    const [nodes, hubs] = await Promise.all([this.readOrLoad(read, keys, knownAt === null), this.readOrLoad(read, found.hubs, knownAt === null)]);
    return { nodes, edges, hubs, truncated: found.truncated };
  }

  async paths(args: PathArguments): Promise<PathRecord[]> {
    const knownAt = args.knownAt ?? null;
    const request = {
      from: args.from,
      to: args.to,
      maxHops: checkRange('maxHops', args.maxHops ?? PATH_DEFAULTS.maxHops, 1, MAX_PATH_HOPS),
      maxDegree: checkRange('maxDegree', args.maxDegree ?? PATH_DEFAULTS.maxDegree, 1, MAX_PATH_DEGREE),
      first: checkRange('first', args.first ?? PATH_DEFAULTS.first, 1, MAX_PATHS),
      filter: { ...NO_FILTER, types: args.types ?? null, asOf: args.asOf ?? null, knownAt },
      detail: args.detail ?? 'full',
    };
    if (knownAt !== null) {
      [request.from, request.to] = await Promise.all([this.entities.currentKey(args.from, knownAt), this.entities.currentKey(args.to, knownAt)]);
    }
    let found = await this.repository.paths(request);
    // As for neighbourhoods: only an empty answer is worth looking for keys merged into other entities.
    if (found.length === 0 && knownAt === null) {
      const [from, to] = await Promise.all([this.entities.currentKey(args.from), this.entities.currentKey(args.to)]);
      if (from !== args.from || to !== args.to) found = await this.repository.paths({ ...request, from, to });
    }
    for (const path of found) this.relations.remember(path.relations);
    return found;
  }

  /** The entities and relations of a set of paths, each once: what an export of "how are A and B connected" holds. */
  async pathsSubgraph(args: PathArguments): Promise<Subgraph> {
    const found = await this.paths(args);
    const edges = [...new Map(found.flatMap((path) => path.relations).map((edge) => [edge.id, edge])).values()];
    const nodes = await this.pathEntities(found);
    return { nodes, edges, hubs: [], truncated: false };
  }

  /** The entities along paths, each once, in order: as they read at the paths' knownAt when one was asked. */
  async pathEntities(found: PathRecord[]): Promise<StoredEntity[]> {
    const keys = found.flatMap((path) => path.entities);
    if (found.every((path) => path.nodes)) return pick(entitiesRead(found.flatMap((path) => path.nodes!), []), keys);
    // Every entity on a path is an end of one of its relations, which the statement read with them.
    return this.readOrLoad(entitiesRead([], found.flatMap((path) => path.relations)), keys);
  }

  /** Entities by key, each once, in first-seen order: from what a statement read, else (when `load`) as they are now. */
  private async readOrLoad(read: Map<string, StoredEntity>, keys: string[], load = true): Promise<StoredEntity[]> {
    const missing = load ? keys.filter((key) => !read.has(key)) : [];
    const loaded = new Map((await this.entities.many(missing)).map((entity) => [entity.key, entity]));
    return pick(new Map([...loaded, ...read]), keys);
  }
}

/** The entities a statement read along with relations (their ends), and any others it read, by key. */
function entitiesRead(others: StoredEntity[], relations: StoredRelation[]): Map<string, StoredEntity> {
  return new Map([...others, ...relations.flatMap((relation) => relation.ends ?? [])].map((entity) => [entity.key, entity]));
}

/** Entities by key, each once, in first-seen order. */
function pick(entities: Map<string, StoredEntity>, keys: string[]): StoredEntity[] {
  return [...new Set(keys)].map((key) => entities.get(key)).filter((entity) => entity !== undefined);
}
