import path from 'node:path';
import { z } from 'zod';
import { parseApiKeys, type ApiKeyEntry } from './auth/api-keys.js';
import type { JwtConfig } from './auth/jwt.js';
import { DEFAULT_LIMITS, type OperationLimits } from './operation-limits.js';
import { DEFAULT_FAIR_SHARE, type FairShareLimits } from './fair-share.js';
import { DEFAULT_HEAVY_LANE, type HeavyLane } from './heavy-lane.js';
import { DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './http-server.js';
import type { TracingConfig } from './tracing-setup.js';

/**
 * The only place that reads the environment. Everything is validated at once so that a
 * misconfigured deployment reports every problem in one go instead of one per restart.
 */

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number().int().min(1).max(65535);
const count = z.coerce.number().int().min(1);

const boltUri = z
  .string()
  .url()
  .refine((uri) => /^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri), {
    message: 'must use one of the schemes neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s://, bolt+ssc://',
  });

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),

  NEO4J_URI: boltUri.optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_STARTUP_TIMEOUT_S: z.coerce.number().positive().max(600).default(20),
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  NEO4J_MAX_RETRY_TIME_MS: z.coerce.number().int().min(0).default(5000),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  NEO4J_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  NEO4J_PROBE_INTERVAL_MS: z.coerce.number().int().min(50).max(10_000).default(250),

  NEO4J_EMBEDDED_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_EMBEDDED_PORT: port.optional(),
  NEO4J_EMBEDDED_HEAP_MB: z.coerce.number().int().min(256).default(1024),
  NEO4J_EMBEDDED_PAGE_CACHE_MB: z.coerce.number().int().min(16).default(512),
  JAVA_HOME: z.string().min(1).optional(),

  SEED_ON_EMPTY: booleanFlag.default(true),
  COST_REPORTING: z.enum(['off', 'header', 'always']).optional(),
  API_KEYS: z.string().optional(),
  API_KEYS_FILE: z.string().min(1).optional(),
  READS_REQUIRE_KEY: booleanFlag.default(false),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (256 bits) for HS256').optional(),
  JWT_JWKS_URI: z.url({ protocol: /^https?$/ }).optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_SCOPES_CLAIM: z.string().min(1).default('scope'),
  JWT_MAX_AGE_S: z.coerce.number().int().positive().default(86_400),

  MAX_DEPTH: count.default(DEFAULT_LIMITS.depth),
  MAX_COMPLEXITY: count.default(DEFAULT_LIMITS.complexity),
  MAX_BREADTH: count.default(DEFAULT_LIMITS.breadth),
  MAX_ALIASES: count.default(DEFAULT_LIMITS.aliases),
  MAX_TOKENS: count.default(DEFAULT_LIMITS.tokens),
  MAX_DIRECTIVES: count.default(DEFAULT_LIMITS.directives),
  MAX_BODY_BYTES: count.default(DEFAULT_LIMITS.bodyBytes),
  REQUEST_TIMEOUT_MS: count.default(DEFAULT_LIMITS.requestTimeoutMs),
  MAX_RESPONSE_BYTES: count.default(DEFAULT_LIMITS.responseBytes),
  HEADERS_TIMEOUT_MS: count.default(DEFAULT_CONNECTION_LIMITS.headersTimeoutMs),
  KEEP_ALIVE_TIMEOUT_MS: count.default(DEFAULT_CONNECTION_LIMITS.keepAliveTimeoutMs),
  MAX_CONNECTIONS: count.default(DEFAULT_CONNECTION_LIMITS.maxConnections),
  CLIENT_CONCURRENCY: z.coerce.number().int().min(0).default(DEFAULT_FAIR_SHARE.concurrentPerClient),
  CLIENT_REQUEST_MS_PER_MINUTE: count.default(DEFAULT_FAIR_SHARE.requestMsPerMinute),
  TRUST_PROXY: booleanFlag.default(false),
  HEAVY_COMPLEXITY: count.default(DEFAULT_HEAVY_LANE.threshold),
  HEAVY_CONCURRENCY: count.default(DEFAULT_HEAVY_LANE.concurrency),
  INTROSPECTION: booleanFlag.default(DEFAULT_LIMITS.introspection),
  METRICS: booleanFlag.default(true),
  LOADER_BATCHING: booleanFlag.default(true),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('political-graph'),
});

