import { inject } from 'vitest';
import { freePort } from '../../src/neo4j/free-port.js';
import { startServerProcess, type ServerProcess } from './processes.js';

/**
 * `npm start`'s server as a process on a free port, over the run's Neo4j (not seeding it), once
 * `/ready` answers: for the tests that load it from outside. `environment` adds to or overrides the
 * defaults here.
 */
export async function startServerOnRunNeo4j(environment: Record<string, string> = {}): Promise<{ server: ServerProcess; origin: string }> {
  const neo4j = inject('neo4j');
  const port = await freePort();
  const server = startServerProcess({
    PORT: String(port),
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    ...(neo4j.password ? { NEO4J_PASSWORD: neo4j.password } : {}),
    NEO4J_DATABASE: neo4j.database,
    SEED_ON_EMPTY: 'false',
    COST_REPORTING: 'off',
    ...environment,
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if ((await fetch(`${origin}/ready`).catch(() => null))?.ok) return { server, origin };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.child.kill('SIGINT');
  throw new Error(`The server did not become ready:\n${server.output()}`);
}
