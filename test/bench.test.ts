import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPTH, QUERY_NAMES } from '../bench/compare/mix.js';
import { startScript, type ServerProcess } from './support/processes.js';

/**
 * `npm run bench` end to end, small: a 2,000-entity generated graph imported into a Neo4j of its
 * own, the four servers started, their answers to every question checked against each other, then
 * one short stretch of the mix on each. What is asserted is what the benchmark promises: the four
 * agree, every figure is there, and this server keeps within its statement budget (no more Cypher
 * statements per request than the question's depth) where the unbatched schema does not.
 */

const BENCH_TIMEOUT_MS = 300_000;

interface BenchJson {
  check: { statements: Record<string, Record<string, { min: number; max: number; mean: number }>> };
  figures: Record<string, Record<string, { requestsPerSecond: number; p99: number; failures: number; statementsPerRequest: number; rssMebibytes: number }>>;
}

let directory: string;
let bench: ServerProcess;
let exit: { code: number | null; signal: NodeJS.Signals | null };
let results: BenchJson;
let report: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'bench-test-'));
  // No NEO4J_URI: the bench starts an embedded Neo4j of its own in the throwaway folder, so the
  // generated graph never meets the other test files' data.
  bench = startScript(
    'bench/compare.ts',
    ['--size', '2k', '--data-dir', path.join(directory, 'neo4j'), '--seconds', '1', '--rounds', '1', '--warmup', '0', '--check', '3',
      '--workloads', 'mix', '--connections', '2', '--report', path.join(directory, 'RESULTS.md'), '--json', path.join(directory, 'results.json')],
    {},
  );
  exit = await bench.exited;
  if (exit.code === 0) {
    results = JSON.parse(await readFile(path.join(directory, 'results.json'), 'utf8')) as BenchJson;
    report = await readFile(path.join(directory, 'RESULTS.md'), 'utf8');
  }
}, BENCH_TIMEOUT_MS);

afterAll(async () => {
  if (bench?.child.exitCode === null) bench.child.kill('SIGKILL');
  await rm(directory, { recursive: true, force: true });
});

describe('npm run bench', () => {
  it('runs to the end: the four servers answered every question alike', () => {
    expect(exit, bench.output()).toEqual({ code: 0, signal: null });
    expect(bench.output()).toContain('They agree.');
  });

  it('reports every server on the mix, with no failed answer', () => {
    for (const id of ['a', 'b', 'c', 'd']) {
      const figures = results.figures.mix![id]!;
      expect(figures.requestsPerSecond, id).toBeGreaterThan(0);
      expect(figures.failures, id).toBe(0);
      expect(figures.rssMebibytes, id).toBeGreaterThan(10);
    }
    expect(report).toMatch(/\| \| \(a\) this server \| \(b\) floor[^|]*\| \(c\) this schema, batching off \| \(d\) @neo4j\/graphql/);
  });

  it('this server runs no more statements per request than each question is deep; unbatched, it runs more', () => {
    for (const query of QUERY_NAMES) {
      const counts = results.check.statements[query]!;
      expect(counts.a!.max, query).toBeLessThanOrEqual(DEPTH[query]);
      expect(counts.b!.max, query).toBe(1);
    }
    // One load per field: a page of relations with evidence costs a statement per relation.
    expect(results.check.statements.evidence!.c!.mean).toBeGreaterThan(results.check.statements.evidence!.a!.mean * 2);
  });
});
