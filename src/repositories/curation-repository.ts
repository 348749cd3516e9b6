import { z } from 'zod';
import type { EntityRecord } from '../model/entity.js';
import type { EntityEntry, EvidenceEntry, RelationEntry } from '../model/fields.js';
import type { EvidenceRecord, SourceRecord } from '../model/relation.js';
import { entityProblems, relationProblems, resolveEvidence, toEntityRecord, toRelationRecord, type FieldProblem } from '../model/rules.js';
import type { GraphDatabase, StatementRunner } from '../neo4j/database.js';
import { cypher, cypherFile } from '../neo4j/statement.js';
import { readExisting, type ExistingKeys, type ExistingRecords } from './existing-records.js';
import { calendarDate } from './neo4j-values.js';
import { evidenceRow } from './relation-rows.js';
import { ENTITY_PROJECTION, entityRow } from './entity-rows.js';
import { evidenceParameters, writeRecords } from './ingest-repository.js';

const UPDATE_ENTITY = cypher(
  'curation.updateEntity',
  `MATCH (entity:Entity {key: $key})
   WITH entity, properties(entity) AS before
   SET entity.name = $name, entity.aliases = $aliases, entity.description = $description,
       entity.subKind = $subKind, entity.date = $date
   WITH entity, before <> properties(entity) AS changed
   SET entity.updatedAt = CASE WHEN changed THEN datetime() ELSE entity.updatedAt END,
       entity.updatedBy = CASE WHEN changed THEN $actor ELSE entity.updatedBy END
   RETURN entity.key AS key`,
);

const CURRENT_ENTITY = cypher('curation.currentEntity', `MATCH (entity:Entity {key: $key}) RETURN ${ENTITY_PROJECTION} AS entity`);

const MERGE_ENTITIES = cypherFile('curation.mergeEntities', 'merge-entities.cypher');

/** The ids a generated relation id could collide with: the base itself and its numbered variants. */
const TAKEN_IDS = cypher(
  'curation.takenRelationIds',
  `MATCH (relation:Relation) WHERE relation.id = $base OR relation.id STARTS WITH $base + '-'
   RETURN collect(relation.id) AS ids`,
);

/** A live relation stating the same fact: same type, ends, context and validity. */
const SAME_FACT = cypher(
  'curation.sameFact',
  `MATCH (:Entity {key: $subject})-[:SUBJECT_OF]->(relation:Relation {type: $type})-[:OBJECT]->(:Entity {key: $object})
   WHERE relation.retractedAt IS NULL
     AND coalesce(relation.validFrom = $validFrom, relation.validFrom IS NULL AND $validFrom IS NULL)
     AND coalesce(relation.validTo = $validTo, relation.validTo IS NULL AND $validTo IS NULL)
     AND coalesce([(relation)-[:IN_CONTEXT]->(context:Entity) | context.key][0] = $context,
                  NOT EXISTS { (relation)-[:IN_CONTEXT]->() } AND $context IS NULL)
   RETURN relation.id AS id LIMIT 1`,
);

const RELATION_STATE = cypher(
  'curation.relationState',
  `MATCH (relation:Relation {id: $id})
   RETURN relation.retractedAt IS NOT NULL AS retracted,
          COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                    RETURN {source: source.key, quote: support.quote, start: support.start} } AS cited`,
);

const ADD_EVIDENCE = cypher(
  'curation.addEvidence',
  `MATCH (relation:Relation {id: $id})
   CALL (relation) {
     UNWIND $evidence AS evidence
     MATCH (source:Source {key: evidence.source})
     CREATE (relation)-[:SUPPORTED_BY {quote: evidence.quote, start: evidence.start, end: evidence.end,
                                       confidence: evidence.confidence}]->(source)
   }
   SET relation.updatedAt = datetime(), relation.updatedBy = $actor`,
);

/** A write either happened or was refused; refusals name each field at fault, and nothing was written. */
export type Curated<T> = { ok: T } | { problems: FieldProblem[] };

export type EntityChanges = Partial<Pick<EntityRecord, 'name' | 'aliases' | 'description' | 'subKind' | 'date'>>;

/**
 * The curation mutations' writes. Each runs in one managed write transaction that first reads what
 * it depends on (kinds, texts, existing keys), checks the model's rules against it (src/model/rules.ts)
 * and writes only when nothing is wrong; a refusal leaves the graph untouched. The driver may run a
 * callback again on a transient failure, so each reads afresh and decides again.
 */
