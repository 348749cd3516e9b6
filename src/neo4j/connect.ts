import neo4j, { type Driver } from 'neo4j-driver';
import { setTimeout as delay } from 'node:timers/promises';
import type { Neo4jConfig } from '../config.js';
import type { Logger } from '../logger.js';

export interface ConnectionTarget {
  uri: string;
  username: string;
  password: string | undefined;
  database: string;
  connectionTimeoutMs: number;
  /** How long a statement may wait for a pooled connection before it fails. */
  acquisitionTimeoutMs: number;
  maxRetryTimeMs: number;
}

export class Neo4jUnreachableError extends Error {
  constructor(uri: string, waitedMs: number, cause: unknown, embedded: boolean) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const advice = embedded
      ? 'The embedded Neo4j started but does not answer; see its logs in the data directory.'
      : 'Check that Neo4j is running and reachable at that address, that NEO4J_USERNAME, NEO4J_PASSWORD and ' +
        'NEO4J_DATABASE are right, or unset NEO4J_URI to use the embedded Neo4j.';
    super(`Cannot reach Neo4j at ${uri} after ${Math.round(waitedMs / 1000)} s: ${reason}\n${advice}`, { cause });
    this.name = 'Neo4jUnreachableError';
  }
}

export function createDriver(target: ConnectionTarget): Driver {
  // Without a password no credentials are sent: the embedded Neo4j runs with authentication off.
  const auth = target.password === undefined ? undefined : neo4j.auth.basic(target.username, target.password);
  return neo4j.driver(target.uri, auth, {
    connectionTimeout: target.connectionTimeoutMs,
    // Bounded, so that when the pool is busy a request fails within this instead of queueing behind it.
    connectionAcquisitionTimeout: target.acquisitionTimeoutMs,
    // Long enough to ride out a cluster leader switch, short enough that a request still fails while
    // its client waits when Neo4j is down (the driver's default is 30 s).
    maxTransactionRetryTime: target.maxRetryTimeMs,
    userAgent: 'political-graph',
  });
}

/**
 * Retries until the database answers or the deadline passes. Errors that no retry can fix
 * (wrong credentials, unknown database) end the wait at once.
 */
export async function verifyConnectivity(
  driver: Driver,
  target: ConnectionTarget,
  options: { timeoutMs: number; embedded: boolean },
  logger: Logger,
): Promise<void> {
  const started = Date.now();
  let attempt = 0;
  for (;;) {
    attempt += 1;
    try {
      await driver.verifyConnectivity({ database: target.database });
      return;
    } catch (error) {
      const waited = Date.now() - started;
      if (!isRetryable(error) || waited >= options.timeoutMs) {
        throw new Neo4jUnreachableError(target.uri, waited, error, options.embedded);
      }
      const pause = Math.min(250 * 2 ** (attempt - 1), 2_000, options.timeoutMs - waited);
      logger.warn({ uri: target.uri, attempt, error: (error as Error).message }, 'Neo4j not reachable yet; retrying');
      await delay(pause);
    }
  }
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return !(code.startsWith('Neo.ClientError.Security.') || code === 'Neo.ClientError.Database.DatabaseNotFound');
}

export function connectionTargetFor(config: Neo4jConfig, uri: string): ConnectionTarget {
  return {
    uri,
    username: config.username,
    password: config.password,
    database: config.database,
    connectionTimeoutMs: config.connectionTimeoutMs,
    acquisitionTimeoutMs: config.acquisitionTimeoutMs,
    maxRetryTimeMs: config.maxRetryTimeMs,
  };
}
