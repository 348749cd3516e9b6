import { z } from 'zod';
import type { FieldProblem } from '../model/rules.js';
import { describeIdentifier, KIND_LABELS, type EntityKind, type EntityRecord, type Identifier, type StoredEntity } from '../model/entity.js';
import { QUALIFIERS, type EvidenceRecord, type RelationRecord, type SourceRecord, type StoredRelation } from '../model/relation.js';
import type { StatementRunner } from '../neo4j/database.js';
import { cypher, cypherFile } from '../neo4j/statement.js';
import { ENTITY_PROJECTION, entityKindRow, readEntity } from '../repositories/entity-rows.js';
import { relationProjection } from '../repositories/relation-cypher.js';
import { addIdentifiers, evidenceParameters, relationParameters, sourceParameters } from '../repositories/ingest-repository.js';
import { calendarDate, neo4jInteger } from '../repositories/neo4j-values.js';
import { readRelation } from '../repositories/relation-rows.js';

/*
 * Neo4j reads take no locks (read committed), so a mutation that reads, decides and then writes
 * must first lock what its decision depends on. Cypher has no lock statement; writing a property
 * takes the node's write lock, held until the transaction ends, so `SET x._lock = true REMOVE
 * x._lock` locks a node and leaves it as it was. Nodes are locked in one order (entities by key,
 * then sources by key, then the relation), so two mutations cannot wait on each other in a cycle.
 * An entity merged away while we waited for its lock is gone when we get it: lockEntities resolves
 * its key again, through the redirect the merge left.
 * Audit times are `datetime.realtime()`, read after the locks: the transaction clock would be the
 * moment the transaction began, before it waited, and could fall before the write it waited for.
 */

/**
 * Resolves keys (a merged key to its survivor), locks the entities they name in key order, then
 * resolves again: `held` is false where the key now names another entity (the one locked was merged
 * away while we waited), and the caller resolves again, keeping the locks it has.
 */
const LOCK_ENTITIES = cypher(
  'curation.lockEntities',
  `UNWIND $keys AS requested
   OPTIONAL MATCH (direct:Entity {key: requested})
   OPTIONAL MATCH (:EntityRedirect {key: requested})-[:REDIRECTS_TO]->(survivor:Entity)
   WITH requested, coalesce(direct, survivor) AS entity
   ORDER BY entity.key
   CALL (entity) {
     WITH entity WHERE entity IS NOT NULL
     SET entity._lock = true REMOVE entity._lock
   }
   WITH requested, entity
   OPTIONAL MATCH (direct:Entity {key: requested})
   OPTIONAL MATCH (:EntityRedirect {key: requested})-[:REDIRECTS_TO]->(survivor:Entity)
   WITH requested, entity, coalesce(direct, survivor) AS current, direct IS NULL AND survivor IS NOT NULL AS merged
   RETURN requested, coalesce(current = entity, current IS NULL AND entity IS NULL) AS held,
          current.key AS key, labels(current) AS labels, merged`,
);

const LOCK_SOURCES = cypher(
  'curation.lockSources',
  `UNWIND $keys AS requested
   MATCH (source:Source {key: requested})
   WITH source ORDER BY source.key
   SET source._lock = true REMOVE source._lock
   RETURN source.key AS key, source.text AS text`,
);

const LOCK_RELATION = cypher(
  'curation.lockRelation',
  `MATCH (relation:Relation {id: $id})
   SET relation._lock = true REMOVE relation._lock
   RETURN relation.id AS id, toString(relation.retractedAt) AS retractedAt,
          COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                    RETURN {source: source.key, quote: support.quote, start: support.start} } AS cited`,
);

const CURRENT_ENTITY = cypher('curation.currentEntity', `MATCH (entity:Entity {key: $key}) RETURN ${ENTITY_PROJECTION} AS entity`);