export type Environment = Record<string, string | undefined>;

export interface EmbeddedNeo4jConfig {
  dataDirectory: string;
  /** NEO4J_EMBEDDED_PORT, or null: Neo4j's usual 7687 when it is free, else any free port (src/neo4j/free-port.ts). */
  port: number | null;
  heapMebibytes: number;
  pageCacheMebibytes: number;
  javaExecutable: string;
}

export interface Neo4jConfig {
  /** Set when an external Neo4j is used; when absent the embedded one is started. */
  uri: string | undefined;
  username: string;
  password: string | undefined;
  database: string;
  startupTimeoutMs: number;
  connectionTimeoutMs: number;
  /** How long a statement may wait for a connection from the driver's pool. */
  acquisitionTimeoutMs: number;
  /** How long a managed transaction keeps retrying transient failures before the request fails. */
  maxRetryTimeMs: number;
  /** Neo4j stops a transaction that runs longer than this (0: the server's own limit). */
  transactionTimeoutMs: number;
  /** How often the availability probe looks at Neo4j (src/neo4j/availability.ts). */
  probeIntervalMs: number;
  embedded: EmbeddedNeo4jConfig;
}

export interface Config {
  environment: 'development' | 'production' | 'test';
  http: { host: string; port: number; connections: ConnectionLimits };
  log: { level: string; format: 'json' | 'pretty' };
  neo4j: Neo4jConfig;
  seedOnEmpty: boolean;
  /** When responses carry extensions.cost: never, when the request sends `x-query-cost: true`, or always. */
  costReporting: CostReporting;
  /** Who may call the API with which scopes; writes need the curator scope. */
  apiKeys: ApiKeyEntry[];
  /** More keys, in a file read again when it changes (src/auth/api-keys-file.ts); null: none. */
  apiKeysFile: string | null;
  /** JWTs from an identity provider, when configured; null otherwise. */
  jwt: JwtConfig | null;
  /** Refuse anonymous requests, reads included. */
  readsRequireKey: boolean;
  /** What one request may ask: depth, complexity, aliases, tokens, body size, time… */
  limits: OperationLimits;
  /** Serve Prometheus metrics at /metrics. */
  metricsEndpoint: boolean;
  /**
   * Whether each request's DataLoaders batch and cache. Always on in use; off only to measure what
   * batching saves (the benchmark's N+1 baseline, bench/compare).
   */
  loaderBatching: boolean;
  /** Export OpenTelemetry traces to this collector; null: no tracing. */
  tracing: TracingConfig | null;
  /** What one client may take: requests in flight, request time per minute; null (CLIENT_CONCURRENCY=0) for no limits. */
  fairShare: FairShareLimits | null;
  /** Take an anonymous reader's address from X-Forwarded-For (TRUST_PROXY): for the fair share and the heavy lane. */
  trustProxy: boolean;
  /** Operations estimated at least this complex run this many at a time (src/heavy-lane.ts). */
  heavyLane: HeavyLane;
}

