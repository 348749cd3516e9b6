import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { freePort } from '../../src/neo4j/free-port.js';
import type { BenchServer } from './servers/server.js';

/** A compared server running in its own process on loopback. */
export interface RunningServer {
  server: BenchServer;
  baseUrl: string;
  pid: number;
  /** Resident memory of the server's process now, in MiB. */
  rssMebibytes(): Promise<number>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/**
 * Starts a server as `node --import tsx <script>`, so that the process measured is the server itself
 * (not an npm or tsx wrapper), on the given Neo4j, and waits until it answers.
 */
export async function startServer(server: BenchServer, neo4j: { uri: string; database: string }): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', server.program.script], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_ON_EMPTY: 'false',
      ...server.program.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_DATABASE: neo4j.database,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const running: RunningServer = {
    server,
    baseUrl,
    pid: child.pid!,
    rssMebibytes: () => rssMebibytes(child.pid!),
    stop: () => stopChild(child),
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`(${server.id}) ${server.name} exited with ${child.exitCode} while starting:\n${errors}`);
    try {
      await server.statementsRun(baseUrl);
      return running;
    } catch (error) {
      if (Date.now() > deadline) {
        await stopChild(child);
        throw new Error(`(${server.id}) ${server.name} did not answer within ${START_TIMEOUT_MS / 1000} s: ${String(error)}\n${errors}`);
      }
      await delay(250);
    }
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}

/** A process's resident memory, from /proc (Linux), in MiB. */
export async function rssMebibytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}
