import type { GraphDatabase } from '../neo4j/database.js';
import { EntityRepository } from './entity-repository.js';
import { GraphRepository } from './graph-repository.js';
import { RelationRepository } from './relation-repository.js';
import { SourceRepository } from './source-repository.js';
import { StatisticsRepository } from './statistics-repository.js';

export interface Repositories {
  entities: EntityRepository;
  relations: RelationRepository;
  sources: SourceRepository;
  graph: GraphRepository;
  statistics: StatisticsRepository;
}

export function createRepositories(database: GraphDatabase): Repositories {
  return {
    entities: new EntityRepository(database),
    relations: new RelationRepository(database),
    sources: new SourceRepository(database),
    graph: new GraphRepository(database),
    statistics: new StatisticsRepository(database),
  };
}
