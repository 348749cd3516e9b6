import type { GraphDatabase } from '../neo4j/database.js';
import { EntityRepository } from './entity-repository.js';
import { GraphRepository } from './graph-repository.js';
import { RelationRepository } from './relation-repository.js';
import { SourceRepository } from './source-repository.js';

export interface Repositories {
  entities: EntityRepository;
  relations: RelationRepository;
  sources: SourceRepository;
  graph: GraphRepository;
}

export function createRepositories(database: GraphDatabase): Repositories {
  return {
    entities: new EntityRepository(database),
    relations: new RelationRepository(database),
    sources: new SourceRepository(database),
    graph: new GraphRepository(database),
  };
}
