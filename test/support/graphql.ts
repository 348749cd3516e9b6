import type { createYogaServer } from '../../src/yoga.js';

type Yoga = ReturnType<typeof createYogaServer>;

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { statements: number; neo4jMs: number; byStatement: Record<string, number> }; knownAt?: string };
}

/** Runs an operation through Yoga's fetch handler, in process, exactly as an HTTP client would. */
export async function execute<Data = any>(
  yoga: Yoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}