/** A relation as the mutation that wrote it sees it, before commit and under its locks. */
const CURRENT_RELATIONS = cypher(
  'curation.currentRelations',
  `UNWIND $ids AS id
   MATCH (relation:Relation {id: id})
   RETURN ${relationProjection('relation')} AS relation`,
);

/** A new entity. CREATE, not MERGE: the unique key constraints refuse a key already taken. */
const CREATE_ENTITY = cypher(
  'curation.createEntity',
  `CREATE (entity:Entity:EntityKey {key: $key})
   SET entity:$($label),
       entity.name = $name, entity.aliases = $aliases, entity.description = $description,
       entity.subKind = $subKind, entity.date = $date,
       entity.createdAt = datetime.realtime(), entity.createdBy = $actor
   SET entity.updatedAt = entity.createdAt, entity.updatedBy = $actor`,
);

/** A change keeps the state it replaces as an EntityVersion, so answers known at an earlier moment read it (history-cypher.ts). */
const UPDATE_ENTITY = cypher(
  'curation.updateEntity',
  `MATCH (entity:Entity {key: $key})
   WITH entity, properties(entity) AS before, labels(entity) AS labelsBefore
   SET entity.name = $name, entity.aliases = $aliases, entity.description = $description,
       entity.subKind = $subKind, entity.date = $date
   WITH entity, before, labelsBefore WHERE before <> properties(entity)
   WITH entity, before, labelsBefore, datetime.realtime() AS now
   CREATE (entity)-[:HAD_VERSION]->(version:EntityVersion)
   SET version = before, version.formerLabels = labelsBefore, version.until = now
   SET entity.updatedAt = now, entity.updatedBy = $actor`,
);

const MERGE_ENTITIES = cypherFile('curation.mergeEntities', 'merge-entities.cypher');

/**
 * Locks every relation the absorbed entity takes part in, in id order, before the merge reads or
 * writes them: so a retraction or new evidence that commits while the merge waits is seen by it,
 * and the merge's times come after theirs.
 */
const LOCK_RELATIONS_OF = cypher(
  'curation.lockRelationsOf',
  `MATCH (entity:Entity {key: $key})
   MATCH (entity)-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(relation:Relation)
   WITH DISTINCT relation ORDER BY relation.id
   SET relation._lock = true REMOVE relation._lock
   RETURN count(relation) AS locked`,
);

const CREATE_SOURCE = cypher(
  'curation.createSource',
  `CREATE (source:Source {key: $key})
   SET source.kind = $kind, source.title = $title, source.url = $url, source.publisher = $publisher,
       source.publishedAt = $publishedAt, source.publishedAtPrecision = $publishedAtPrecision, source.text = $text,
       source.createdAt = datetime.realtime(), source.createdBy = $actor
   SET source.updatedAt = source.createdAt, source.updatedBy = $actor`,
);

/** The ids a generated relation id could collide with: the base itself and its numbered variants. */
const TAKEN_IDS = cypher(
  'curation.takenRelationIds',
  `MATCH (relation:Relation) WHERE relation.id = $base OR relation.id STARTS WITH $base + '-'
   RETURN collect(relation.id) AS ids`,
);

/**
 * A live relation stating the same fact: the same type, ends and dates (at the same precision), a
 * context and qualifiers that agree wherever both give one, and one of the two giving no qualifier
 * the other lacks (a report that names no party, or no share, states the same result as one that
 * does; two that give different shares disagree, and a turnout and a vote count are two facts:
 * both are kept). Candidates are locked, then read again, so one retracted while we waited no
 * longer counts.
 */
