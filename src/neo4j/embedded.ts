import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { EmbeddedNeo4jConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { cleanLogLine, ensureLauncherBuilt, launcherClasspath, launcherMainClass } from './launcher-build.js';

/**
 * Starts and stops Neo4j Community in a child JVM (see neo4j/). The JVM runs in its own process
 * group so that a Ctrl-C reaches this process first and shutdown happens in order: HTTP server,
 * driver, then Neo4j. The JVM also watches its stdin pipe and stops when this process is gone,
 * so even a SIGKILL here leaves no JVM behind.
 */

export interface EmbeddedNeo4j {
  readonly boltUri: string;
  readonly database: string;
  readonly pid: number;
  /** Settles when the JVM has exited, for whatever reason; `expected` when stop() asked it to. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; expected: boolean }>;
  stop(): Promise<void>;
}

export interface EmbeddedNeo4jOptions extends Omit<EmbeddedNeo4jConfig, 'port'> {
  port: number;
  /** Delete the data directory when the JVM stops: for tests. */
  ephemeral?: boolean;
  startupTimeoutMs?: number;
}

const EVENT_PREFIX = 'embedded-neo4j\t';
const STOP_TIMEOUT_MS = 60_000;
const STDERR_LINES_KEPT = 40;

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions, logger: Logger): Promise<EmbeddedNeo4j> {
  await ensureLauncherBuilt(logger);
  await mkdir(options.dataDirectory, { recursive: true });

  const args = [
    `-Xmx${options.heapMebibytes}m`,
    '-XX:+UseG1GC',
    '-cp',
    launcherClasspath,
    launcherMainClass,
    '--data-dir',
    options.dataDirectory,
    '--port',
    String(options.port),
    '--page-cache-mb',
    String(options.pageCacheMebibytes),
    ...(options.ephemeral ? ['--ephemeral'] : []),
  ];
  logger.info({ dataDirectory: options.dataDirectory, port: options.port }, 'Starting embedded Neo4j');
  const jvm = spawn(options.javaExecutable, args, { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });

  const stderrTail: string[] = [];
  createInterface({ input: jvm.stderr! }).on('line', (raw) => {
    // Logged as JSON: a JVM's colours or carriage returns would only garble the log.
    const line = cleanLogLine(raw);
    stderrTail.push(line);
    if (stderrTail.length > STDERR_LINES_KEPT) stderrTail.shift();
    logger.debug({ neo4j: line }, 'embedded Neo4j stderr');
  });

  const ready = waitForReady(jvm, options.startupTimeoutMs ?? 120_000, () => stderrTail.join('\n'));
  let stopping = false;
  const exited = once(jvm, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, expected: stopping }));
  const stop = () => {
    stopping = true;
    return stopJvm(jvm, exited, logger);
  };
  try {
    const { boltUri, database } = await ready;
    logger.info({ boltUri, pid: jvm.pid }, 'Embedded Neo4j is ready');
    jvm.once('exit', (code, signal) => {
      if (!stopping) {
        logger.error(
          { code, signal, stderr: stderrTail.join('\n') },
          'Embedded Neo4j exited unexpectedly',
        );
      }
    });
    return { boltUri, database, pid: jvm.pid!, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForReady(
  jvm: ChildProcess,
  timeoutMs: number,
  stderr: () => string,
): Promise<{ boltUri: string; database: string }> {
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      const details = stderr();
      reject(new Error(`Embedded Neo4j did not start: ${reason}${details ? `\n${details}` : ''}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs / 1000} s`), timeoutMs);

    createInterface({ input: jvm.stdout! }).on('line', (line) => {
      if (!line.startsWith(EVENT_PREFIX)) return;
      const [event, ...fields] = line.slice(EVENT_PREFIX.length).split('\t');
      if (event === 'ready') {
        clearTimeout(timer);
        resolve({ boltUri: fields[0]!, database: fields[1]! });
      } else if (event === 'failed') {
        fail(fields.join(' '));
      }
    });
    jvm.on('error', (error) =>
      fail(`could not run '${jvm.spawnfile}' (${error.message}); install Java 17+ or set JAVA_HOME, or set NEO4J_URI`),
    );
    jvm.on('exit', (code, signal) => fail(`the JVM exited with ${signal ?? `code ${code}`}`));
  });
}

async function stopJvm(jvm: ChildProcess, exited: Promise<unknown>, logger: Logger): Promise<void> {
  if (jvm.exitCode !== null || jvm.signalCode !== null) return;
  logger.info({ pid: jvm.pid }, 'Stopping embedded Neo4j');
  jvm.kill('SIGTERM');
  const timer = setTimeout(() => {
    logger.warn({ pid: jvm.pid }, 'Embedded Neo4j did not stop in time; killing it');
    jvm.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
  logger.info('Embedded Neo4j stopped');
}
