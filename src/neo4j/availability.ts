import { connect } from 'node:net';
import { settleWithin } from '../timeout.js';
import type { Logger } from '../logger.js';

/**
 * Whether Neo4j is reachable, known ahead of the requests that need it, so that while it is down a
 * request fails at once instead of riding out the driver's retries (5 s by default) on a dead
 * address. A probe runs every `intervalMs`: while Neo4j is up, a TCP connect to its Bolt port (it
 * takes no pooled connection, so a busy pool cannot make it look down); while it is down, the same
 * connect and then a real query, and Neo4j counts as up again as soon as both succeed. The moment
 * it is found down, every operation waiting on it is refused too.
 *
 * Hand-written rather than a circuit-breaker library (opossum and its kind): those open on the
 * failure rate of the calls themselves, which here would mean several slow failures first; this
 * state comes from the probe, and in-flight calls must be let go at once.
 */
export class Availability {
  private outage: { since: number; reason: string } | null = null;
  private readonly waiting = new Set<(error: DatabaseUnavailableError) => void>();
  private timer: NodeJS.Timeout | null = null;
  private probing = false;
  /** Connects that timed out in a row: one alone may be this process's own event loop running late. */
  private lateAnswers = 0;

  constructor(
    private readonly address: { host: string; port: number },
    private readonly query: () => Promise<void>,
    private readonly options: { intervalMs: number; timeoutMs: number },
    private readonly logger: Logger,
  ) {}

  /** For a Bolt URI such as bolt://localhost:7687 or neo4j+s://x.databases.neo4j.io. */
  static addressOf(uri: string): { host: string; port: number } {
    const url = new URL(uri);
    return { host: url.hostname, port: url.port ? Number(url.port) : 7687 };
  }

  start(): this {
    this.timer ??= setInterval(() => void this.probe(), this.options.intervalMs).unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Runs `operation` unless Neo4j is known down. A read is also refused the moment Neo4j is found
   * down while it runs (it goes on in the background, its outcome dropped); a write is let finish,
   * since it may still commit and its client must hear the truth of it.
   */
  guard<T>(operation: () => Promise<T>, kind: 'read' | 'write' = 'read'): Promise<T> {
    if (this.outage) return Promise.reject(new DatabaseUnavailableError(this.outage.reason));
    if (kind === 'write') return operation();
    return new Promise<T>((resolve, reject) => {
      const refuse = (error: DatabaseUnavailableError) => reject(error);
      this.waiting.add(refuse);
      operation().then(resolve, reject).finally(() => this.waiting.delete(refuse));
    });
  }

  /** Marks Neo4j down (a probe failed, or the embedded JVM exited) and lets every waiting operation go. */
  markDown(reason: string): void {
    if (!this.outage) {
      this.outage = { since: Date.now(), reason };
      this.logger.warn({ reason }, 'Neo4j is down: requests fail at once until it answers again');
    }
    const error = new DatabaseUnavailableError(reason);
    for (const refuse of this.waiting) refuse(error);
    this.waiting.clear();
  }

  /**
   * A statement just lost its connection: look now rather than at the next interval. While Neo4j is
   * up this is only a connect, so a burst of such reports costs little.
   */
  suspect(): void {
    if (!this.outage) void this.probe();
  }

  /** One probe: a connect while up; a connect and a query while down. Overlapping probes are skipped. */
  async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await reachable(this.address, this.options.timeoutMs);
      this.lateAnswers = 0;
      if (this.outage) {
        await settleWithin(this.query(), this.options.timeoutMs, () => {
          throw new Error(`no answer to a query within ${this.options.timeoutMs} ms`);
        });
        this.logger.info({ downMs: Date.now() - this.outage.since }, 'Neo4j answers again');
        this.outage = null;
      }
    } catch (error) {
      // A refused or reset connection is an outage at once; a connect that only timed out counts on the second in a row.
      if (error instanceof ProbeTimeout && !this.outage && ++this.lateAnswers < 2) return;
      this.markDown(error instanceof Error ? error.message : String(error));
    } finally {
      this.probing = false;
    }
  }
}

/** Refused because Neo4j is known to be down: clients get DATABASE_UNAVAILABLE (src/database-errors.ts). */
export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`Neo4j is not reachable: ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}

class ProbeTimeout extends Error {}

function reachable(address: { host: string; port: number }, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(address);
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    socket.setTimeout(timeoutMs, () => fail(new ProbeTimeout(`no answer from ${address.host}:${address.port} within ${timeoutMs} ms`)));
    socket.once('error', fail);
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
  });
}
