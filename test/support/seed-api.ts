import { afterAll, beforeAll } from 'vitest';
import type { CostReporting } from '../../src/config.js';
import { createYogaServer } from '../../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './graph.js';
import { execute, type GraphQLResponse } from './graphql.js';

/** A Yoga server over the run's seeded Neo4j, for test files that only read the seed. */
export function useSeedApi(costReporting: CostReporting = 'always') {
  let graph: TestGraph;
  let yoga: ReturnType<typeof createYogaServer>;

  beforeAll(() => {
    graph = connectTestGraph();
    yoga = createYogaServer({ database: graph.database, logger: silentLogger, costReporting });
  });

  afterAll(async () => {
    await graph.close();
  });

  return {
    query: <Data = any>(
      query: string,
      variables?: Record<string, unknown>,
      headers?: Record<string, string>,
    ): Promise<GraphQLResponse<Data>> => execute<Data>(yoga, query, variables, headers),
    yoga: () => yoga,
  };
}
