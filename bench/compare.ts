import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { codeVersion, machineDescription, openBenchGraph } from './bench-graph.js';
import { checkAnswers, type CheckResult } from './compare/check.js';
import { applyLoad, type LoadSample } from './compare/load.js';
import { DESCRIPTIONS, mixRequests, QUERY_NAMES, type QueryName } from './compare/mix.js';
import { startServer, type RunningServer } from './compare/processes.js';
import { checkTable, figuresOf, targetsOf, targetTable, workloadTable, writeReport, type Figures, type Workload } from './compare/report.js';
import { floorServer } from './compare/servers/floor.js';
import { neo4jGraphqlServer } from './compare/servers/neo4j-graphql.js';
import type { BenchServer } from './compare/servers/server.js';
import { thisServer, unbatched } from './compare/servers/this-server.js';
import { DEFAULT_SEED, parseSize } from './generator.js';

/**
 * `npm run bench`: the reference query mix served four ways on the same Neo4j and the same generated
 * graph, measured in one run: (a) this server, (b) the floor (neo4j-driver behind node:http),
 * (c) this schema with batching off, (d) @neo4j/graphql. Each server runs in its own process on
 * loopback; their answers are first checked to be the same, then each gets the same load (autocannon)
 * in turn, round after round, the order rotating so that none always goes first. Writes
 * bench/RESULTS.md.
 */

const SERVERS: BenchServer[] = [thisServer, floorServer, unbatched, neo4jGraphqlServer];

