import type { Repositories } from '../repositories/index.js';
import { createReadCache, forgetAll, type LoaderOptions } from './cache.js';
import { EntityReads } from './entities.js';
import { GraphReads } from './graph.js';
import { RelationReads } from './relations.js';
import { SourceReads } from './sources.js';
import { StatisticsReads } from './statistics.js';

/**
 * The read model: the one way in for every read, made per request (src/context.ts) and called by
 * resolvers, exports and command-line reads alike. It keeps its batching caches to itself and owns
 * what makes reads cheap and right: whatever a statement returned is cached for the fields that
 * follow, keys are followed through merges, arguments get their defaults and checks.
 */
export interface Reads {
  entities: EntityReads;
  relations: RelationReads;
  sources: SourceReads;
  graph: GraphReads;
  statistics: StatisticsReads;
  /** Drops everything this request has read: after a write, so no later field sees data from before it. */
  forget(): void;
}

export function createReads(repositories: Repositories, options?: LoaderOptions): Reads {
  const cache = createReadCache(repositories, options);
  const entities = new EntityReads(cache, repositories.entities);
  const relations = new RelationReads(cache, repositories.relations, entities);
  return {
    entities,
    relations,
    sources: new SourceReads(cache, repositories.sources),
    graph: new GraphReads(repositories.graph, entities, relations),
    statistics: new StatisticsReads(repositories.statistics),
    forget: () => forgetAll(cache),
  };
}

export type { LoaderOptions } from './cache.js';
