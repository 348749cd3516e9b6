import neo4j from 'neo4j-driver';
import { KIND_LABELS, type EntityRecord } from '../model/entity.js';
import type { RecordSet } from '../model/record-set.js';
import { QUALIFIER_KINDS, QUALIFIERS, type EvidenceRecord, type QualifierValues, type RelationRecord, type SourceRecord } from '../model/relation.js';
import { isGoneNode, type GraphDatabase, type StatementRunner } from '../neo4j/database.js';
import { cypher, cypherFile } from '../neo4j/statement.js';
import { readExisting, type ExistingKeys, type ExistingRecords } from './existing-records.js';
import { calendarDate, integerOrNull, neo4jInteger } from './neo4j-values.js';

const UPSERT_ENTITIES = cypherFile('ingest.upsertEntities', 'upsert-entities.cypher');
const UPSERT_SOURCES = cypherFile('ingest.upsertSources', 'upsert-sources.cypher');
const UPSERT_RELATIONS = cypherFile('ingest.upsertRelations', 'upsert-relations.cypher');

const LINK_ENTITY_EVIDENCE = cypher(
  'ingest.linkEntityEvidence',
  `UNWIND $evidence AS row
   MATCH (entity:Entity {key: row.entity})
   MATCH (source:Source {key: row.source})
   // As for relations (upsert-relations.cypher): never onto an entity merged away while we waited.
   SET entity._lock = true REMOVE entity._lock
   WITH row, entity, source WHERE entity:Entity
   CREATE (entity)-[:DESCRIBED_BY {property: row.property, quote: row.quote, start: row.start, end: row.end,
                                   confidence: row.confidence}]->(source)
   RETURN count(*) AS written`,
);

/**
 * Bulk writes of validated records, shared by the seed and the import: the same statements, the
 * same audit fields. A call is one transaction: all of its records or none. Callers validate first
 * (src/model/rules.ts); the counts returned by each statement are checked anyway, so a reference that
 * vanished between validation and write aborts the transaction instead of dropping a row.
 */
export class IngestRepository {
  constructor(private readonly database: GraphDatabase) {}

  async write(records: Partial<RecordSet>, actor: string, name = 'ingest.write'): Promise<void> {
    try {
      await this.database.writeTransaction(name, (transaction) => writeRecords(transaction, records, actor));
    } catch (error) {
      // A curator merged (deleted) an entity the batch writes to, between our read of it and our write.
      if (isGoneNode(error)) {
        throw new Error('A referenced entity was merged or deleted while the batch was written, so none of it was written: run the import again, which follows merged keys', { cause: error });
      }
      throw error;
    }
  }

  /** What the database holds already for the keys a batch of records mentions. */
  existing(keys: Partial<ExistingKeys>): Promise<ExistingRecords> {
    return readExisting((statement, parameters) => this.database.read(statement, parameters), keys);
  }
}

/** Runs the upserts inside a transaction the caller owns. */
export async function writeRecords(transaction: StatementRunner, records: Partial<RecordSet>, actor: string): Promise<void> {
  const { entities = [], sources = [], relations = [], entityEvidence = [] } = records;
  if (entities.length > 0) {
    await expectWritten(transaction, UPSERT_ENTITIES, { entities: entities.map(entityParameters), kindLabels: Object.values(KIND_LABELS), actor }, entities.length);
  }
  if (sources.length > 0) {
    await expectWritten(transaction, UPSERT_SOURCES, { sources: sources.map(sourceParameters), actor }, sources.length);
  }
  if (relations.length > 0) {
    const [record] = await transaction.run(UPSERT_RELATIONS, { relations: relations.map(relationParameters), actor });
    const written = neo4jInteger.parse(record?.get('written') ?? 0);
    const evidence = neo4jInteger.parse(record?.get('evidence') ?? 0);
    const expected = relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
    if (written !== relations.length || evidence !== expected) {
      throw new Error(
        `Wrote ${written} of ${relations.length} relations and ${evidence} of ${expected} pieces of evidence: a referenced entity or source is missing, ` +
          'or was merged into another while the batch was written (run the import again: it follows merged keys)',
      );
    }
  }
  if (entityEvidence.length > 0) {
    const rows = entityEvidence.map(({ entity, property, ...evidence }) => ({ entity, property, ...evidenceParameters(evidence) }));
    await expectWritten(transaction, LINK_ENTITY_EVIDENCE, { evidence: rows }, rows.length);
  }
}

async function expectWritten(transaction: StatementRunner, statement: ReturnType<typeof cypher>, parameters: Record<string, unknown>, expected: number) {
  const [record] = await transaction.run(statement, parameters);
  const written = neo4jInteger.parse(record?.get('written') ?? 0);
  if (written !== expected) {
    throw new Error(
      `${statement.name} wrote ${written} of ${expected} rows: a referenced entity or source is missing, ` +
        'or was merged into another while the batch was written (run the import again: it follows merged keys)',
    );
  }
}

function entityParameters(entity: EntityRecord) {
  return { ...entity, label: KIND_LABELS[entity.kind], date: calendarDate(entity.date) };
}

export function sourceParameters({ publishedAt, ...source }: SourceRecord) {
  return { ...source, publishedAt: calendarDate(publishedAt?.date ?? null), publishedAtPrecision: publishedAt?.precision ?? null };
}

/** A relation as the upsert takes it: keys for the edges, the rest as properties (dates as Neo4j dates). */
export function relationParameters({ evidence, ...relation }: RelationRecord & { evidence: EvidenceRecord[] }) {
  const { id, subject, object, context, validFrom, validTo, type, confidence, ...qualifiers } = relation;
  return {
    id,
    subject,
    object,
    context,
    evidence: evidence.map(evidenceParameters),
    properties: {
      type,
      confidence,
      validFrom: calendarDate(validFrom?.date ?? null),
      validFromPrecision: validFrom?.precision ?? null,
      validTo: calendarDate(validTo?.date ?? null),
      validToPrecision: validTo?.precision ?? null,
      ...storedQualifiers(qualifiers),
    },
  };
}

export function evidenceParameters(evidence: EvidenceRecord) {
  return {
    source: evidence.source,
    quote: evidence.quote,
    start: integerOrNull(evidence.start),
    end: integerOrNull(evidence.end),
    confidence: evidence.confidence,
  };
}

/**
 * A relation's qualifiers as node properties: every qualifier written, null when absent (so one
 * removed from the data is removed from the graph), counts as Neo4j integers.
 */
function storedQualifiers(qualifiers: QualifierValues): Record<string, unknown> {
  return Object.fromEntries(
    QUALIFIERS.map((name) => {
      const value = qualifiers[name];
      if (value === undefined) return [name, null];
      return [name, QUALIFIER_KINDS[name] === 'count' ? neo4j.int(value as number) : value];
    }),
  );
}
