import type { ClientDocument } from './operations.js';

/**
 * The typed client: `createClient({ url })` gives `request(document, variables)`, typed in both the
 * variables it takes and the data it returns. It uses only `fetch`, so it runs in Node >= 20 and in
 * browsers.
 */

export * from './operations.js';
export type {
  Direction,
  EntityKind,
  RelationType,
  EntitySummaryFragment,
  RelationWithEvidenceFragment,
  SearchQuery,
  SearchQueryVariables,
  EntityRelationsQuery,
  EntityRelationsQueryVariables,
  OfficeHolderQuery,
  OfficeHolderQueryVariables,
  RelationEvidenceQuery,
  RelationEvidenceQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  NeighbourhoodQuery,
  NeighbourhoodQueryVariables,
} from './generated/graphql.js';

export interface ClientOptions {
  /** The GraphQL endpoint, such as "http://127.0.0.1:4000/graphql". */
  url: string | URL;
  /** Sent with every request; a function is called each time (for tokens that expire). */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** A fetch implementation; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** One error of a GraphQL response, as the server reported it. */
export interface GraphQLErrorDetail {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: Readonly<Record<string, unknown>>;
}

/** A request that did not give data: GraphQL errors, or an HTTP failure before GraphQL ran. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: readonly GraphQLErrorDetail[],
    readonly status: number,
    /** The data the server returned beside the errors, when it returned some. */
    readonly partialData: unknown = null,
  ) {
    super(errors.map((error) => (error.path ? `${error.message} (at ${error.path.join('.')})` : error.message)).join('\n'));
    this.name = 'GraphQLRequestError';
  }
}

/** Operations without variables may omit them; operations with required ones must pass them. */
type VariablesArgument<Variables> = Record<string, never> extends Variables
  ? [variables?: Variables]
  : [variables: Variables];

export interface Client {
  request<Result, Variables>(
    document: ClientDocument<Result, Variables>,
    ...variables: VariablesArgument<Variables>
  ): Promise<Result>;
}

export function createClient(options: ClientOptions): Client {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  return {
    async request<Result, Variables>(
      document: ClientDocument<Result, Variables>,
      ...[variables]: VariablesArgument<Variables>
    ): Promise<Result> {
      const headers = typeof options.headers === 'function' ? await options.headers() : (options.headers ?? {});
      const response = await fetchImplementation(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
      const body = await readBody(response);
      if (body.errors && body.errors.length > 0) throw new GraphQLRequestError(body.errors, response.status, body.data ?? null);
      if (!response.ok || body.data === undefined || body.data === null) {
        throw new GraphQLRequestError([{ message: `HTTP ${response.status} ${response.statusText}: no data` }], response.status);
      }
      return body.data as Result;
    },
  };
}

interface ResponseBody {
  data?: unknown;
  errors?: GraphQLErrorDetail[];
}

async function readBody(response: Response): Promise<ResponseBody> {
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as ResponseBody) : {};
  } catch {
    throw new GraphQLRequestError([{ message: `HTTP ${response.status}: the response is not JSON: ${text.slice(0, 200)}` }], response.status);
  }
}
