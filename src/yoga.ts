import { createYoga, useReadinessCheck, type Plugin, type YogaLogger } from 'graphql-yoga';
import { useArgumentNamesInValueErrors } from './argument-errors.js';
import { ApiKeyring } from './auth/api-keys.js';
import { useJwtCredentials, type JwtConfig } from './auth/jwt.js';
import type { CostReporting } from './config.js';
import { contextFactory, type Context } from './context.js';
import { maskInternalErrors } from './database-errors.js';
import { useExports } from './exploration/export.js';
import { useExplorer } from './explorer/plugin.js';
import { DEFAULT_QUERY, EXAMPLE_TABS } from './graphiql-examples.js';
import { renderLocalGraphiQL, useGraphiQLAssets } from './graphiql.js';
import type { Logger } from './logger.js';
import { Metrics } from './observability.js';
import type { Tracing } from './tracing.js';
import { useFairShare, type FairShareLimits } from './fair-share.js';
import { DEFAULT_HEAVY_LANE, HeavyLaneGate, useHeavyLane, type HeavyLane } from './heavy-lane.js';
import { DEFAULT_LIMITS, useOperationLimits, type OperationLimits } from './operation-limits.js';
import type { GraphDatabase } from './neo4j/database.js';
import { schema } from './schema/index.js';

export interface YogaOptions {
  database: GraphDatabase;
  logger: Logger;
  costReporting?: CostReporting;
  /** The API keys admitted; none means every request is an anonymous reader. */
  keyring?: ApiKeyring;
  /** Accept JWTs from an identity provider as well. */
  jwt?: JwtConfig | null;
  /** Refuse anonymous requests, reads included. */
  readsRequireKey?: boolean;
  limits?: OperationLimits;
  /** Serve Prometheus metrics at /metrics (they are always collected). */
  metricsEndpoint?: boolean;
  /** OpenTelemetry spans for operations and Cypher statements, when tracing is configured. */
  tracing?: Tracing | null;
  /** Batch and cache loads per request (the default); false only to measure the N+1 baseline. */
  loaderBatching?: boolean;
  /** Per-client limits (src/fair-share.ts); null, the default here, serves every client without them. */
  fairShare?: FairShareLimits | null;
  /** Take an anonymous reader's address from X-Forwarded-For's first entry: only behind a proxy that sets it. */
  trustProxy?: boolean;
  /** How many heavy operations run at once (src/heavy-lane.ts), or the lane itself, to share it. */
  heavyLane?: HeavyLane | HeavyLaneGate;
}

export const COST_HEADER = 'x-query-cost';

/**
 * Builds the GraphQL server: schema, per-request context (viewer, reads, curation, limits), GraphiQL, the
 * explorer, exports, /health, /ready, /metrics, operation limits, credentials, tracing and cost reports.
 */
export function createYogaServer(options: YogaOptions) {
  const { database, logger, costReporting = 'header', keyring = new ApiKeyring([]), jwt = null, readsRequireKey = false, limits = DEFAULT_LIMITS } = options;
  const authentication = { keyring, jwtScopesClaim: jwt?.scopesClaim ?? null, readsRequireKey };
  const metrics = new Metrics();
  const tracing = options.tracing ?? null;
  const trustProxy = options.trustProxy ?? false;
  const heavyLane =
    options.heavyLane instanceof HeavyLaneGate ? options.heavyLane : new HeavyLaneGate(options.heavyLane ?? DEFAULT_HEAVY_LANE, limits.requestTimeoutMs, trustProxy);
  const observed = database.observedBy(metrics.observeStatement);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: contextFactory(tracing ? observed.observedBy(tracing.observeStatement) : observed, authentication, limits, {
      batching: options.loaderBatching ?? true,
    }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: {
      title: 'Political knowledge graph',
      defaultQuery: DEFAULT_QUERY,
      defaultTabs: EXAMPLE_TABS,
      headers: costReporting === 'header' ? JSON.stringify({ [COST_HEADER]: 'true' }) : undefined,
    },
    renderGraphiQL: renderLocalGraphiQL,
    // Internal errors reach clients as "Unexpected error."; the details go to the log. An unreachable
    // Neo4j is said as such (src/database-errors.ts).
    maskedErrors: { isDev: false, maskError: maskInternalErrors },
    logging: yogaLogger(logger),
    plugins: [
      metrics.plugin(logger, { serve: options.metricsEndpoint ?? true }),
      ...(options.fairShare ? [useFairShare(options.fairShare, trustProxy)] : []),
      ...(tracing ? [tracing.plugin()] : []),
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
      // Validation runs before the credential is checked: with reads closed, "Did you mean …?" would map
      // the schema for anyone, so suggestions are hidden whenever anonymous reads are refused.
      useHeavyLane(schema, heavyLane),
      ...useOperationLimits(readsRequireKey ? { ...limits, hideSuggestions: true } : limits),
      ...(jwt ? [useJwtCredentials(jwt)] : []),
      useGraphiQLAssets(),
      useExplorer(),
      useExports({ database, logger, authentication, schema, limits, heavyLane }),
      useArgumentNamesInValueErrors(),
      useCostReport(costReporting),
      useKnownAt(),
    ],
  });
}

/**
 * Adds `extensions.cost` (Cypher statements and time in Neo4j) to a response, always or when the
 * request sends `x-query-cost: true`, so a researcher can see what a query costs.
 */
function useCostReport(mode: CostReporting): Plugin<Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Context & { request?: Request };
      const wanted = mode === 'always' || (mode === 'header' && context.request?.headers.get(COST_HEADER) === 'true');
      if (!wanted) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: context.cost.report() } });
        },
      };
    },
  };
}

/**
 * Adds `extensions.knownAt` to every response: the instant it was complete (this process's clock). The
 * reads saw every write committed before them, and each write's times come before its commit; so,
 * passed back as `knownAt`, this instant asks the graph as it stood for this answer, and gets it again
 * once later writes have come (a write committing while the request ran may fall on either side, and
 * an external Neo4j whose clock differs from this machine's shifts the instant by the difference).
 */
function useKnownAt(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, knownAt: endOfMillisecond(new Date()) } });
        },
      };
    },
  };
}

/**
 * The instant as the graph's own times write it, to the nanosecond, at the last nanosecond of its
 * millisecond: a write the answer saw, stamped within that millisecond, is then not after it.
 */
function endOfMillisecond(now: Date): string {
  return now.toISOString().replace(/Z$/, '999999Z');
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
