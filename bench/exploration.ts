import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { neighbourhoodQuery, pathsQuery, type NeighbourhoodQuery, type PathsQuery } from '@political-graph/client';
import type { GraphDatabase } from '../src/neo4j/database.js';
import { cypher } from '../src/neo4j/statement.js';
import { createYogaServer } from '../src/yoga.js';
import { codeVersion, machineDescription, openBenchGraph, type BenchGraph } from './bench-graph.js';
import { consoleTable, markdownTables, writeReportSection, type Sample } from './explore/report.js';
import {
  NEIGHBOURHOOD_DEPTH,
  PATH_MAX_HOPS,
  neighbourhoodRequests,
  pathRequests,
  type BenchRequest,
} from './explore/workload.js';
import { DEFAULT_SEED, parseSize } from './generator.js';

/**
 * `npm run bench:explore -- --size 100k`: latency of the analysts' exploration queries through the
 * real GraphQL stack, in process (yoga.fetch), on a generated graph in its own embedded Neo4j
 * (.data/bench-<size>), loaded on the first run and reused afterwards.
 */

const { values: options } = parseArgs({
  options: {
    size: { type: 'string', default: '100k' },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'heap-mb': { type: 'string' },
    'page-cache-mb': { type: 'string' },
    'timeout-ms': { type: 'string', default: '10000' },
    'log-level': { type: 'string', default: 'fatal' },
    report: { type: 'string', default: fileURLToPath(new URL('./EXPLORATION.md', import.meta.url)) },
  },
});

const size = options.size;
const entities = parseSize(size);
const runs = positiveInteger('runs', options.runs);
const warmup = Math.max(0, Number(options.warmup));
const seed = positiveInteger('seed', options.seed);
const timeoutMs = positiveInteger('timeout-ms', options['timeout-ms']);

// A request past its deadline is stopped in Neo4j too, so that it does not slow the ones after it.
const RUNNING_EXPLORATION = cypher(
  'bench.runningExploration',
  `SHOW TRANSACTIONS YIELD transactionId, metaData
   WHERE metaData.app = 'political-graph' AND metaData.statement STARTS WITH 'graph.'
   RETURN collect(transactionId) AS ids`,
);
const TERMINATE = cypher('bench.terminate', `TERMINATE TRANSACTIONS $ids`);

async function main(): Promise<void> {
  const bench = await openBenchGraph({
    size,
    seed,
    heapMb: options['heap-mb'] ? Number(options['heap-mb']) : undefined,
    pageCacheMb: options['page-cache-mb'] ? Number(options['page-cache-mb']) : undefined,
    // Quiet by default: the server logs each request stopped at its deadline as an error.
    logLevel: options['log-level'],
  });
  try {
    await run(bench);
  } finally {
    await bench.open.close();
  }
}