const SAME_FACT = cypher(
  'curation.sameFact',
  `MATCH (:Entity {key: $subject})-[:SUBJECT_OF]->(relation:Relation {type: $type})-[:OBJECT]->(:Entity {key: $object})
   WHERE relation.retractedAt IS NULL
     AND coalesce(relation.validFrom = $validFrom AND coalesce(relation.validFromPrecision, 'DAY') = $validFromPrecision,
                  relation.validFrom IS NULL AND $validFrom IS NULL)
     AND coalesce(relation.validTo = $validTo AND coalesce(relation.validToPrecision, 'DAY') = $validToPrecision,
                  relation.validTo IS NULL AND $validTo IS NULL)
     AND ($context IS NULL OR NOT EXISTS { (relation)-[:IN_CONTEXT]->() }
          OR EXISTS { (relation)-[:IN_CONTEXT]->(:Entity {key: $context}) })
     AND all(name IN keys($qualifiers) WHERE relation[name] IS NULL OR relation[name] = $qualifiers[name])
     // One states no more than the other: a turnout and a vote count are two facts about one vote.
     AND (all(name IN keys($qualifiers) WHERE relation[name] IS NOT NULL)
          OR all(name IN $compared WHERE relation[name] IS NULL OR name IN keys($qualifiers)))
   WITH relation ORDER BY relation.id
   SET relation._lock = true REMOVE relation._lock
   WITH relation WHERE relation.retractedAt IS NULL
   RETURN relation.id AS id LIMIT 1`,
);

/** A new relation with its ends and evidence, in one statement. CREATE: the id constraint refuses a taken id. */
const CREATE_RELATION = cypher(
  'curation.createRelation',
  `MATCH (subject:Entity {key: $subject})
   MATCH (object:Entity {key: $object})
   OPTIONAL MATCH (context:Entity {key: $context})
   CREATE (subject)-[:SUBJECT_OF]->(relation:Relation {id: $id})-[:OBJECT]->(object)
   SET relation += $properties, relation.createdAt = datetime.realtime(), relation.createdBy = $actor
   SET relation.updatedAt = relation.createdAt, relation.updatedBy = $actor
   FOREACH (_ IN CASE WHEN context IS NULL THEN [] ELSE [1] END | CREATE (relation)-[:IN_CONTEXT]->(context))
   WITH relation
   CALL (relation) {
     UNWIND $evidence AS evidence
     MATCH (source:Source {key: evidence.source})
     CREATE (relation)-[:SUPPORTED_BY {quote: evidence.quote, start: evidence.start, end: evidence.end,
                                       confidence: evidence.confidence, locator: evidence.locator}]->(source)
   }
   RETURN COUNT { (relation)-[:SUPPORTED_BY]->() } AS evidence`,
);

/** Evidence added after a relation was recorded says when and by whom, so it can be told from the original. */
const ADD_EVIDENCE = cypher(
  'curation.addEvidence',
  `MATCH (relation:Relation {id: $id})
   WITH relation, datetime.realtime() AS now
   CALL (relation, now) {
     UNWIND $evidence AS evidence
     MATCH (source:Source {key: evidence.source})
     CREATE (relation)-[:SUPPORTED_BY {quote: evidence.quote, start: evidence.start, end: evidence.end,
                                       confidence: evidence.confidence, locator: evidence.locator, addedAt: now, addedBy: $actor}]->(source)
   }
   SET relation.updatedAt = now, relation.updatedBy = $actor`,
);

const RETRACT = cypher(
  'curation.retractRelation',
  `MATCH (relation:Relation {id: $id})
   SET relation.retractedAt = datetime.realtime(), relation.retractedReason = $reason, relation.retractedBy = $actor`,
);

const lockedEntityRow = z.object({
  requested: z.string(),
  held: z.boolean(),
  key: z.string().nullable(),
  labels: z.array(z.string()).nullable(),
  merged: z.boolean(),
});
const lockedSourceRow = z.object({ key: z.string(), text: z.string().nullable() });
const lockedRelationRow = z.object({
  id: z.string().nullable(),
  retractedAt: z.string().nullable(),
  cited: z.array(z.object({ source: z.string(), quote: z.string().nullable(), start: neo4jInteger.nullable() })),
});

/** An entity a mutation holds the lock on; `mergedInto` is set when the key asked for was a merged one. */
export interface LockedEntity {
  key: string;
  kind: EntityKind;
  mergedInto: string | null;
}

