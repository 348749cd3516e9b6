import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackerKeys, EXPENSIVE, post, runAmplification } from '../bench/amplification-attack.js';
import type { ServerProcess } from './support/processes.js';
import { startServerOnRunNeo4j } from './support/server-on-run-neo4j.js';

/**
 * The amplification attack (bench/amplification-attack.ts), on a real port against `npm start`'s
 * server with its default limits: the ordinary client keeps its speed and the server its memory.
 * `npm run bench:amplification` runs the same attack and records its figures.
 */

const ATTACK_SECONDS = 15;
const RSS_BOUND_MB = 600;
const attackers = attackerKeys();

let server: ServerProcess;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await startServerOnRunNeo4j({ API_KEYS: attackers.map((key) => key.entry).join(',') }));
}, 60_000);

afterAll(async () => {
  server?.child.kill('SIGINT');
  await server?.exited;
});

describe('ten clients sending the most expensive requests the limits allow', () => {
  it('leave ordinary requests their speed, and the server its memory', async () => {
    for (const query of EXPENSIVE) {
      const answer = await post(origin, query, attackers[0]!.key);
      expect(answer.status, answer.body.slice(0, 300)).toBe(200);
      expect(answer.body, answer.body.slice(0, 300)).not.toContain('OPERATION_LIMIT');
    }
    const figures = await runAmplification(origin, server.child.pid!, attackers, ATTACK_SECONDS);
    console.log(`amplification: ${JSON.stringify(figures)}`);
    expect(figures.answered).toBeGreaterThan(0);
    expect(figures.other).toBe(0);
    // The target, 3× the unloaded p99, is the benchmark's (npm run bench:amplification records it).
    // Here other test files share the two cores and move both p99s, so the test asserts what holds
    // with margin: 3×, or 500 ms where that is more. In CI runs the loaded p99 was 35–197 ms, and
    // 307 ms (3.3× an unloaded 93 ms) beside a CPU-bound process; without the limits the same attack
    // took the p99 to 1,605 ms, which this still refuses.
    expect(figures.loadedP99Ms).toBeLessThanOrEqual(Math.max(3 * figures.unloadedP99Ms, 500));
    expect(figures.rssPeakMb).toBeLessThan(RSS_BOUND_MB);
  }, 90_000);
});
