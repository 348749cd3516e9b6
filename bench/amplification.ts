import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { freePort } from '../src/neo4j/free-port.js';
import { attackerKeys, IN_FLIGHT, runAmplification, type AmplificationFigures } from './amplification-attack.js';
import { codeVersion, machineDescription } from './bench-graph.js';

/**
 * `npm run bench:amplification -- [--runs 5] [--seconds 30]`: the amplification attack
 * (amplification-attack.ts) against `npm start`'s server with its default limits, on the
 * configured Neo4j (NEO4J_URI, or the embedded one, seeded when empty). A first, unrecorded round of
 * 10 s warms both JVMs (Node's and Neo4j's): on a cold server the "unloaded" p99 is a measure of
 * planning and compiling, which made the first run's ratio meaningless (148 ms unloaded, 80 ms loaded).
 * Each run's figures are printed and, with the machine and the commit, written to bench/AMPLIFICATION.md.
 * Windows of 30 s: a p99 of 15 s (about 400 answers) is their fourth slowest, and moved by one pause.
 */

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '5' }, seconds: { type: 'string', default: '30' } } });
const runs = Number(options.runs);
const seconds = Number(options.seconds);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seconds) || seconds < 5) {
  console.error('--runs must be a whole number ≥ 1 and --seconds one ≥ 5');
  process.exit(2);
}

// A set of attackers per run: each spends its minute's budget of request time, which the next run must not inherit.
const warmUpAttackers = attackerKeys('warm-up-');
const attackerSets = Array.from({ length: runs }, (_, run) => attackerKeys(`run${run + 1}-`));
const port = await freePort();
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', COST_REPORTING: 'off', API_KEYS: [warmUpAttackers, ...attackerSets].flat().map((key) => key.entry).join(',') },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const origin = `http://127.0.0.1:${port}`;
try {
  await waitForReady(origin);
  await runAmplification(origin, server.pid!, warmUpAttackers, 10);
  const figures: AmplificationFigures[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const result = await runAmplification(origin, server.pid!, attackerSets[run - 1]!, seconds);
    console.log(`run ${run}: ${JSON.stringify(result)}`);
    figures.push(result);
  }
  await writeFile(new URL('./AMPLIFICATION.md', import.meta.url), report(figures));
  console.log('Written to bench/AMPLIFICATION.md');
} finally {
  server.kill('SIGINT');
}

async function waitForReady(at: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if ((await fetch(`${at}/ready`).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not become ready within 150 s');
}

function report(figures: AmplificationFigures[]): string {
  const rows = figures.map(
    (f, at) =>
      `| ${at + 1} | ${f.unloadedP99Ms} | ${f.loadedP99Ms} | ${(f.loadedP99Ms / f.unloadedP99Ms).toFixed(2)}× | ${f.rssBeforeMb} | ${f.rssPeakMb} | ${f.answered} | ${f.refused} | ${f.other} |`,
  );
  return `# The amplification attack

Written by \`npm run bench:amplification\` (bench/amplification.ts): ten clients, each with its own API key and
${IN_FLIGHT} requests in flight, send the most expensive requests the default limits allow (bench/amplification-attack.ts),
refused ones coming back within a second, for ${seconds} s (after an unrecorded warm-up round of 10 s), while one ordinary client asks
\`entity(key: "keir-starmer") { name relations(first: 5) … }\` every 20 ms. Target (issue 17): the ordinary p99 within
3× its unloaded p99, the server's memory under 600 MB.

Machine: ${machineDescription()}. Code: ${codeVersion()}.

| run | unloaded p99 (ms) | loaded p99 (ms) | ratio | RSS before (MB) | RSS peak (MB) | attacks answered | refused (429) | other |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}