export interface LockedRelation {
  retractedAt: string | null;
  cited: Pick<EvidenceRecord, 'source' | 'quote' | 'start'>[];
}

/** Rounds of resolving again when an entity vanished (was merged away) while we waited for its lock. */
const RESOLVE_ROUNDS = 20;

/**
 * The Cypher of the curation mutations, over one write transaction: locks, the reads a decision
 * needs once the locks are held, and the writes. The rules live in the curation service.
 */
export class CurationStore {
  constructor(private readonly transaction: StatementRunner) {}

  /**
   * Locks the entities the keys name and answers what each key names now; a key naming nothing is
   * absent from the map. Merged keys resolve to their survivor.
   */
  async lockEntities(keys: string[]): Promise<Map<string, LockedEntity>> {
    for (let round = 1; ; round += 1) {
      const rows = (await this.transaction.run(LOCK_ENTITIES, { keys: [...new Set(keys)] })).map((record) => lockedEntityRow.parse(record.toObject()));
      // Locked one entity, names another now: merged away while we waited. Resolve again, holding what we hold.
      const vanished = rows.some((row) => !row.held);
      if (vanished && round < RESOLVE_ROUNDS) continue;
      if (vanished) throw new ConflictError(`the entities ${keys.map((key) => `"${key}"`).join(', ')} kept being merged while this request waited; try again`);
      const locked = new Map<string, LockedEntity>();
      for (const row of rows) {
        if (row.key === null) continue;
        const kind = entityKindRow.parse({ key: row.key, labels: row.labels ?? [] });
        locked.set(row.requested, { key: row.key, kind, mergedInto: row.merged ? row.key : null });
      }
      return locked;
    }
  }

  /** Locks the sources and answers each one's full text (null when none is stored); unknown keys are absent. */
  async lockSources(keys: string[]): Promise<Map<string, string | null>> {
    const records = await this.transaction.run(LOCK_SOURCES, { keys: [...new Set(keys)] });
    return new Map(records.map((record) => lockedSourceRow.parse(record.toObject())).map((row) => [row.key, row.text]));
  }

  /** Locks the relation and answers its retraction and the evidence it cites, or null when no relation has the id. */
  async lockRelation(id: string): Promise<LockedRelation | null> {
    const [record] = await this.transaction.run(LOCK_RELATION, { id });
    if (!record) return null;
    const row = lockedRelationRow.parse(record.toObject());
    return row.id === null ? null : { retractedAt: row.retractedAt, cited: row.cited };
  }

  /** The entity as this transaction sees it: what a mutation answers with, read under its locks. */
  async currentEntity(key: string): Promise<StoredEntity> {
    const [record] = await this.transaction.run(CURRENT_ENTITY, { key });
    return readEntity(record!.get('entity'));
  }

  /** The relations as this transaction sees them, in the order asked. */
  async currentRelations(ids: string[]): Promise<StoredRelation[]> {
    const records = await this.transaction.run(CURRENT_RELATIONS, { ids });
    return records.map((record) => readRelation(record.get('relation')));
  }

  async currentRelation(id: string): Promise<StoredRelation> {
    const [relation] = await this.currentRelations([id]);
    return relation!;
  }

  async createEntity(entity: EntityRecord, actor: string): Promise<void> {
    await this.transaction.run(CREATE_ENTITY, { ...entity, label: KIND_LABELS[entity.kind], date: calendarDate(entity.date), actor });
  }

  /** Adds identifiers to an entity; the problems, by the identifiers' place in the list, where other entities hold them. */
  async addIdentifiers(key: string, identifiers: readonly Identifier[], actor: string): Promise<FieldProblem[]> {
    const taken = await addIdentifiers(this.transaction, [{ key, identifiers }], actor);
    return taken.map((conflict): FieldProblem => {
      const at = identifiers.findIndex((identifier) => identifier.scheme === conflict.scheme && identifier.value === conflict.value);
      return [`identifiers[${at}]`, `${describeIdentifier(conflict)} already names "${conflict.heldBy}"; one identifier names one entity`];
    });
  }

