import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Availability } from './availability.js';
import type { Statement } from './statement.js';

export type Parameters = Record<string, unknown>;

/** Told about every statement that ran, with its duration: for cost reporting and for tests. */
export type StatementObserver = (statement: Statement, durationMs: number) => void;

/**
 * The one gateway to Neo4j: every statement runs through a managed, retried transaction against a
 * named database. Repositories use it; nothing above the repositories sees the driver.
 */
export class GraphDatabase {
  /**
   * @param transactionTimeoutMs Neo4j stops a transaction that runs longer (0: the server's default),
   *   so a pathological query cannot hold the database after its request has given up.
   * @param availability When given, every operation is refused at once while Neo4j is known down.
   */
  constructor(
    private readonly driver: Driver,
    readonly name: string,
    private readonly observer: StatementObserver = () => {},
    private readonly transactionTimeoutMs = 0,
    private readonly availability: Availability | null = null,
  ) {}

  private gated<T>(operation: () => Promise<T>, kind: 'read' | 'write' = 'read'): Promise<T> {
    return this.availability ? this.availability.guard(operation, kind) : operation();
  }

  /** The same database, with every statement also reported to `observer`. */
  observedBy(observer: StatementObserver): GraphDatabase {
    const both: StatementObserver = (statement, durationMs) => {
      this.observer(statement, durationMs);
      observer(statement, durationMs);
    };
    return new GraphDatabase(this.driver, this.name, both, this.transactionTimeoutMs, this.availability);
  }

  read(statement: Statement, parameters: Parameters = {}): Promise<Neo4jRecord[]> {
    return this.execute(statement, parameters, neo4j.routing.READ);
  }

  /**
   * A read whose rows `parse` turns into typed values, run again (up to `attempts` times) when they do
   * not parse or name a node that is gone. Reads take no locks, so one that overlaps the commit of a
   * merge can meet an entity the merge deleted (without its properties, or not loadable at all); read
   * again, the key resolves through the merge's redirect. A graph that is really broken fails every
   * attempt, and the last error is thrown.
   */
  async readParsed<T>(statement: Statement, parameters: Parameters, parse: (records: Neo4jRecord[]) => T, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      let records: Neo4jRecord[];
      try {
        records = await this.read(statement, parameters);
      } catch (error) {
        if (!isGoneNode(error) || attempt >= attempts) throw error;
        continue;
      }
      try {
        return parse(records);
      } catch (error) {
        if (attempt >= attempts) throw error;
      }
    }
  }

  write(statement: Statement, parameters: Parameters = {}): Promise<Neo4jRecord[]> {
    return this.execute(statement, parameters, neo4j.routing.WRITE);
  }

  /**
   * One statement in a managed transaction of its own (what `driver.executeQuery` does, with the same
   * bookmark manager), written out so that the transaction's callback hears a lost connection the
   * moment it happens rather than after the driver's retries.
   */
  private async execute(statement: Statement, parameters: Parameters, routing: 'READ' | 'WRITE') {
    const started = performance.now();
    const write = routing === neo4j.routing.WRITE;
    try {
      return await this.gated(async () => {
        const session = this.session(write);
        try {
          const run = (transaction: ManagedTransaction) => this.heard(transaction.run(statement.text, parameters));
          const config = { metadata: metadataFor(statement), ...this.timeout() };
          const result = await (write ? session.executeWrite(run, config) : session.executeRead(run, config));
          return result.records;
        } finally {
          await session.close();
        }
      }, write ? 'write' : 'read');
    } finally {
      this.observer(statement, performance.now() - started);
    }
  }

  private session(write: boolean) {
    return this.driver.session({
      database: this.name,
      defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /**
   * A statement's outcome, with a lost connection reported to the availability probe at once: when
   * Neo4j stops, in-flight statements see it before the next probe would, and the driver would
   * otherwise retry them on the dead address for up to its retry time.
   */
  private heard<T>(running: Promise<T>): Promise<T> {
    return running.catch((error: unknown) => {
      if (isConnectionLost(error)) this.availability?.suspect();
      throw error;
    });
  }

  /**
   * Several statements in one write transaction: all or nothing. The driver retries the whole
   * callback on transient failures, in a new transaction after the failed one rolled back, so the
   * callback must read what it decides on afresh each time rather than carry state between tries.
   */
  writeTransaction<T>(name: string, work: (transaction: StatementRunner) => Promise<T>): Promise<T> {
    return this.gated(async () => {
      const session = this.session(true);
      try {
        return await session.executeWrite((transaction) => work(new StatementRunner(transaction, this.observer, (running) => this.heard(running))), {
          metadata: { app: APPLICATION, transaction: name },
          ...this.timeout(),
        });
      } finally {
        await session.close();
      }
    }, 'write');
  }

  private timeout(): { timeout?: number } {
    return this.transactionTimeoutMs > 0 ? { timeout: this.transactionTimeoutMs } : {};
  }

  /**
   * Succeeds when the database answers a trivial query; used by `/ready` (refused at once while Neo4j
   * is known down) and by the availability probe itself (`ungated`). Runs once, without the managed
   * transactions' retries, so that a probe reports an outage instead of waiting it out.
   */
  ping(options: { ungated?: boolean } = {}): Promise<void> {
    const once = async () => {
      const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run(PING.text, {}, { metadata: metadataFor(PING) });
      } finally {
        await session.close();
      }
    };
    return options.ungated ? once() : this.gated(once);
  }
}

/** Runs statements inside one managed transaction, reporting each to the database's observer. */
export class StatementRunner {
  constructor(
    private readonly transaction: ManagedTransaction,
    private readonly observer: StatementObserver,
    private readonly heard: <T>(running: Promise<T>) => Promise<T> = (running) => running,
  ) {}

  async run(statement: Statement, parameters: Parameters = {}): Promise<Neo4jRecord[]> {
    const started = performance.now();
    try {
      const result = await this.heard(this.transaction.run(statement.text, parameters));
      return result.records;
    } finally {
      this.observer(statement, performance.now() - started);
    }
  }
}

const APPLICATION = 'political-graph';
const PING: Statement = { name: 'health.ping', text: 'RETURN 1' };

/** Neo4j's answer when a statement reaches a node another transaction deleted (a merged entity). */
export function isGoneNode(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound';
}

/** The driver's word for a connection that broke or could not be made: Neo4j may have gone. */
function isConnectionLost(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED);
}

function metadataFor(statement: Statement): Record<string, string> {
  return { app: APPLICATION, statement: statement.name, ...(statement.variant === undefined ? {} : { variant: statement.variant }) };
}
