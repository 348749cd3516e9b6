import type { GraphDatabase } from '../neo4j/database.js';
import { EntityRepository } from './entity-repository.js';

export interface Repositories {
  entities: EntityRepository;
}

export function createRepositories(database: GraphDatabase): Repositories {
  return { entities: new EntityRepository(database) };
}
