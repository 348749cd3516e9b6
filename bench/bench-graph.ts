import { execFileSync } from 'node:child_process';
import os from 'node:os';
import neo4j from 'neo4j-driver';
import { externalNeo4jEnvironment, parseConfig } from '../src/config.js';
import { createLogger, type Logger } from '../src/logger.js';
import { freePort } from '../src/neo4j/free-port.js';
import { openGraph, type OpenGraph } from '../src/neo4j/open.js';
import { cypher } from '../src/neo4j/statement.js';
import { generateGraph, parseSize, type GeneratedGraph } from './generator.js';
import { completedLoad, loadGeneratedGraph } from './load-generated.js';

/**
 * What every benchmark starts from: a generated graph of the asked size in its own embedded Neo4j
 * (.data/bench-<size>), loaded through the import on the first run and reused afterwards, or in the
 * Neo4j that NEO4J_URI names.
 */

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

export interface BenchGraphOptions {
  size: string;
  seed: number;
  heapMb?: number;
  pageCacheMb?: number;
  logLevel?: string;
  /** Where the embedded Neo4j keeps the graph (default .data/bench-<size>). */
  dataDirectory?: string;
}

export interface BenchGraph {
  open: OpenGraph;
  generated: GeneratedGraph;
  logger: Logger;
  /** How the graph got there, for the report. */
  load: { seconds: number; rows: number; loadedNow: boolean };
  counts: { entities: number; relations: number; sources: number; evidence: number };
  /** Neo4j's version and edition, and how it runs. */
  neo4j: string;
}

export async function openBenchGraph(options: BenchGraphOptions): Promise<BenchGraph> {
  const entities = parseSize(options.size);
  // Memory for the embedded Neo4j: the whole store fits the page cache up to 100k entities, and the
  // heap has room for the variable-length traversals of the exploration queries.
  const heapMb = options.heapMb ?? (entities <= 20_000 ? 1024 : entities <= 200_000 ? 4096 : 8192);
  const pageCacheMb = options.pageCacheMb ?? (entities <= 20_000 ? 512 : entities <= 200_000 ? 2048 : 6144);
  const config = parseConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: options.logLevel ?? 'warn',
    LOG_FORMAT: 'json',
    NEO4J_EMBEDDED_DATA_DIR: options.dataDirectory ?? `.data/bench-${options.size}`,
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_EMBEDDED_HEAP_MB: String(heapMb),
    NEO4J_EMBEDDED_PAGE_CACHE_MB: String(pageCacheMb),
    NEO4J_STARTUP_TIMEOUT_S: '120',
    NEO4J_MAX_RETRY_TIME_MS: '0',
    // An external Neo4j, with its credentials, replaces the embedded one when the user sets NEO4J_URI.
    ...externalNeo4jEnvironment(),
  });
  const logger = createLogger(config);
  const open = await openGraph(config.neo4j, logger);
  try {
    const generated = generateGraph({ entities, seed: options.seed });
    const load = await loadIfNeeded(open, generated, options.size);
    const [counts] = await open.database.read(COUNT_GRAPH);
    const count = (name: string) => neo4j.integer.toNumber(counts!.get(name));
    const [component] = await open.database.read(NEO4J_VERSION);
    const how = open.embedded ? `embedded, heap ${heapMb} MiB, page cache ${pageCacheMb} MiB` : `external at ${open.uri}`;
    return {
      open,
      generated,
      logger,
      load,
      counts: { entities: count('entities'), relations: count('relations'), sources: count('sources'), evidence: count('evidence') },
      neo4j: `${component!.get('version')} ${component!.get('edition')}, ${how}`,
    };
  } catch (error) {
    await open.close();
    throw error;
  }
}

async function loadIfNeeded(open: OpenGraph, generated: GeneratedGraph, size: string): Promise<BenchGraph['load']> {
  const marker = await completedLoad(open.database, generated);
  if (marker) {
    console.log(`Neo4j at ${open.uri} already holds the ${size} graph (imported in ${marker.loadSeconds.toFixed(1)} s); not loading.`);
    return { seconds: marker.loadSeconds, rows: marker.rows, loadedNow: false };
  }
  console.log(`Importing the ${size} graph (seed ${generated.plan.seed}) into Neo4j at ${open.uri} …`);
  let total = 0;
  let reported = 0;
  const result = await loadGeneratedGraph(open.database, generated, {
    onPhase: (phase, rows) => {
      total = rows;
      reported = 0;
      console.log(`  ${phase}${rows > 0 ? ` (${rows.toLocaleString('en-GB')} rows)` : ''}`);
    },
    onProgress: (done) => {
      if (total > 0 && done - reported >= total / 10) {
        reported = done;
        console.log(`    ${Math.round((done / total) * 100)}%`);
      }
    },
  });
  const seconds = result.seconds.generating + result.seconds.checking + result.seconds.writing;
  console.log(
    `Imported ${result.rows.toLocaleString('en-GB')} rows in ${seconds.toFixed(1)} s (file ${result.seconds.generating.toFixed(1)} s, ` +
      `checks ${result.seconds.checking.toFixed(1)} s, writes ${result.seconds.writing.toFixed(1)} s): ${result.written.relations.toLocaleString('en-GB')} relations.`,
  );
  return { seconds, rows: result.rows, loadedNow: true };
}

/** The machine a figure was measured on. */
export function machineDescription(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}`;
}

/** The commit measured, and whether the server's code had uncommitted changes: figures move with the queries. */
export function codeVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('log', '-1', '--format=%h %s');
    const changed = git('status', '--porcelain', '--', 'src', 'cypher', 'bench', ':!bench/*.md').split('\n').filter(Boolean).length;
    return `commit ${commit}${changed > 0 ? ` (plus uncommitted changes to ${changed} files of code under src/, cypher/ and bench/)` : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
