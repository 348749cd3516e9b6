import type { Logger } from '../logger.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedNeo4jOptions } from './embedded.js';

/** Waits between restarts: 1 s, doubling to at most 30 s, so a JVM that cannot start is not spun. */
const FIRST_RESTART_DELAY_MS = 1000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * The embedded Neo4j, kept running: when its JVM dies (an OOM kill, a crash), it is started again
 * on the same port and data directory, with backoff, each attempt logged; the driver reconnects by
 * itself and `/ready` turns back to 200. `onExit` hears of each unexpected exit at once (the
 * availability gate then refuses requests without waiting for its probe).
 */
export async function startSupervisedNeo4j(options: EmbeddedNeo4jOptions, logger: Logger, onExit: (reason: string) => void = () => {}): Promise<EmbeddedNeo4j> {
  let current = await startEmbeddedNeo4j(options, logger);
  // Same port on every restart: the driver keeps the address it was given.
  const port = Number(new URL(current.boltUri).port);
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  /** A restart under way, which stop() must wait for, so no JVM outlives the stop. */
  let starting: Promise<unknown> | null = null;

  const watch = (instance: EmbeddedNeo4j) =>
    void instance.exited.then(({ code, signal, expected }) => {
      if (expected || stopping) return;
      onExit(`the embedded Neo4j exited (${signal ?? `code ${code}`})`);
      restart(1);
    });

  const restart = (attempt: number) => {
    const delayMs = Math.min(FIRST_RESTART_DELAY_MS * 2 ** (attempt - 1), MAX_RESTART_DELAY_MS);
    logger.warn({ attempt, delayMs }, 'Restarting the embedded Neo4j');
    timer = setTimeout(() => {
      timer = null;
      starting = (async () => {
        try {
          const started = await startEmbeddedNeo4j({ ...options, port }, logger);
          if (stopping) return void (await started.stop());
          current = started;
          logger.info({ attempt, pid: started.pid }, 'The embedded Neo4j is back');
          watch(started);
        } catch (error) {
          logger.error({ err: error, attempt }, 'The embedded Neo4j did not start again');
          if (!stopping) restart(attempt + 1);
        }
      })().finally(() => {
        starting = null;
      });
    }, delayMs);
  };

  watch(current);
  return {
    boltUri: current.boltUri,
    database: current.database,
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    stop: async () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      await starting;
      await current.stop();
    },
  };
}
