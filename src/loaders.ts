import DataLoader from 'dataloader';
import type { EntityRecord } from './model/entity.js';
import type { Repositories } from './repositories/index.js';

/**
 * Per-request batching and caching. A new set is made for every request, so a cache never outlives
 * the request that filled it and one user's reads never leak into another's.
 */
export interface Loaders {
  entityByKey: DataLoader<string, EntityRecord | null>;
}

export function createLoaders(repositories: Repositories): Loaders {
  return {
    entityByKey: new DataLoader((keys) => repositories.entities.findByKeys(keys)),
  };
}
