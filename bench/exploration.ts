import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { neighbourhoodQuery, pathsQuery } from '../src/client/operations.js';
import type { NeighbourhoodQuery, PathsQuery } from '../src/client/generated/graphql.js';
import { externalNeo4jEnvironment, parseConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import type { GraphDatabase } from '../src/neo4j/database.js';
import { freePort } from '../src/neo4j/free-port.js';
import { openGraph } from '../src/neo4j/open.js';
import { cypher } from '../src/neo4j/statement.js';
import { createYogaServer } from '../src/yoga.js';
import { consoleTable, markdownTables, writeReportSection, type Sample } from './explore/report.js';
import {
  NEIGHBOURHOOD_DEPTH,
  PATH_MAX_HOPS,
  neighbourhoodRequests,
  pathRequests,
  type BenchRequest,
} from './explore/workload.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_SEED, GENERATOR_VERSION, generateGraph, parseSize } from './generator.js';
import { completedLoad, loadGeneratedGraph } from './load-generated.js';

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
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
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
// Memory for the embedded Neo4j: the whole store fits the page cache up to 100k entities, and the
// heap has room for the variable-length traversals of the exploration queries.
const heapMb = Number(options['heap-mb'] ?? (entities <= 20_000 ? 1024 : entities <= 200_000 ? 4096 : 8192));
const pageCacheMb = Number(options['page-cache-mb'] ?? (entities <= 20_000 ? 512 : entities <= 200_000 ? 2048 : 6144));

const COUNT_GRAPH = cypher(
  'bench.countGraph',
  `MATCH (entity:Entity) WITH count(entity) AS entities
   MATCH (relation:Relation) WITH entities, count(relation) AS relations
   MATCH (source:Source) WITH entities, relations, count(source) AS sources
   MATCH ()-[evidence:SUPPORTED_BY]->()
   RETURN entities, relations, sources, count(evidence) AS evidence`,
);
const NEO4J_VERSION = cypher(
  'bench.neo4jVersion',
  `CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition`,
);
// A request past its deadline is stopped in Neo4j too, so that it does not slow the ones after it.
const RUNNING_EXPLORATION = cypher(
  'bench.runningExploration',
  `SHOW TRANSACTIONS YIELD transactionId, metaData
   WHERE metaData.app = 'political-graph' AND metaData.statement STARTS WITH 'graph.'
   RETURN collect(transactionId) AS ids`,
);
const TERMINATE = cypher('bench.terminate', `TERMINATE TRANSACTIONS $ids`);

async function main(): Promise<void> {
  const config = parseConfig({
    NODE_ENV: 'development',
    // Quiet by default: the server logs each request stopped at its deadline as an error.
    LOG_LEVEL: options['log-level'],
    LOG_FORMAT: 'json',
    NEO4J_EMBEDDED_DATA_DIR: `.data/bench-${size}`,
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_EMBEDDED_HEAP_MB: String(heapMb),
    NEO4J_EMBEDDED_PAGE_CACHE_MB: String(pageCacheMb),
    NEO4J_STARTUP_TIMEOUT_S: '120',
    NEO4J_MAX_RETRY_TIME_MS: '0',
    COST_REPORTING: 'header',
    // An external Neo4j, with its credentials, replaces the embedded one when the user sets NEO4J_URI.
    ...externalNeo4jEnvironment(),
  });
  const logger = createLogger(config);
  const graph = await openGraph(config.neo4j, logger);
  try {
    await run(graph.database, graph.uri, graph.embedded !== null, logger);
  } finally {
    await graph.close();
  }
}

async function run(database: GraphDatabase, uri: string, embedded: boolean, logger: ReturnType<typeof createLogger>) {
  const generated = generateGraph({ entities, seed, batchSize: positiveInteger('batch-size', options['batch-size']) });
  let load = await completedLoad(database, generated);
  let loadedNow = false;
  if (load) {
    console.log(`Neo4j at ${uri} already holds the ${size} graph (loaded in ${load.loadSeconds.toFixed(1)} s); not loading.`);
  } else {
    console.log(`Loading the ${size} graph (seed ${seed}) into Neo4j at ${uri} …`);
    const result = await loadGeneratedGraph(database, generated, {
      progressEvery: 10,
      onProgress: ({ batches, rows, seconds, phase }) =>
        console.log(`  ${batches} batches (${phase}), ${rows.toLocaleString('en-GB')} rows, ${seconds.toFixed(0)} s, ${Math.round(rows / seconds).toLocaleString('en-GB')} rows/s`),
    });
    console.log(`Loaded ${result.rows.toLocaleString('en-GB')} rows in ${result.batches} batches, ${result.seconds.toFixed(1)} s: ${Math.round(result.rowsPerSecond).toLocaleString('en-GB')} rows/s.`);
    load = { entities, seed, generator: GENERATOR_VERSION, loadSeconds: result.seconds, rows: result.rows };
    loadedNow = true;
  }

  const [counts] = await database.read(COUNT_GRAPH);
  const count = (name: string) => neo4j.integer.toNumber(counts!.get(name));
  const [component] = await database.read(NEO4J_VERSION);
  const neo4jVersion = `${component!.get('version')} ${component!.get('edition')}`;

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

  const cpus = os.cpus();
  const command = `npm run bench:explore -- ${process.argv.slice(2).join(' ')}`.trim();
  const section = `
## ${size}: ${entities.toLocaleString('en-GB')} generated entities

Run on ${new Date().toISOString().slice(0, 10)} with \`${command}\` (seed ${seed}, ${warmup} warm-up and ${runs} measured requests
per query, one at a time, deadline ${timeoutMs / 1000} s each).

- Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}
- Code: ${codeVersion()}
- Node ${process.version}; Neo4j ${neo4jVersion}, ${embedded ? `embedded, heap ${heapMb} MiB, page cache ${pageCacheMb} MiB` : `external at ${uri}`}
- Graph, counted in Neo4j: ${count('entities').toLocaleString('en-GB')} entities, ${count('relations').toLocaleString('en-GB')} relations,
  ${count('sources').toLocaleString('en-GB')} sources, ${count('evidence').toLocaleString('en-GB')} evidence edges (SUPPORTED_BY)
- Load: ${load.loadSeconds.toFixed(1)} s for ${load.rows.toLocaleString('en-GB')} rows, ${Math.round(load.rows / load.loadSeconds).toLocaleString('en-GB')} rows/s${loadedNow ? '' : ' (when an earlier run at this size loaded the database)'}
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

/** The commit measured, and whether the server's code had uncommitted changes: figures move with the queries. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('log', '-1', '--format=%h %s');
    const changed = git('status', '--porcelain', '--', 'src', 'cypher').split('\n').filter(Boolean).length;
    return `commit ${commit}${changed > 0 ? ` (plus uncommitted changes to ${changed} files under src/ and cypher/)` : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
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