export type CostReporting = 'off' | 'header' | 'always';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment-like record; pure, so tests can build configurations without touching process.env. */
export function parseConfig(environment: Environment, options: { interactive?: boolean } = {}): Config {
  const given = withoutEmptyValues(environment);
  const result = environmentSchema.safeParse(given);
  const apiKeys = parseApiKeys(given.API_KEYS);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`)),
    ...apiKeys.problems.map((problem) => `API_KEYS: ${problem}`),
    ...jwtProblems(given),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const env = result.data;
  return {
    environment: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      connections: {
        requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
        headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
        keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_MS,
        maxConnections: env.MAX_CONNECTIONS,
      },
    },
    log: { level: env.LOG_LEVEL, format: env.LOG_FORMAT ?? (options.interactive ? 'pretty' : 'json') },
    neo4j: {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      startupTimeoutMs: env.NEO4J_STARTUP_TIMEOUT_S * 1000,
      connectionTimeoutMs: env.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionTimeoutMs: env.NEO4J_ACQUISITION_TIMEOUT_MS,
      maxRetryTimeMs: env.NEO4J_MAX_RETRY_TIME_MS,
      transactionTimeoutMs: env.NEO4J_TRANSACTION_TIMEOUT_MS,
      probeIntervalMs: env.NEO4J_PROBE_INTERVAL_MS,
      embedded: {
        dataDirectory: path.resolve(env.NEO4J_EMBEDDED_DATA_DIR),
        port: env.NEO4J_EMBEDDED_PORT ?? null,
        heapMebibytes: env.NEO4J_EMBEDDED_HEAP_MB,
        pageCacheMebibytes: env.NEO4J_EMBEDDED_PAGE_CACHE_MB,
        javaExecutable: env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java',
      },
    },
    seedOnEmpty: env.SEED_ON_EMPTY,
    costReporting: env.COST_REPORTING ?? (env.NODE_ENV === 'production' ? 'off' : 'header'),
    apiKeys: apiKeys.entries,
    apiKeysFile: env.API_KEYS_FILE ? path.resolve(env.API_KEYS_FILE) : null,
    jwt:
      env.JWT_SECRET || env.JWT_JWKS_URI
        ? {
            secret: env.JWT_SECRET ?? null,
            jwksUri: env.JWT_JWKS_URI ?? null,
            issuer: env.JWT_ISSUER ?? null,
            audience: env.JWT_AUDIENCE ?? null,
            scopesClaim: env.JWT_SCOPES_CLAIM,
            maxAgeSeconds: env.JWT_MAX_AGE_S,
          }
        : null,
    readsRequireKey: env.READS_REQUIRE_KEY,
    metricsEndpoint: env.METRICS,
    loaderBatching: env.LOADER_BATCHING,
    tracing: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? { endpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME } : null,
    limits: {
      depth: env.MAX_DEPTH,
      complexity: env.MAX_COMPLEXITY,
      breadth: env.MAX_BREADTH,
      aliases: env.MAX_ALIASES,
      tokens: env.MAX_TOKENS,
      directives: env.MAX_DIRECTIVES,
      bodyBytes: env.MAX_BODY_BYTES,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      responseBytes: env.MAX_RESPONSE_BYTES,
      introspection: env.INTROSPECTION,
      // Suggestions would spell out the schema that turning introspection off hides.
      hideSuggestions: env.NODE_ENV === 'production' || !env.INTROSPECTION,
    },
    heavyLane: { threshold: env.HEAVY_COMPLEXITY, concurrency: env.HEAVY_CONCURRENCY },
    fairShare:
      env.CLIENT_CONCURRENCY === 0
        ? null
        : { concurrentPerClient: env.CLIENT_CONCURRENCY, requestMsPerMinute: env.CLIENT_REQUEST_MS_PER_MINUTE },
    trustProxy: env.TRUST_PROXY,
  };
}

/** JWTs are verified with a secret or a JWKS, not both; issuer and audience mean nothing without one. */
function jwtProblems(given: Environment): string[] {
  if (given.JWT_SECRET && given.JWT_JWKS_URI) return ['JWT_SECRET and JWT_JWKS_URI: set one, not both'];
  if (!given.JWT_SECRET && !given.JWT_JWKS_URI && (given.JWT_ISSUER || given.JWT_AUDIENCE)) {
    return ['JWT_ISSUER and JWT_AUDIENCE need JWT_SECRET or JWT_JWKS_URI to verify tokens with'];
  }
  return [];
}

/** Reads the process environment once; call it at the entry point and pass the result down. */
export function loadConfig(): Config {
  return parseConfig(process.env, { interactive: Boolean(process.stdout.isTTY) });
}

/**
 * Only the variables that point at an external Neo4j, for tools (the benchmarks) that set everything
 * else themselves but must honour a user's NEO4J_URI and its credentials.
 */
export function externalNeo4jEnvironment(): Environment {
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  return NEO4J_URI ? { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } : {};
}

/** `FOO=` in a shell or .env file means "not set", not "set to the empty string". */
function withoutEmptyValues(environment: Environment): Environment {
  return Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
}