async function run({ open, generated, logger, load, counts, neo4j: neo4jVersion }: BenchGraph) {
  const { database } = open;
  const yoga = createYogaServer({ database, logger });
  const execute = async (request: BenchRequest): Promise<Sample> => {
    const query = request.query === 'neighbourhood' ? neighbourhoodQuery.toString() : pathsQuery.toString();
    const started = performance.now();
    let timedOut = false;
    let terminator: NodeJS.Timeout | undefined;
    const deadline = setTimeout(() => {
      timedOut = true;
      const stop = () => void terminateExploration(database).catch((error: unknown) => console.warn('Could not terminate a late request:', error));
      stop();
      terminator = setInterval(stop, 2000);
    }, timeoutMs);
    let body: { data?: NeighbourhoodQuery & PathsQuery; errors?: unknown[]; extensions?: { cost?: CostReport } };
    try {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-query-cost': 'true' },
        body: JSON.stringify({ query, variables: request.variables }),
      });
      body = (await response.json()) as typeof body;
    } finally {
      clearTimeout(deadline);
      clearInterval(terminator);
    }
    const ms = performance.now() - started;
    if (body.errors && !timedOut) {
      throw new Error(`GraphQL errors from ${request.query}(${JSON.stringify(request.variables)}) (rerun with --log-level error for the cause):\n${JSON.stringify(body.errors, null, 2)}`);
    }
    const cost = body.extensions?.cost;
    if (!timedOut && !cost) throw new Error(`No extensions.cost in the answer to ${request.query}; is cost reporting on?`);
    const common = { query: request.query, category: request.category, variables: JSON.stringify(request.variables), ms, timedOut, statements: cost?.statements ?? 0,
      neo4jMs: cost?.neo4jMs ?? 0, byStatement: cost?.byStatement ?? {} };
    if (request.query === 'neighbourhood') {
      const subgraph = body.data?.neighbourhood;
      return { ...common, truncated: subgraph?.truncated ?? false, empty: !timedOut && (subgraph?.edges.length ?? 0) === 0,
        nodes: subgraph?.nodes.length ?? 0, edges: subgraph?.edges.length ?? 0 };
    }
    const paths = body.data?.paths ?? [];
    return { ...common, truncated: false, empty: !timedOut && paths.length === 0,
      nodes: paths.reduce((sum, path) => sum + path.entities.length, 0), edges: paths.reduce((sum, path) => sum + path.relations.length, 0) };
  };

  const measure = async (label: string, warmupRequests: BenchRequest[], measured: BenchRequest[]) => {
    for (const request of warmupRequests) await execute(request);
    const samples: Sample[] = [];
    for (const [index, request] of measured.entries()) {
      samples.push(await execute(request));
      if ((index + 1) % 50 === 0) console.log(`  ${label}: ${index + 1}/${measured.length}`);
    }
    return samples;
  };

  console.log(`Measuring ${runs} neighbourhood and ${runs} paths requests (after ${warmup} warm-up requests each) …`);
  const started = performance.now();
  const neighbourhood = await measure('neighbourhood',
    neighbourhoodRequests(generated.plan, warmup, 'bench-warmup-neighbourhood'),
    neighbourhoodRequests(generated.plan, runs, 'bench-neighbourhood'));
  const paths = await measure('paths',
    pathRequests(generated.plan, warmup, 'bench-warmup-paths'),
    pathRequests(generated.plan, runs, 'bench-paths'));
  const measuringSeconds = (performance.now() - started) / 1000;

  const results = [
    { query: 'neighbourhood' as const, description: `neighbourhood(key, depth: ${NEIGHBOURHOOD_DEPTH}), default limit`, samples: neighbourhood },
    { query: 'paths' as const, description: `paths(from, to, maxHops: ${PATH_MAX_HOPS}), default first`, samples: paths },
  ];
  consoleTable(results);

  const command = `npm run bench:explore -- ${process.argv.slice(2).join(' ')}`.trim();
  const section = `
## ${size}: ${entities.toLocaleString('en-GB')} generated entities

Run on ${new Date().toISOString().slice(0, 10)} with \`${command}\` (seed ${seed}, ${warmup} warm-up and ${runs} measured requests
per query, one at a time, deadline ${timeoutMs / 1000} s each).

- Machine: ${machineDescription()}
- Code: ${codeVersion()}
- Node ${process.version}; Neo4j ${neo4jVersion}
- Graph, counted in Neo4j: ${counts.entities.toLocaleString('en-GB')} entities, ${counts.relations.toLocaleString('en-GB')} relations,
  ${counts.sources.toLocaleString('en-GB')} sources, ${counts.evidence.toLocaleString('en-GB')} evidence edges (SUPPORTED_BY)
- Load: imported (\`npm run import\`'s code) in ${load.seconds.toFixed(1)} s, ${load.rows.toLocaleString('en-GB')} rows, ${Math.round(load.rows / load.seconds).toLocaleString('en-GB')} rows/s${load.loadedNow ? '' : ' (when an earlier run at this size loaded the database)'}
- Measuring took ${measuringSeconds.toFixed(0)} s

${markdownTables(results)}
`;
  writeReportSection(options.report, size, section, REPORT_HEADER);
  console.log(`Wrote ${options.report}`);
}

interface CostReport {
  statements: number;
  neo4jMs: number;
  byStatement: Record<string, number>;
}

async function terminateExploration(database: GraphDatabase): Promise<void> {
  const [record] = await database.read(RUNNING_EXPLORATION);
  const ids = (record?.get('ids') as string[] | undefined) ?? [];
  if (ids.length > 0) await database.write(TERMINATE, { ids });
}

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`--${name} must be a positive integer, not "${value}"`);
  return number;
}


const REPORT_HEADER = `
# Exploration latency

How long the analysts' exploration queries take through the real GraphQL stack, on generated graphs
shaped like the real one (\`bench/generator.ts\`: people, a few parties that are hubs with thousands of
members, offices, places, elections; about three relations per entity, each with one or two pieces of
quoted evidence). Each size has its own section below, rewritten by \`npm run bench:explore -- --size <size>\`.

How it measures: the bench builds the server with \`createYogaServer\` and sends each request with
\`yoga.fetch\` in process, so the figures include GraphQL parsing, validation, the resolvers, the
DataLoaders and every Cypher statement, but no network. Requests run one at a time. The documents are
the typed client's \`Neighbourhood\` and \`Paths\` operations (entities, relations with their subject,
object, context and evidence with sources), as an app would send them. Latency is from sending the
request to having parsed the JSON answer. Quantiles are nearest-rank over the sorted samples.
"Truncated" counts neighbourhoods that hit their \`limit\`; "empty" counts answers without any relation
(neighbourhood) or without any path. A request past its deadline is terminated in Neo4j (TERMINATE
TRANSACTIONS) and counted as timed out: its latency (until the terminated answer came back, which can
be well after the deadline when Neo4j is slow to notice) stays in the quantiles, so quantiles at or above
the share of timed-out requests are lower bounds. Any other GraphQL error fails the run. "Cypher
statements / request" is the response's \`extensions.cost.statements\` (the request sends
\`x-query-cost: true\`); "ms in Neo4j" adds up the statements' times, which may overlap.
`;

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
