import { createYoga, useReadinessCheck, type YogaLogger } from 'graphql-yoga';
import { contextFactory } from './context.js';
import type { Logger } from './logger.js';
import type { GraphDatabase } from './neo4j/database.js';
import { createRepositories } from './repositories/index.js';
import { schema } from './schema/index.js';

export interface YogaOptions {
  database: GraphDatabase;
  logger: Logger;
}

const DEFAULT_QUERY = `# Search the knowledge graph. Press the play button or Ctrl-Enter to run.
{
  search(query: "Starmer", first: 5) {
    totalCount
    edges {
      node {
        key
        name
        kind
        description
      }
    }
  }
}
`;

/** Builds the GraphQL server: schema, per-request context, GraphiQL, /health and /ready. */
export function createYogaServer({ database, logger }: YogaOptions) {
  const repositories = createRepositories(database);
  return createYoga({
    schema,
    context: contextFactory(repositories),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: { title: 'Political knowledge graph', defaultQuery: DEFAULT_QUERY },
    // Internal errors reach clients as "Unexpected error."; the details go to the log.
    maskedErrors: { isDev: false },
    logging: yogaLogger(logger),
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async ({ fetchAPI }) => {
          try {
            await database.ping();
            return true;
          } catch (error) {
            logger.warn({ err: error }, 'Readiness check: Neo4j is not answering');
            return fetchAPI.Response.json({ ready: false, reason: 'Neo4j is not reachable' }, { status: 503 });
          }
        },
      }),
    ],
  });
}

function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[level]({ err: first }, first.message);
      else logger[level]({ details: rest.length > 0 ? rest : undefined }, String(first));
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
