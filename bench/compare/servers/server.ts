import type { Answer, MixRequest } from '../mix.js';

/**
 * One of the servers compared: how to start it, how to ask it each question of the mix, how to read
 * its answer, and how many Cypher statements it has run. Each runs as its own process, so that its
 * memory can be read and no server shares an event loop with the load generator or another server.
 */
export interface BenchServer {
  /** (a), (b), (c) or (d): the column in the report. */
  id: 'a' | 'b' | 'c' | 'd';
  name: string;
  /** The Node program and its environment; the bench adds PORT, NEO4J_URI and NEO4J_DATABASE. */
  program: { script: string; env?: Record<string, string> };
  request(request: MixRequest): BenchHttpRequest;
  /** The server's answer as an Answer; throws, naming the request, when the body holds errors. */
  answer(request: MixRequest, body: unknown): Answer;
  /** Cypher statements the server has run since it started. */
  statementsRun(baseUrl: string): Promise<number>;
}

export interface BenchHttpRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What servers written for the bench answer at GET /statements: `{ "statements": <count> }`. */
export async function statementsEndpoint(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/statements`);
  if (!response.ok) throw new Error(`GET ${baseUrl}/statements answered ${response.status}`);
  const { statements } = (await response.json()) as { statements: number };
  return statements;
}

/** A GraphQL POST with a JSON body, as an app sends it. */
export function graphqlRequest(query: string, variables: Record<string, unknown>): BenchHttpRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  };
}

/** The data of a GraphQL response; throws with the errors when there are any. */
export function graphqlData<Data>(request: MixRequest, body: unknown): Data {
  const response = body as { data?: Data; errors?: unknown[] };
  if (response.errors?.length || !response.data) {
    throw new Error(`${request.query}(${JSON.stringify(request.variables)}) was answered with errors: ${JSON.stringify(response.errors ?? body)}`);
  }
  return response.data;
}