  async updateEntity(entity: EntityRecord, actor: string): Promise<void> {
    await this.transaction.run(UPDATE_ENTITY, { ...entity, date: calendarDate(entity.date), actor });
  }

  /** Folds `absorbed` into `survivor`; answers the ids of the relations between the two, which it retracts. */
  async mergeEntities(survivor: string, absorbed: string, actor: string): Promise<string[]> {
    await this.transaction.run(LOCK_RELATIONS_OF, { key: absorbed });
    const [record] = await this.transaction.run(MERGE_ENTITIES, { survivor, absorbed, actor, kindLabels: Object.values(KIND_LABELS) });
    // Thrown inside the transaction, so the merge is undone rather than leaving a live edge on a redirect.
    const unmoved = neo4jInteger.parse(record!.get('unmoved'));
    if (unmoved > 0) throw new Error(`merging "${absorbed}" into "${survivor}" left ${unmoved} of its edges unmoved`);
    return z.array(z.string()).parse(record!.get('dropped'));
  }

  async createSource(source: SourceRecord, actor: string): Promise<void> {
    await this.transaction.run(CREATE_SOURCE, { ...sourceParameters(source), actor });
  }

  async sameFact(relation: RelationRecord): Promise<string | null> {
    const [record] = await this.transaction.run(SAME_FACT, {
      type: relation.type,
      subject: relation.subject,
      object: relation.object,
      context: relation.context,
      validFrom: calendarDate(relation.validFrom?.date ?? null),
      validTo: calendarDate(relation.validTo?.date ?? null),
      validFromPrecision: relation.validFrom?.precision ?? null,
      validToPrecision: relation.validTo?.precision ?? null,
      qualifiers: givenQualifiers(relation),
      compared: COMPARED_QUALIFIERS,
    });
    return record ? (record.get('id') as string) : null;
  }

  async takenRelationIds(base: string): Promise<Set<string>> {
    const [record] = await this.transaction.run(TAKEN_IDS, { base });
    return new Set(record!.get('ids') as string[]);
  }

  async createRelation(relation: RelationRecord, evidence: EvidenceRecord[], actor: string): Promise<void> {
    const [record] = await this.transaction.run(CREATE_RELATION, { ...relationParameters({ ...relation, evidence }), actor });
    // The ends and sources are locked, so each is there; a count short of the evidence given is a bug, not a race.
    if (neo4jInteger.parse(record?.get('evidence') ?? 0) !== evidence.length) throw new Error(`relation "${relation.id}" was written without all its evidence`);
  }

  async addEvidence(id: string, evidence: EvidenceRecord[], actor: string): Promise<void> {
    await this.transaction.run(ADD_EVIDENCE, { id, evidence: evidence.map(evidenceParameters), actor });
  }

  async retract(id: string, reason: string, actor: string): Promise<void> {
    await this.transaction.run(RETRACT, { id, reason, actor });
  }
}

/**
 * The qualifiers a relation gives that a same fact must agree with, as stored (counts as Neo4j
 * integers); names come from the vocabulary. A note is a remark about the fact, not part of it.
 */
function givenQualifiers(relation: RelationRecord): Record<string, unknown> {
  const stored = relationParameters({ ...relation, evidence: [] }).properties as Record<string, unknown>;
  const given = COMPARED_QUALIFIERS.filter((name) => stored[name] !== null && stored[name] !== undefined);
  return Object.fromEntries(given.map((name) => [name, stored[name]]));
}

const COMPARED_QUALIFIERS = QUALIFIERS.filter((name) => name !== 'note');

/** The graph changed under a request more often than it is worth waiting for: a named refusal, `CONFLICT`. */
export class ConflictError extends Error {}