export class CurationRepository {
  constructor(private readonly database: GraphDatabase) {}

  createEntity(entry: EntityEntry, actor: string): Promise<Curated<string>> {
    return this.curate<string>('curation.createEntity', async (transaction, existing) => {
      const taken = (await existing({ entities: [entry.key] })).entities.get(entry.key);
      const problems = entityProblems(entry);
      if (taken) problems.unshift(['key', takenKeyMessage(entry.key, taken.mergedInto)]);
      if (problems.length > 0) return { problems };
      await writeRecords(transaction, { entities: [toEntityRecord(entry)] }, actor);
      return { ok: entry.key };
    });
  }

  /** Changes only the fields given; a merged key updates its survivor. The kind never changes. */
  updateEntity(key: string, changes: EntityChanges, actor: string): Promise<Curated<string>> {
    return this.curate<string>('curation.updateEntity', async (transaction, existing) => {
      const found = (await existing({ entities: [key] })).entities.get(key);
      if (!found) return { problems: [['key', `names no entity: "${key}"`]] };
      const [record] = await transaction.run(CURRENT_ENTITY, { key: found.mergedInto ?? key });
      const { audit: _audit, ...entity } = entityRow.parse(record!.get('entity'));
      const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const updated: EntityRecord = { ...entity, ...given };
      const problems = entityProblems({ kind: updated.kind, subKind: updated.subKind ?? undefined, date: updated.date ?? undefined });
      if (problems.length > 0) return { problems };
      await transaction.run(UPDATE_ENTITY, { ...updated, date: calendarDate(updated.date), actor });
      return { ok: entity.key };
    });
  }

  mergeEntities(survivor: string, absorbed: string, actor: string): Promise<Curated<string>> {
    return this.curate<string>('curation.mergeEntities', async (transaction, existing) => {
      const found = (await existing({ entities: [survivor, absorbed] })).entities;
      const kept = found.get(survivor);
      const gone = found.get(absorbed);
      const problems: FieldProblem[] = [];
      if (!kept) problems.push(['survivor', `names no entity: "${survivor}"`]);
      else if (kept.mergedInto) problems.push(['survivor', `"${survivor}" was itself merged into "${kept.mergedInto}"; name that entity`]);
      if (!gone) problems.push(['absorbed', `names no entity: "${absorbed}"`]);
      else if (gone.mergedInto) problems.push(['absorbed', `"${absorbed}" was already merged into "${gone.mergedInto}"`]);
      if (survivor === absorbed) problems.push(['absorbed', 'an entity cannot be merged into itself']);
      if (kept && gone && kept.kind !== gone.kind) {
        problems.push(['absorbed', `"${absorbed}" is ${gone.kind} and "${survivor}" is ${kept.kind}: only entities of one kind can be merged`]);
      }
      if (problems.length > 0) return { problems };
      await transaction.run(MERGE_ENTITIES, { survivor, absorbed, actor });
      return { ok: survivor };
    });
  }

  addSource(source: SourceRecord, actor: string): Promise<Curated<string>> {
    return this.curate<string>('curation.addSource', async (transaction, existing) => {
      if ((await existing({ sources: [source.key] })).sources.has(source.key)) {
        return { problems: [['key', `a source with key "${source.key}" already exists`]] };
      }
      await writeRecords(transaction, { sources: [source] }, actor);
      return { ok: source.key };
    });
  }

  /**
   * A new relation with its evidence. Keys of merged entities are followed to their survivor. Without
   * an id, one is made from subject, type and object, numbered when taken.
   */
  assertRelation(entry: Omit<RelationEntry, 'id'> & { id?: string }, actor: string): Promise<Curated<string>> {
    return this.curate<string>('curation.assertRelation', async (transaction, existing) => {
      const ends = [entry.subject, entry.object, ...(entry.context ? [entry.context] : [])];
      const found = await existing({ entities: ends, sources: entry.evidence.map((e) => e.source), relations: entry.id ? [entry.id] : [] });
      const survivorOf = (key: string) => found.entities.get(key)?.mergedInto ?? key;
      const resolved = { ...entry, subject: survivorOf(entry.subject), object: survivorOf(entry.object), context: entry.context && survivorOf(entry.context) };
      const problems = relationProblems({ ...resolved, id: entry.id ?? '' }, (key) => kindOf(found, key));
      const evidence = evidenceOrProblems(entry.evidence, found, problems);
      if (entry.id && found.relations.has(entry.id)) problems.unshift(['id', `a relation with id "${entry.id}" already exists`]);
      if (problems.length > 0) return { problems };
      const [same] = await transaction.run(SAME_FACT, {
        type: resolved.type,
        subject: resolved.subject,
        object: resolved.object,
        context: resolved.context ?? null,
        validFrom: calendarDate(resolved.validFrom?.date ?? null),
        validTo: calendarDate(resolved.validTo?.date ?? null),
      });
      if (same) {
        const id = same.get('id') as string;
        return { problems: [['', `the same fact is already recorded as relation "${id}": add your evidence to it with addEvidence`]] };
      }
      const id = entry.id ?? (await this.freeRelationId(transaction, `${resolved.subject}-${resolved.type}-${resolved.object}`));
      await writeRecords(transaction, { relations: [{ ...toRelationRecord({ ...resolved, id }), evidence }] }, actor);
      return { ok: id };
    });
  }

