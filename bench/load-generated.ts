import neo4j from 'neo4j-driver';
import type { RecordSet } from '../src/model/record-set.js';
import type { EvidenceRecord } from '../src/model/relation.js';
import type { GraphDatabase } from '../src/neo4j/database.js';
import { cypher } from '../src/neo4j/statement.js';
import { IngestRepository } from '../src/repositories/ingest-repository.js';
import {
  GENERATOR_VERSION,
  type GeneratedBatch,
  type GeneratedGraph,
} from './generator.js';

/**
 * Writes a generated graph into Neo4j through the project's own write path (IngestRepository, the
 * statements the seed and the import use), one transaction per batch. Nodes are merged on their keys
 * and edges replaced, so an interrupted load can simply be run again, and a complete one run again
 * changes nothing.
 */

// One node records that a generated graph was loaded completely, and how long that took.
const READ_MARKER = cypher(
  'bench.readLoadMarker',
  `MATCH (marker:GeneratedGraph {key: $key})
   RETURN marker.entities AS entities, marker.seed AS seed, marker.generator AS generator, marker.loadSeconds AS loadSeconds,
          marker.rows AS rows`,
);
const WRITE_MARKER = cypher(
  'bench.writeLoadMarker',
  `MERGE (marker:GeneratedGraph {key: $key})
   SET marker.entities = $entities, marker.seed = $seed, marker.generator = $generator, marker.loadSeconds = $loadSeconds,
       marker.rows = $rows,
       marker.loadedAt = datetime()`,
);
const COUNT_GENERATED_ENTITIES = cypher(
  'bench.countGeneratedEntities',
  `MATCH (entity:Entity) WHERE entity.key STARTS WITH 'gen-' RETURN count(entity) AS entities`,
);

export const LOAD_MARKER_KEY = 'gen-load-marker';

export interface LoadMarker {
  entities: number;
  seed: number;
  generator: number | null;
  loadSeconds: number;
  rows: number;
}

/**
 * The marker of a complete load of this graph, or null when the database does not hold it yet (no
 * marker, another size, seed or generator version, or fewer generated entities than planned).
 */
export async function completedLoad(database: GraphDatabase, graph: GeneratedGraph): Promise<LoadMarker | null> {
  const [record] = await database.read(READ_MARKER, { key: LOAD_MARKER_KEY });
  if (!record) return null;
  const marker = {
    entities: neo4j.integer.toNumber(record.get('entities')),
    seed: neo4j.integer.toNumber(record.get('seed')),
    generator: record.get('generator') === null ? null : neo4j.integer.toNumber(record.get('generator')),
    loadSeconds: Number(record.get('loadSeconds')),
    rows: neo4j.integer.toNumber(record.get('rows')),
  };
  if (marker.entities !== graph.plan.entities || marker.seed !== graph.plan.seed || marker.generator !== GENERATOR_VERSION) {
    return null;
  }
  const [count] = await database.read(COUNT_GENERATED_ENTITIES);
  return neo4j.integer.toNumber(count!.get('entities')) === graph.plan.entities ? marker : null;
}

export interface LoadProgress {
  batches: number;
  rows: number;
  seconds: number;
  phase: GeneratedBatch['kind'];
}

export interface LoadResult {
  batches: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export async function loadGeneratedGraph(
  database: GraphDatabase,
  graph: GeneratedGraph,
  options: { progressEvery?: number; onProgress?: (progress: LoadProgress) => void } = {},
): Promise<LoadResult> {
  const progressEvery = options.progressEvery ?? 10;
  const started = performance.now();
  let batches = 0;
  let rows = 0;
  const ingest = new IngestRepository(database);
  for (const batch of graph.batches()) {
    await ingest.write(toRecordSet(batch), 'bench-generator', 'bench.load');
    rows += batch.kind === 'entities' ? batch.entities.length : batch.sources.length + batch.relations.length + batch.evidence.length;
    batches += 1;
    if (batches % progressEvery === 0) {
      options.onProgress?.({ batches, rows, seconds: (performance.now() - started) / 1000, phase: batch.kind });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await database.write(WRITE_MARKER, {
    key: LOAD_MARKER_KEY,
    entities: neo4j.int(graph.plan.entities),
    seed: neo4j.int(graph.plan.seed),
    generator: neo4j.int(GENERATOR_VERSION),
    loadSeconds: seconds,
    rows: neo4j.int(rows),
  });
  return { batches, rows, seconds, rowsPerSecond: rows / seconds };
}

/** A generated batch as the records the seed and the import write. */
export function toRecordSet(batch: GeneratedBatch): Partial<RecordSet> {
  if (batch.kind === 'entities') return { entities: batch.entities };
  const evidenceOf = new Map<string, EvidenceRecord[]>();
  for (const { relation, ...evidence } of batch.evidence) evidenceOf.set(relation, [...(evidenceOf.get(relation) ?? []), evidence]);
  return {
    sources: batch.sources.map(({ publishedAt, publishedAtPrecision, ...source }) => ({
      ...source,
      publishedAt: { date: publishedAt, precision: publishedAtPrecision },
    })),
    relations: batch.relations.map(({ qualifiers, ...relation }) => ({
      ...relation,
      ...qualifiers,
      evidence: evidenceOf.get(relation.id) ?? [],
    })),
  };
}