const { values: options } = parseArgs({
  options: {
    size: { type: 'string', default: '100k' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '5' },
    check: { type: 'string', default: '10' },
    workloads: { type: 'string', default: ['mix', ...QUERY_NAMES].join(',') },
    servers: { type: 'string', default: SERVERS.map((server) => server.id).join(',') },
    report: { type: 'string', default: fileURLToPath(new URL('./RESULTS.md', import.meta.url)) },
    json: { type: 'string' },
    'data-dir': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const USAGE = `npm run bench -- [options]
  --size 100k          generated entities: 10k, 100k, 1M or a number (default 100k)
  --seconds 10         load per server, workload and round (default 10)
  --rounds 2           rounds; the servers' order rotates each round (default 2)
  --connections 8      concurrent keep-alive connections (default 8)
  --warmup 5           seconds of the mix each server gets before the first round (default 5)
  --check 10           requests per question whose answers must agree on every server (default 10)
  --workloads mix,...  which of: mix, ${QUERY_NAMES.join(', ')} (default all)
  --servers a,b,c,d    which servers (default all four; (a) is always run, as the reference)
  --report FILE        where to write the results (default bench/RESULTS.md)
  --json FILE          also write the figures and the check as JSON
  --data-dir DIR       the embedded Neo4j's folder (default .data/bench-<size>)`;

function positive(name: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`--${name} must be a positive whole number, not "${value}"\n\n${USAGE}`);
  return number;
}

async function main(): Promise<void> {
  if (options.help) return console.log(USAGE);
  const settings = {
    entities: parseSize(options.size),
    seconds: positive('seconds', options.seconds),
    rounds: positive('rounds', options.rounds),
    connections: positive('connections', options.connections),
    warmup: options.warmup === '0' ? 0 : positive('warmup', options.warmup),
    check: positive('check', options.check),
  };
  const workloads = options.workloads.split(',').map((name) => name.trim()) as Workload[];
  const unknown = workloads.filter((name) => name !== 'mix' && !QUERY_NAMES.includes(name as QueryName));
  if (unknown.length > 0) throw new Error(`--workloads: unknown ${unknown.join(', ')}\n\n${USAGE}`);
  const ids = new Set(['a', ...options.servers.split(',').map((id) => id.trim())]);
  const unknownIds = [...ids].filter((id) => !SERVERS.some((server) => server.id === id));
  if (unknownIds.length > 0) throw new Error(`--servers: unknown ${unknownIds.join(', ')}; the servers are a, b, c and d\n\n${USAGE}`);
  const servers = SERVERS.filter((server) => ids.has(server.id));

  const bench = await openBenchGraph({ size: options.size, seed: positive('seed', options.seed), dataDirectory: options['data-dir'] });
  const neo4j = { uri: bench.open.uri, database: bench.open.database.name };
  const started: RunningServer[] = [];
  try {
    // Started together, so that one failing to start stops none of the others' clean-up.
    const starting = await Promise.allSettled(servers.map((server) => startServer(server, neo4j)));
    for (const outcome of starting) if (outcome.status === 'fulfilled') started.push(outcome.value);
    const failed = starting.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    for (const running of started) console.log(`(${running.server.id}) ${running.server.name}: pid ${running.pid}, ${running.baseUrl}`);
    const plan = bench.generated.plan;
    console.log(`Checking that the servers agree on ${settings.check} requests of each question …`);
    const check = await checkAnswers(started, (query) => mixRequests(plan, query, settings.check, 'bench-check'));
    console.log('They agree.');

    const requestsOf = (workload: Workload) => mixRequests(plan, workload, workload === 'mix' ? 600 : 200);
    for (const running of started) {
      if (settings.warmup > 0) await applyLoad(running, requestsOf('mix'), { connections: settings.connections, seconds: settings.warmup });
    }
    const samples = new Map<Workload, Map<string, LoadSample[]>>();
    for (let round = 0; round < settings.rounds; round += 1) {
      for (const [index, workload] of workloads.entries()) {
        const requests = requestsOf(workload);
        // Rotate who goes first, so that no server always meets a cold or a warm Neo4j.
        const order = started.map((_, at) => started[(at + round + index) % started.length]!);
        for (const running of order) {
          const sample = await applyLoad(running, requests, { connections: settings.connections, seconds: settings.seconds });
          const byServer = samples.get(workload) ?? new Map<string, LoadSample[]>();
          byServer.set(running.server.id, [...(byServer.get(running.server.id) ?? []), sample]);
          samples.set(workload, byServer);
          console.log(`  round ${round + 1}, ${workload}, (${running.server.id}): ${(sample.requests / sample.seconds).toFixed(1)} req/s, ${sample.failures} failed`);
        }
      }
    }
    const results = new Map<Workload, Map<string, Figures>>(
      [...samples].map(([workload, byServer]) => [workload, new Map([...byServer].map(([id, list]) => [id, figuresOf(list)]))]),
    );
    writeReport(options.report, report(servers, results, check, settings, bench));
    console.log(`Wrote ${options.report}`);
    if (options.json) {
      const figures = Object.fromEntries([...results].map(([workload, byServer]) => [workload, Object.fromEntries(byServer)]));
      writeFileSync(options.json, `${JSON.stringify({ settings, counts: bench.counts, check, figures }, null, 2)}\n`);
    }
  } finally {
    for (const running of started) await running.stop();
    await bench.open.close();
  }
}

function report(
  servers: BenchServer[],
  results: Map<Workload, Map<string, Figures>>,
  check: CheckResult,
  settings: { entities: number; seconds: number; rounds: number; connections: number; warmup: number },
  bench: Awaited<ReturnType<typeof openBenchGraph>>,
): string {
  const mix = results.get('mix');
  const targets = mix ? targetsOf(mix) : null;
  const args = process.argv.slice(2);
  const command = args.length > 0 ? `npm run bench -- ${args.join(' ')}` : 'npm run bench';
  const sections = [...results].map(
    ([workload, figures]) =>
      `### ${workload === 'mix' ? 'The mix (the six questions in turn)' : `${workload}: ${DESCRIPTIONS[workload]}`}\n\n${workloadTable(servers, figures)}`,
  );
  return `# Four ways to serve the same questions

Generated by \`${command}\` on ${new Date().toISOString().slice(0, 10)}; rerun it to replace everything above the
hand-written analysis at the end.

- Machine: ${machineDescription()}; Node ${process.version}
- Code: ${codeVersion()}
- Neo4j ${bench.neo4j}
- Graph: ${settings.entities.toLocaleString('en-GB')} generated entities (\`bench/generator.ts\`), counted in Neo4j: ${bench.counts.entities.toLocaleString('en-GB')} entities,
  ${bench.counts.relations.toLocaleString('en-GB')} relations, ${bench.counts.sources.toLocaleString('en-GB')} sources, ${bench.counts.evidence.toLocaleString('en-GB')} evidence edges;
  imported through \`importFile\` (the code of \`npm run import\`) in ${bench.load.seconds.toFixed(0)} s${bench.load.loadedNow ? '' : ' by an earlier run'}
- Load: autocannon on loopback, ${settings.connections} keep-alive connections, ${settings.seconds} s per server, workload and
  round, ${settings.rounds} rounds, the servers' order rotating; ${settings.warmup} s of the mix per server first

The servers: **(a)** this server as \`npm start\` runs it (NODE_ENV=production, LOG_LEVEL=warn), but with the per-client
limits off (CLIENT_CONCURRENCY=0: the load is one client; \`npm run bench:amplification\` measures those limits), on this Neo4j through
NEO4J_URI; **(b)** the floor: neo4j-driver running one hand-written Cypher statement per question behind a bare
\`node:http\` handler, no GraphQL; **(c)** this server with its DataLoaders told not to batch or cache
(LOADER_BATCHING=false): one load per field, the N+1 baseline; **(d)** @neo4j/graphql with type definitions over the
same stored graph. Each runs in its own process, so RSS is that process's alone. Neo4j, the servers and autocannon
share the machine's cores.

## Targets

${targets ? `On the mix: (a) serves **${targets.overPeer?.toFixed(2) ?? '–'}×** @neo4j/graphql's requests per second (target ≥ 1.5) with a p99 ${targets.p99NoWorseThanPeer === null ? '–' : targets.p99NoWorseThanPeer ? '**no worse**' : '**worse**'} than its, and **${targets.ofFloor === null ? '–' : `${(targets.ofFloor * 100).toFixed(0)}%`}** of the floor's (target ≥ 70%).` : 'The mix was not measured.'}
Statements per request are counted one request at a time (the check below), the highest seen per question, against
the question's depth (levels of stored objects its answer nests).

${targetTable(results, check)}

## Results

Each figure is over every round; ratios are to (a). Latency is per request, nearest rank over all answers.

${sections.join('\n\n')}

## The answers agree

Before any load, ${check.requestsPerQuery} requests of each question went to every server, one at a time, and every
server's answer, reduced to the same form (\`bench/compare/mix.ts\`: entities, relations in order, evidence,
paths), equalled (a)'s. Statements per request, counted by each server at its driver:

${checkTable(servers, check)}
`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
