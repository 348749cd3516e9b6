import { randomUUID } from 'node:crypto';
import { getOperationAST, Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Logger } from './logger.js';
import type { StatementObserver } from './neo4j/database.js';

const METRICS_PATH = '/metrics';
const REQUEST_ID_HEADER = 'x-request-id';
/** From 5 ms to the 30 s request timeout: HTTP requests and GraphQL operations alike. */
const REQUEST_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Prometheus metrics of one server: HTTP requests by route and status, GraphQL operations by root
 * field and outcome, errors by code, Cypher statements by name, and Node's process metrics. Labels
 * take their values from closed sets (routes, schema fields, statement names), never from what a
 * client writes, so no request can add a time series.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly httpRequests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by route and status code, with their duration.',
    labelNames: ['route', 'method', 'status'],
    buckets: REQUEST_BUCKETS_SECONDS,
    registers: [this.registry],
  });
  private readonly operations = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations executed, by operation type, first root field and outcome, with their duration.',
    labelNames: ['type', 'field', 'outcome'],
    buckets: REQUEST_BUCKETS_SECONDS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors in responses, by extensions.code.',
    labelNames: ['code'],
    registers: [this.registry],
  });
  private readonly statements = new Histogram({
    name: 'neo4j_statement_duration_seconds',
    help: 'Cypher statements run, by statement name, with their duration.',
    labelNames: ['statement'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts each statement; statement names are fixed text (src/neo4j/statement.ts). */
  readonly observeStatement: StatementObserver = (statement, durationMs) => {
    this.statements.observe({ statement: statement.name.replace(/#\d+$/, '') }, durationMs / 1000);
  };

  /** Request ids, access logs and the HTTP and GraphQL metrics, and `GET /metrics` when `serve` is set. */
  plugin(logger: Logger, { serve }: { serve: boolean }): Plugin {
    const started = new WeakMap<Request, { at: number; id: string }>();
    return {
      onRequest: async ({ request, url, endResponse, fetchAPI }) => {
        const id = validRequestId(request.headers.get(REQUEST_ID_HEADER)) ?? randomUUID();
        started.set(request, { at: performance.now(), id });
        if (serve && url.pathname === METRICS_PATH && request.method === 'GET') {
          endResponse(new fetchAPI.Response(await this.registry.metrics(), { headers: { 'content-type': this.registry.contentType } }));
        }
      },
      onExecute: ({ args }) => {
        const at = performance.now();
        const { type, field } = describeOperation(args.document, args.operationName ?? null);
        return {
          onExecuteDone: ({ result }) => {
            if (Symbol.asyncIterator in result) return;
            for (const error of result.errors ?? []) this.errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
            this.operations.observe({ type, field, outcome: result.errors?.length ? 'error' : 'ok' }, (performance.now() - at) / 1000);
          },
        };
      },
      onResponse: ({ request, response }) => {
        const start = started.get(request);
        if (!start) return;
        const url = new URL(request.url);
        const seconds = (performance.now() - start.at) / 1000;
        response.headers.set(REQUEST_ID_HEADER, start.id);
        this.httpRequests.observe({ route: routeOf(url.pathname), method: request.method, status: String(response.status) }, seconds);
        // Probes and scrapes come every few seconds; logging them would bury the requests that matter.
        if (!UNLOGGED_PATHS.has(url.pathname)) {
          logger.info(
            { requestId: start.id, method: request.method, path: url.pathname, status: response.status, ms: Math.round(seconds * 1000) },
            'request',
          );
        }
      },
    };
  }
}

/** A caller's request id is kept when it is a plain token, so ids can follow a request across services. */
function validRequestId(value: string | null): string | null {
  return value !== null && /^[\w.:-]{1,128}$/.test(value) ? value : null;
}

const ROUTES = ['/graphql', '/export', '/explorer', '/health', '/ready', METRICS_PATH];
const UNLOGGED_PATHS = new Set(['/health', '/ready', METRICS_PATH]);

function routeOf(path: string): string {
  return ROUTES.find((route) => path === route || path.startsWith(`${route}/`)) ?? 'other';
}

function describeOperation(document: DocumentNode, name: string | null): { type: string; field: string } {
  const operation = getOperationAST(document, name);
  const first = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  // Validation has already passed, so the field is one of the schema's: a closed set of label values.
  return { type: operation?.operation ?? 'unknown', field: first?.kind === Kind.FIELD ? first.name.value : 'fragment' };
}
