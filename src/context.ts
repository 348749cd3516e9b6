import { createLoaders, type Loaders } from './loaders.js';
import type { Repositories } from './repositories/index.js';

/** What every resolver receives: this request's loaders, and the repositories for non-batched reads. */
export interface Context {
  loaders: Loaders;
  repositories: Repositories;
}

export function contextFactory(repositories: Repositories): () => Context {
  return () => ({ repositories, loaders: createLoaders(repositories) });
}