  /** More evidence for a relation already recorded, such as a second source stating the same fact. */
  addEvidence(id: string, entries: EvidenceEntry[], actor: string): Promise<Curated<string>> {
    return this.curate<string>('curation.addEvidence', async (transaction, existing) => {
      const [state] = await transaction.run(RELATION_STATE, { id });
      if (!state) return { problems: [['relation', `names no relation: "${id}"`]] };
      if (state.get('retracted') === true) return { problems: [['relation', `"${id}" is retracted; assert the fact anew instead`]] };
      const problems: FieldProblem[] = [];
      const found = await existing({ sources: entries.map((e) => e.source) });
      const evidence = evidenceOrProblems(entries, found, problems);
      const cited = new Set(citedRows.parse(state.get('cited')).map(citation));
      for (const [at, item] of evidence.entries()) {
        if (cited.has(citation(item))) {
          problems.push([`evidence[${at}]`, `relation "${id}" already cites this quote of "${item.source}"`]);
        }
      }
      if (problems.length > 0) return { problems };
      await transaction.run(ADD_EVIDENCE, { id, evidence: evidence.map(evidenceParameters), actor });
      return { ok: id };
    });
  }

  private async freeRelationId(transaction: StatementRunner, wanted: string): Promise<string> {
    const base = wanted.toLowerCase().replaceAll('_', '-').slice(0, 190);
    const [record] = await transaction.run(TAKEN_IDS, { base });
    const taken = new Set(record!.get('ids') as string[]);
    if (!taken.has(base)) return base;
    let number = 2;
    while (taken.has(`${base}-${number}`)) number += 1;
    return `${base}-${number}`;
  }

  private curate<T>(
    name: string,
    work: (transaction: StatementRunner, existing: (keys: Partial<ExistingKeys>) => Promise<ExistingRecords>) => Promise<Curated<T>>,
  ): Promise<Curated<T>> {
    return this.database.writeTransaction(name, async (transaction) => {
      const outcome = await work(transaction, (keys) => readExisting((statement, parameters) => transaction.run(statement, parameters), keys));
      // A refusal must write nothing: end the transaction by failing it, and hand the problems back.
      if ('problems' in outcome) throw new Refused(outcome.problems);
      return outcome;
    }).catch((error: unknown) => {
      if (error instanceof Refused) return { problems: error.problems };
      throw error;
    });
  }
}

class Refused extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super('refused');
  }
}

function kindOf(found: ExistingRecords, key: string) {
  return found.entities.get(key)?.kind;
}

function evidenceOrProblems(entries: EvidenceEntry[], found: ExistingRecords, problems: FieldProblem[]): EvidenceRecord[] {
  const evidence: EvidenceRecord[] = [];
  for (const [at, entry] of entries.entries()) {
    const resolved = resolveEvidence(entry, (key) => (found.sources.has(key) ? found.sources.get(key) : undefined));
    if ('evidence' in resolved) evidence.push(resolved.evidence);
    else problems.push([`evidence[${at}].${resolved.problem[0]}`, resolved.problem[1]]);
  }
  return evidence;
}

const citedRows = z.array(evidenceRow.pick({ source: true, quote: true, start: true }));

/** What makes two pieces of evidence the same citation: the source, and where and what it quotes. */
function citation(evidence: Pick<EvidenceRecord, 'source' | 'quote' | 'start'>): string {
  return JSON.stringify([evidence.source, evidence.start, evidence.quote]);
}

function takenKeyMessage(key: string, mergedInto: string | null): string {
  return mergedInto
    ? `"${key}" was merged into "${mergedInto}" and still points there; choose another key`
    : `an entity with key "${key}" already exists`;
}
