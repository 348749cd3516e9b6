import type { IncomingMessage } from 'node:http';
import { settleWithin } from '../timeout.js';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { authenticate, type AuthenticationOptions } from '../auth/viewer.js';
import { createContext, type Context } from '../context.js';
import { maskInternalErrors } from '../database-errors.js';
import type { HeavyLaneGate } from '../heavy-lane.js';
import type { Logger } from '../logger.js';
import { ArgumentError } from '../model/arguments.js';
import type { GraphDatabase } from '../neo4j/database.js';
import type { OperationLimits } from '../operation-limits.js';
import { exportComplexity } from './export-cost.js';
import { render, type ExportGraph, type Rendered } from './export-formats.js';
import { ExportRequestError, parseExportRequest, type ExportRequest } from './export-request.js';

export const EXPORT_PATH = '/export/';

export class UnknownEntityError extends Error {
  constructor(readonly keys: string[]) {
    super(`No entity has the key ${keys.map((key) => `"${key}"`).join(' or ')}.`);
    this.name = 'UnknownEntityError';
  }
}

/** The subgraph an export request names, each edge with its evidence (one batched statement for all). */
export async function exportGraph(context: Context, request: ExportRequest): Promise<ExportGraph> {
  const named = request.view === 'neighbourhood' ? [request.args.key] : [request.args.from, request.args.to];
  const knownAt = request.args.knownAt ?? null;
  const [found, subgraph] = await Promise.all([
    // Known at an instant, a key must have named an entity then; else it must name one now.
    Promise.all(named.map((key) => context.reads.entities.exists(key, knownAt))),
    request.view === 'neighbourhood' ? context.reads.graph.neighbourhood(request.args) : context.reads.graph.pathsSubgraph(request.args),
  ]);
  const missing = named.filter((_key, index) => !found[index]);
  if (missing.length > 0) throw new UnknownEntityError(missing);
  const evidence = await Promise.all(subgraph.edges.map((edge) => context.reads.relations.evidence(edge)));
  return {
    nodes: subgraph.nodes,
    edges: subgraph.edges.map((edge, index) => ({ ...edge, evidence: evidence[index]! })),
    truncated: subgraph.truncated,
  };
}

/** A file name that says what the export holds, such as `neighbourhood-nicola-sturgeon-depth-2.graphml`. */
export function exportFileName(request: ExportRequest, rendered: Rendered): string {
  const stem =
    request.view === 'neighbourhood'
      ? `neighbourhood-${request.args.key}-depth-${request.args.depth ?? 1}`
      : `paths-${request.args.from}-${request.args.to}`;
  return `${stem.replace(/[^a-z0-9-]+/gi, '_')}.${rendered.extension}`;
}

/**
 * An export still running after the request timeout: the client is told, with 503, to come back. Its
 * statements are not cancelled; they end at Neo4j's transaction timeout (NEO4J_TRANSACTION_TIMEOUT_MS).
 */
class ExportTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`The export ran for more than ${ms} ms and was given up; try again, or ask for less.`);
    this.name = 'ExportTimeoutError';
  }
}

export interface ExportOptions {
  database: GraphDatabase;
  logger: Logger;
  authentication: AuthenticationOptions;
  /** For the complexity estimate: an export counts as the GraphQL query asking for the same graph. */
  schema: GraphQLSchema;
  limits: OperationLimits;
  /** The lane /graphql's heavy operations take turns in: heavy exports take turns in it too. */
  heavyLane: HeavyLaneGate;
}

/**
 * `GET /export/{graphml|cytoscape|csv}?key=…&depth=…` or `?from=…&to=…&maxHops=…`: the file an
 * analyst opens in Gephi, yEd or Cytoscape. Bad parameters get 400 naming each one, and so does an
 * export past the complexity limit; an unknown entity 404; Neo4j unreachable, or an export past the
 * request timeout, 503; anything else 500 with the details in the log only. Heavy exports take turns
 * with heavy GraphQL operations, in the same lane.
 */
export function useExports({ database, logger, authentication, schema, limits, heavyLane }: ExportOptions): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(EXPORT_PATH)) return;
      const json = (status: number, body: object) => endResponse(fetchAPI.Response.json(body, { status }));
      if (request.method !== 'GET') return json(405, { errors: [{ message: 'Exports are read with GET.' }] });
      try {
        const format = decodeURIComponent(url.pathname.slice(EXPORT_PATH.length));
        const exportRequest = parseExportRequest({ ...Object.fromEntries(url.searchParams), format });
        // Exports take API keys (JWTs are verified for /graphql only), and honour READS_REQUIRE_KEY.
        const viewer = authenticate(request, { ...authentication, jwtScopesClaim: null });
        const complexity = exportComplexity(schema, exportRequest);
        if (complexity > limits.complexity) {
          const message = `The export's complexity is ${complexity}; the limit is ${limits.complexity}. Ask for a smaller limit, perEntity or depth, or fewer paths or hops.`;
          return json(400, { errors: [{ message, extensions: { code: 'OPERATION_LIMIT', complexity, limit: limits.complexity } }] });
        }
        const graph = await settleWithin(
          heavyLane.run(heavyLane.clientOf(viewer, request, (serverContext as { req?: IncomingMessage } | undefined)?.req), complexity, () => exportGraph(createContext(database, viewer, limits), exportRequest), () => null),
          limits.requestTimeoutMs,
          () => {
            throw new ExportTimeoutError(limits.requestTimeoutMs);
          },
        );
        // Skipped in the lane: it waited there past the timeout.
        if (graph === null) throw new ExportTimeoutError(limits.requestTimeoutMs);
        const rendered = render(graph, exportRequest.format);
        endResponse(
          new fetchAPI.Response(rendered.body, {
            headers: {
              'content-type': rendered.contentType,
              'content-disposition': `attachment; filename="${exportFileName(exportRequest, rendered)}"`,
            },
          }),
        );
      } catch (error) {
        if (error instanceof ExportRequestError) return json(400, { errors: error.problems.map((message) => ({ message })) });
        // decodeURIComponent refuses a path that is not valid percent-encoding ("/export/%E0%A4%A").
        if (error instanceof URIError) {
          return json(400, { errors: [{ message: 'The path after /export/ is not valid percent-encoding: name a format, graphml, cytoscape or csv.' }] });
        }
        if (error instanceof ArgumentError || (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT')) {
          return json(400, { errors: [{ message: error.message }] });
        }
        if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
          return endResponse(
            fetchAPI.Response.json({ errors: [{ message: error.message }] }, { status: 401, headers: { 'www-authenticate': 'Bearer' } }),
          );
        }
        if (error instanceof UnknownEntityError) return json(404, { errors: [{ message: error.message }] });
        if (error instanceof ExportTimeoutError) {
          return endResponse(
            fetchAPI.Response.json({ errors: [{ message: error.message, extensions: { code: 'REQUEST_TIMEOUT' } }] }, { status: 503, headers: { 'retry-after': '1' } }),
          );
        }
        // Neo4j unreachable: said as the GraphQL endpoint says it, with 503 so a client knows to come back.
        const told = maskInternalErrors(error as Error, 'Unexpected error.', false);
        if (told instanceof GraphQLError && told.extensions.code === 'DATABASE_UNAVAILABLE') {
          return endResponse(fetchAPI.Response.json({ errors: [{ message: told.message, extensions: told.extensions }] }, { status: 503, headers: { 'retry-after': '1' } }));
        }
        logger.error({ err: error, url: url.pathname + url.search }, 'Export failed');
        return json(500, { errors: [{ message: 'Unexpected error.' }] });
      }
    },
  };
}
