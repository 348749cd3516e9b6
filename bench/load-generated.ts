import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { importFile, type ImportPhase } from '../src/ingest/import.js';
import type { GraphDatabase } from '../src/neo4j/database.js';
import { cypher } from '../src/neo4j/statement.js';
import { GENERATOR_VERSION, type GeneratedGraph } from './generator.js';
import { writeImportFile } from './import-file.js';

/**
 * Loads a generated graph into Neo4j the way a user loads data: written to a JSON Lines file and
 * imported with `importFile`, the code behind `npm run import` (every row checked before anything
 * is written, then upserts in transactions of IMPORT_BATCH_ROWS rows). An interrupted load can simply
 * be run again; a complete one is recorded by a marker node so that later runs reuse it.
 */

// One node records that a generated graph was loaded completely, how, and how long that took.
const READ_MARKER = cypher(
  'bench.readLoadMarker',
  `MATCH (marker:GeneratedGraph {key: $key})
   RETURN marker.entities AS entities, marker.seed AS seed, marker.generator AS generator, marker.loader AS loader,
          marker.loadSeconds AS loadSeconds, marker.rows AS rows`,
);
const WRITE_MARKER = cypher(
  'bench.writeLoadMarker',
  `MERGE (marker:GeneratedGraph {key: $key})
   SET marker.entities = $entities, marker.seed = $seed, marker.generator = $generator, marker.loader = $loader,
       marker.loadSeconds = $loadSeconds, marker.rows = $rows, marker.loadedAt = datetime()`,
);
const COUNT_GENERATED_ENTITIES = cypher(
  'bench.countGeneratedEntities',
  `MATCH (entity:Entity) WHERE entity.key STARTS WITH 'gen-' RETURN count(entity) AS entities`,
);

export const LOAD_MARKER_KEY = 'gen-load-marker';
/** How the graph was loaded; a database loaded another way (an older benchmark's own MERGE statements) is loaded again. */
const LOADER = 'import';
const IMPORT_BATCH_ROWS = 2000;

export interface LoadMarker {
  entities: number;
  seed: number;
  loadSeconds: number;
  rows: number;
}

/**
 * The marker of a complete load of this graph, or null when the database does not hold it yet (no
 * marker; another size, seed, generator version or loader; or fewer generated entities than planned).
 */
export async function completedLoad(database: GraphDatabase, graph: GeneratedGraph): Promise<LoadMarker | null> {
  const [record] = await database.read(READ_MARKER, { key: LOAD_MARKER_KEY });
  if (!record) return null;
  const number = (name: string) => (record.get(name) === null ? null : neo4j.integer.toNumber(record.get(name)));
  const marker = { entities: number('entities')!, seed: number('seed')!, loadSeconds: Number(record.get('loadSeconds')), rows: number('rows')! };
  const sameGraph = marker.entities === graph.plan.entities && marker.seed === graph.plan.seed && number('generator') === GENERATOR_VERSION;
  if (!sameGraph || record.get('loader') !== LOADER) return null;
  const [count] = await database.read(COUNT_GENERATED_ENTITIES);
  return neo4j.integer.toNumber(count!.get('entities')) === graph.plan.entities ? marker : null;
}

export interface LoadResult {
  rows: number;
  seconds: { generating: number; checking: number; writing: number };
  written: { entities: number; sources: number; relations: number; evidence: number };
}

export async function loadGeneratedGraph(
  database: GraphDatabase,
  graph: GeneratedGraph,
  options: { onPhase?: (phase: ImportPhase, total: number) => void; onProgress?: (done: number) => void } = {},
): Promise<LoadResult> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'political-graph-bench-'));
  try {
    const file = path.join(directory, `generated-${graph.plan.entities}-${graph.plan.seed}.jsonl`);
    const started = performance.now();
    await writeImportFile(graph, file);
    const generating = (performance.now() - started) / 1000;
    const report = await importFile(database, file, 'jsonl', {
      actor: 'bench-generator',
      batchSize: IMPORT_BATCH_ROWS,
      rejectFile: null,
      checkOnly: false,
      onPhase: options.onPhase,
      onProgress: options.onProgress,
    });
    if (report.problems.length > 0 || !report.written) {
      const shown = report.problems.slice(0, 5).map((problem) => `  line ${problem.line}: ${problem.field}: ${problem.message}`);
      throw new Error(`The import refused the generated file (${report.problems.length} problems; nothing written):\n${shown.join('\n')}`);
    }
    const seconds = { generating, ...report.seconds };
    await database.write(WRITE_MARKER, {
      key: LOAD_MARKER_KEY,
      entities: neo4j.int(graph.plan.entities),
      seed: neo4j.int(graph.plan.seed),
      generator: neo4j.int(GENERATOR_VERSION),
      loader: LOADER,
      loadSeconds: seconds.generating + seconds.checking + seconds.writing,
      rows: neo4j.int(report.rows),
    });
    return { rows: report.rows, seconds, written: report.written };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
