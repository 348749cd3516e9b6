import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { z } from 'zod';
import { KIND_LABELS, type EntityRecord } from '../model/entity.js';
import type { RecordSet } from '../model/record-set.js';
import { QUALIFIER_KINDS, QUALIFIERS, type EvidenceRecord, type QualifierValues, type RelationRecord, type SourceRecord } from '../model/relation.js';
import { isGoneNode, type GraphDatabase, type StatementRunner } from '../neo4j/database.js';
import { cypher, cypherFile } from '../neo4j/statement.js';
import { readExisting, type ExistingKeys, type ExistingRecords } from './existing-records.js';
import { calendarDate, integerOrNull, neo4jInteger } from './neo4j-values.js';

const UPSERT_ENTITIES = cypherFile('ingest.upsertEntities', 'upsert-entities.cypher');

/**
 * Gives entities identifiers; the import and the curation mutations write them with this one
 * statement. Identifiers are added, never removed: records of one entity from several registers join
 * up. Each is locked once merged, so of two writers giving it to different entities the second sees
 * the first's holder (cypher/migrations/005_identifiers.cypher); every identifier held by another
 * entity key is returned, and the caller refuses the whole write; so is how many it added.
 */
export const ADD_IDENTIFIERS = cypher(
  'identifiers.add',
  `UNWIND $rows AS row
   MATCH (entity:Entity {key: row.key})
   UNWIND row.identifiers AS given
   WITH entity, given ORDER BY given.scheme, given.value
   MERGE (identifier:Identifier {scheme: given.scheme, value: given.value})
   SET identifier._lock = true REMOVE identifier._lock
   // Held already through a key merged into this entity: it names this entity, and stays with that key.
   WITH entity, identifier WHERE NOT EXISTS { (identifier)<-[:IDENTIFIED_BY]-(:EntityRedirect)-[:REDIRECTS_TO]->(entity) }
   // _added marks, for this statement only, an edge it created: what the import's summary counts.
   MERGE (entity)-[held:IDENTIFIED_BY]->(identifier)
     ON CREATE SET held.since = datetime.realtime(), held.by = $actor, held._added = true
   WITH entity, identifier, held, held._added IS NOT NULL AS added
   REMOVE held._added
   WITH entity, identifier, added,
        COLLECT { MATCH (identifier)<-[:IDENTIFIED_BY]-(holder:EntityKey) WHERE holder <> entity
                  RETURN coalesce([(holder)-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], holder.key) } AS others
   WITH count(CASE WHEN added THEN 1 END) AS added,
        collect(CASE WHEN size(others) > 0 THEN {scheme: identifier.scheme, value: identifier.value, key: entity.key, heldBy: others[0]} END) AS taken
   RETURN added, taken[0..10] AS taken`,
);
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
   CREATE (entity)-[:DESCRIBED_BY {property: row.property, quote: row.quote, start: row.start, end: row.end, locator: row.locator,
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

  /** Writes the records in one transaction; answers what the write changed (the last try's, when the driver retried). */
  async write(records: Partial<RecordSet>, actor: string, name = 'ingest.write'): Promise<WriteTally> {
    try {
      return await this.database.writeTransaction(name, (transaction) => writeRecords(transaction, records, actor));
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

/** Of the rows written of one kind: how many created a record, changed one, or left it as it was. */
export interface Changes {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * What one write changed, as the statements report it (not what it sent). Entity evidence is replaced
 * in two steps that an import runs in different transactions (the entity upsert removes it, the
 * relations' batch writes it again), so it is given as content fingerprints for the caller to compare.
 */
export interface WriteTally {
  entities: Changes;
  sources: Changes;
  relations: Changes;
  /** Relation evidence: pieces written, of them those the relation had already, and pieces it no longer has. */
  relationEvidence: { written: number; unchanged: number; removed: number };
  /** Identifiers given, and those given to an entity that did not hold them yet. */
  identifiers: { given: number; added: number };
  entityEvidence: { removed: string[]; written: string[] };
}

export function emptyTally(): WriteTally {
  const none = () => ({ created: 0, updated: 0, unchanged: 0 });
  return {
    entities: none(),
    sources: none(),
    relations: none(),
    relationEvidence: { written: 0, unchanged: 0, removed: 0 },
    identifiers: { given: 0, added: 0 },
    entityEvidence: { removed: [], written: [] },
  };
}

/** Runs the upserts inside a transaction the caller owns; a fresh tally each time, so a retried transaction counts once. */
export async function writeRecords(transaction: StatementRunner, records: Partial<RecordSet>, actor: string): Promise<WriteTally> {
  const { entities = [], sources = [], relations = [], entityEvidence = [], identifierAdditions = [] } = records;
  const tally = emptyTally();
  if (entities.length > 0) {
    const record = await expectWritten(transaction, UPSERT_ENTITIES, { entities: entities.map(entityParameters), kindLabels: Object.values(KIND_LABELS), actor }, entities.length);
    tally.entities = changesOf(record, entities.length);
    tally.entityEvidence.removed = removedEntityEvidence.parse(record.get('evidenceRemoved')).flatMap(({ entity, evidence }) =>
      evidence.map((item) => entityEvidenceFingerprint(entity, item)),
    );
    await addCountedIdentifiers(transaction, entities, actor, tally);
  }
  if (sources.length > 0) {
    const record = await expectWritten(transaction, UPSERT_SOURCES, { sources: sources.map(sourceParameters), actor }, sources.length);
    tally.sources = changesOf(record, sources.length);
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
    tally.relations = changesOf(record!, relations.length);
    tally.relationEvidence = {
      written: evidence,
      unchanged: neo4jInteger.parse(record!.get('evidenceUnchanged')),
      removed: neo4jInteger.parse(record!.get('evidenceRemoved')),
    };
  }
  if (identifierAdditions.length > 0) await addCountedIdentifiers(transaction, identifierAdditions, actor, tally);
  if (entityEvidence.length > 0) {
    const rows = entityEvidence.map(({ entity, property, ...evidence }) => ({ entity, property, ...evidenceParameters(evidence) }));
    await expectWritten(transaction, LINK_ENTITY_EVIDENCE, { evidence: rows }, rows.length);
    tally.entityEvidence.written = rows.map(({ entity, ...item }) => entityEvidenceFingerprint(entity, item));
  }
  return tally;
}

/** Writes the identifiers given with `entities`; returns those other entity keys hold (and then the caller must not commit). */
export async function addIdentifiers(transaction: StatementRunner, entities: readonly Pick<EntityRecord, 'key' | 'identifiers'>[], actor: string) {
  return (await addIdentifiersCounting(transaction, entities, actor)).taken;
}

async function addIdentifiersCounting(transaction: StatementRunner, entities: readonly Pick<EntityRecord, 'key' | 'identifiers'>[], actor: string) {
  const rows = entities.filter((entity) => (entity.identifiers ?? []).length > 0).map((entity) => ({ key: entity.key, identifiers: entity.identifiers }));
  const given = rows.reduce((sum, row) => sum + (row.identifiers?.length ?? 0), 0);
  if (rows.length === 0) return { taken: [], given, added: 0 };
  const [record] = await transaction.run(ADD_IDENTIFIERS, { rows, actor });
  return { taken: identifierConflicts.parse(record?.get('taken') ?? []), given, added: neo4jInteger.parse(record?.get('added') ?? 0) };
}

async function addCountedIdentifiers(transaction: StatementRunner, entities: readonly Pick<EntityRecord, 'key' | 'identifiers'>[], actor: string, tally: WriteTally) {
  const { taken, given, added } = await addIdentifiersCounting(transaction, entities, actor);
  if (taken.length > 0) throw new IdentifierTakenError(taken);
  tally.identifiers.given += given;
  tally.identifiers.added += added;
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
  return record!;
}

function changesOf(record: Neo4jRecord, rows: number): Changes {
  const created = neo4jInteger.parse(record.get('created'));
  const updated = neo4jInteger.parse(record.get('updated'));
  return { created, updated, unchanged: rows - created - updated };
}

const removedEntityEvidence = z.array(z.object({ entity: z.string(), evidence: z.array(z.record(z.string(), z.unknown())) }));

/** A piece of entity evidence by its content, the same whether read from the graph or about to be written. */
function entityEvidenceFingerprint(entity: string, item: Record<string, unknown>): string {
  const value = (name: string) => {
    const given = item[name];
    return neo4j.isInt(given) ? given.toNumber() : (given ?? null);
  };
  return JSON.stringify([entity, ...['property', 'source', 'quote', 'start', 'end', 'locator', 'confidence'].map(value)]);
}

function entityParameters(entity: EntityRecord) {
  const { identifiers: _identifiers, ...properties } = entity;
  return { ...properties, label: KIND_LABELS[entity.kind], date: calendarDate(entity.date) };
}

const identifierConflicts = z.array(z.object({ scheme: z.string(), value: z.string(), key: z.string(), heldBy: z.string() }));

/**
 * A write gave an entity an identifier another entity key holds (one identifier names one entity):
 * nothing of the batch is written. The import checks this before it writes; this is the refusal when
 * another writer took the identifier in between.
 */
export class IdentifierTakenError extends Error {
  constructor(readonly conflicts: z.infer<typeof identifierConflicts>) {
    super(
      `${conflicts.map(({ scheme, value, key, heldBy }) => `${scheme} ${value} (given to '${key}') already names '${heldBy}'`).join('; ')}: ` +
        'one identifier names one entity, so nothing of this batch was written',
    );
    this.name = 'IdentifierTakenError';
  }
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
    locator: evidence.locator,
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
