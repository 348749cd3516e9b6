import { Neo4jError } from 'neo4j-driver';
import type { EntityRecord, StoredEntity } from '../model/entity.js';
import type { EntityEntry, EvidenceEntry, RelationEntry, SalvagedRelation } from '../model/fields.js';
import type { EvidenceRecord, SourceRecord, StoredRelation } from '../model/relation.js';
import { entityProblems, relationProblems, resolveEvidence, toEntityRecord, toRelationRecord, type FieldProblem } from '../model/rules.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { ConflictError, CurationStore, type LockedEntity } from './store.js';

/**
 * A write either happened, and `ok` is the record as the write's own transaction left it (read
 * under its locks, so no concurrent write can tear it), or it was refused with nothing written:
 * `problems` names each field at fault (the input was wrong for the graph as it stands), `conflict`
 * says what kept changing under the request (try again).
 */
export type Curated<T> = { ok: T } | { problems: FieldProblem[] } | { conflict: string };

export type EntityChanges = Partial<Pick<EntityRecord, 'name' | 'aliases' | 'description' | 'subKind' | 'date' | 'identifiers'>>;

export interface Merged {
  survivor: StoredEntity;
  /** Relations between the two entities, retracted because they would relate the survivor to itself. */
  dropped: StoredRelation[];
}

/**
 * The curation mutations' rules. Each mutation is one managed write transaction that locks what its
 * decision depends on (CurationStore), reads it afresh, decides by the model's rules
 * (src/model/rules.ts), and writes only when nothing is wrong. So two curators at the same moment
 * are serialised where they touch the same records: the second sees the first's write, and either
 * builds on it or is refused by name. The driver retries the whole callback on deadlocks and other
 * transient errors; each callback reads everything again, so a retry decides anew.
 */
export class CurationService {
  constructor(private readonly database: GraphDatabase) {}

  /** A new entity. With `earlier` (problems its fields have, found before), the rest is still checked and all are refused together. */
  createEntity(entry: EntityEntry, actor: string, earlier: { problems: FieldProblem[]; faulty: Set<string> } | null = null): Promise<Curated<StoredEntity>> {
    return this.curate<StoredEntity>('curation.createEntity', { key: () => takenKeyMessage(entry.key) }, async (store) => {
      const atFault = (field: string) => earlier?.faulty.has(field) ?? false;
      const taken = atFault('key') ? undefined : (await store.lockEntities([entry.key])).get(entry.key);
      const problems = atFault('kind') ? [] : entityProblems(entry).filter(([field]) => !atFault(field));
      if (taken) problems.unshift(['key', taken.mergedInto ? mergedKeyMessage(entry.key, taken.mergedInto) : takenKeyMessage(entry.key)]);
      if (earlier) return { problems: [...earlier.problems, ...problems] };
      if (problems.length > 0) return { problems };
      await store.createEntity(toEntityRecord(entry), actor);
      const identifierProblems = await store.addIdentifiers(entry.key, entry.identifiers, actor);
      if (identifierProblems.length > 0) return { problems: identifierProblems };
      return { ok: await store.currentEntity(entry.key) };
    });
  }

  /** Changes only the fields given; a merged key updates its survivor. The kind never changes. */
  updateEntity(key: string, changes: EntityChanges, actor: string): Promise<Curated<StoredEntity>> {
    return this.curate<StoredEntity>('curation.updateEntity', {}, async (store) => {
      const found = (await store.lockEntities([key])).get(key);
      if (!found) return { problems: [['key', `names no entity: "${key}"`]] };
      const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const { audit: _audit, ...current } = await store.currentEntity(found.key);
      const updated: EntityRecord = { ...current, ...given };
      const problems = entityProblems({ kind: updated.kind, subKind: updated.subKind ?? undefined, date: updated.date ?? undefined });
      if (problems.length > 0) return { problems };
      await store.updateEntity(updated, actor);
      const identifierProblems = await store.addIdentifiers(found.key, changes.identifiers ?? [], actor);
      if (identifierProblems.length > 0) return { problems: identifierProblems };
      return { ok: await store.currentEntity(found.key) };
    });
  }

  /**
   * Folds `absorbed` into `survivor`. A survivor that was itself merged is followed to the entity it
   * now is; an absorbed key that was already merged is refused, since what it named is gone.
   */
  mergeEntities(survivor: string, absorbed: string, actor: string): Promise<Curated<Merged>> {
    return this.curate<Merged>('curation.mergeEntities', {}, async (store) => {
      const locked = await store.lockEntities([survivor, absorbed]);
      const problems = mergeProblems(survivor, absorbed, locked.get(survivor), locked.get(absorbed));
      if (problems.length > 0) return { problems };
      const kept = locked.get(survivor)!.key;
      const dropped = await store.mergeEntities(kept, absorbed, actor);
      return { ok: { survivor: await store.currentEntity(kept), dropped: await store.currentRelations(dropped) } };
    });
  }

  addSource(source: SourceRecord, actor: string): Promise<Curated<string>> {
    const taken = `a source with key "${source.key}" already exists`;
    return this.curate<string>('curation.addSource', { key: () => taken }, async (store) => {
      if ((await store.lockSources([source.key])).has(source.key)) return { problems: [['key', taken]] };
      await store.createSource(source, actor);
      return { ok: source.key };
    });
  }

  /**
   * A new relation with its evidence. Keys of merged entities are followed to their survivor. Without
   * an id, one is made from subject, type and object, numbered when taken. The same fact recorded
   * twice (SAME_FACT in store.ts says what counts as the same) is refused, naming the relation.
   * With `earlier` (problems the input's own fields have, found before), what can still be checked
   * against the graph is, and the refusal lists both: a curator fixes everything in one go.
   */
  assertRelation(
    entry: Omit<RelationEntry, 'id'> & { id?: string },
    actor: string,
    earlier: { problems: FieldProblem[]; salvaged: Omit<SalvagedRelation, 'entry'> } | null = null,
  ): Promise<Curated<StoredRelation>> {
    // A generated id taken at the same moment by a relation with other ends is a conflict (see curate), not the curator's.
    const taken: Record<string, () => string> = entry.id ? { id: () => `a relation with id "${entry.id}" already exists` } : {};
    return this.curate<StoredRelation>('curation.assertRelation', taken, async (store) => {
      const ends = await store.lockEntities([entry.subject, entry.object, ...(entry.context ? [entry.context] : [])]);
      const texts = await store.lockSources(entry.evidence.map((evidence) => evidence.source));
      const survivorOf = (key: string) => ends.get(key)?.key ?? key;
      const resolved = { ...entry, subject: survivorOf(entry.subject), object: survivorOf(entry.object), context: entry.context && survivorOf(entry.context) };
      const kindOf = (key: string) => [...ends.values()].find((entity) => entity.key === key)?.kind;
      const atFault = (field: string) => earlier?.salvaged.faulty.has(field) ?? false;
      const problems = relationProblems({ ...resolved, id: entry.id ?? '' }, kindOf).filter(([field]) => !atFault(field));
      const evidence = resolvedEvidence(entry.evidence, texts, problems, earlier?.salvaged.evidenceAt);
      if (earlier) return { problems: [...earlier.problems, ...problems] };
      if (problems.length > 0) return { problems };
      const record = toRelationRecord({ ...resolved, id: entry.id ?? '' });
      const same = await store.sameFact(record);
      if (same) return { problems: [['', `the same fact is already recorded as relation "${same}": add your evidence to it with addEvidence`]] };
      const base = relationIdBase(resolved);
      const id = entry.id ?? freeRelationId(base, await store.takenRelationIds(base));
      await store.createRelation({ ...record, id }, evidence, actor);
      return { ok: await store.currentRelation(id) };
    });
  }

  /** More evidence for a relation already recorded, such as a second source stating the same fact. */
  addEvidence(id: string, entries: EvidenceEntry[], actor: string): Promise<Curated<StoredRelation>> {
    return this.curate<StoredRelation>('curation.addEvidence', {}, async (store) => {
      // Sources before the relation: the one lock order every mutation keeps.
      const texts = await store.lockSources(entries.map((entry) => entry.source));
      const relation = await store.lockRelation(id);
      if (!relation) return { problems: [['relation', `names no relation: "${id}"`]] };
      if (relation.retractedAt) return { problems: [['relation', `"${id}" is retracted; assert the fact anew instead`]] };
      const problems: FieldProblem[] = [];
      const evidence = resolvedEvidence(entries, texts, problems);
      const cited = new Set(relation.cited.map(citation));
      for (const [at, item] of evidence.entries()) {
        if (cited.has(citation(item))) problems.push([`evidence[${at}]`, `relation "${id}" already cites this quote of "${item.source}"`]);
      }
      if (problems.length > 0) return { problems };
      await store.addEvidence(id, evidence, actor);
      return { ok: await store.currentRelation(id) };
    });
  }

  /** Soft retraction: the relation keeps its evidence. A relation already retracted keeps its first retraction. */
  retractRelation(id: string, reason: string, actor: string): Promise<Curated<StoredRelation>> {
    return this.curate<StoredRelation>('curation.retractRelation', {}, async (store) => {
      const relation = await store.lockRelation(id);
      if (!relation) return { problems: [['key', `names no relation: "${id}".`]] };
      if (relation.retractedAt) return { problems: [['key', `names a relation already retracted on ${relation.retractedAt}.`]] };
      await store.retract(id, reason, actor);
      return { ok: await store.currentRelation(id) };
    });
  }

  /**
   * Runs one mutation in one write transaction. A refusal fails the transaction, so nothing it may
   * have written stays. `takenBy` maps a field to its refusal when a unique constraint (a key or id
   * another transaction took first) stops the write.
   */
  private async curate<T>(name: string, takenBy: Record<string, () => string>, work: (store: CurationStore) => Promise<Curated<T>>): Promise<Curated<T>> {
    try {
      return await this.database.writeTransaction(name, async (transaction) => {
        const outcome = await work(new CurationStore(transaction));
        if (!('ok' in outcome)) throw new Refused(outcome);
        return outcome;
      });
    } catch (error) {
      if (error instanceof Refused) return error.outcome;
      if (error instanceof ConflictError) return { conflict: error.message };
      if (isConstraintFailure(error)) {
        const field = Object.keys(takenBy).find((name) => error.message.includes(`property \`${name}\``));
        if (field) return { problems: [[field, takenBy[field]!()]] };
        return { conflict: 'another request took the same key or id at the same moment; try again' };
      }
      // Deadlocks are retried by the driver; one still there when its retries ran out is a conflict too.
      if (error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.Transaction.')) {
        return { conflict: 'the records this request needs stayed locked by other writes; try again' };
      }
      throw error;
    }
  }
}

class Refused extends Error {
  constructor(readonly outcome: { problems: FieldProblem[] } | { conflict: string }) {
    super('refused');
  }
}

/** A unique constraint refused the write: another transaction took the key or id first. */
function isConstraintFailure(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

function mergeProblems(survivor: string, absorbed: string, kept: LockedEntity | undefined, gone: LockedEntity | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!kept) problems.push(['survivor', `names no entity: "${survivor}"`]);
  if (!gone) problems.push(['absorbed', `names no entity: "${absorbed}"`]);
  else if (gone.mergedInto) problems.push(['absorbed', `"${absorbed}" was already merged into "${gone.mergedInto}"`]);
  if (survivor === absorbed) problems.push(['absorbed', 'an entity cannot be merged into itself']);
  else if (kept && gone && !gone.mergedInto && kept.key === gone.key) {
    problems.push(['survivor', `"${survivor}" was merged into "${absorbed}"; they are one entity already`]);
  }
  if (kept && gone && kept.kind !== gone.kind) {
    problems.push(['absorbed', `"${absorbed}" is ${gone.kind} and "${survivor}" is ${kept.kind}: only entities of one kind can be merged`]);
  }
  return problems;
}

/** Resolves each piece of evidence, adding a problem for each that fails; `places` are their places in the input (default: in order). */
function resolvedEvidence(entries: EvidenceEntry[], texts: Map<string, string | null>, problems: FieldProblem[], places?: number[]): EvidenceRecord[] {
  const evidence: EvidenceRecord[] = [];
  for (const [index, entry] of entries.entries()) {
    const resolved = resolveEvidence(entry, (key) => (texts.has(key) ? texts.get(key) : undefined));
    if ('evidence' in resolved) evidence.push(resolved.evidence);
    else problems.push([`evidence[${places?.[index] ?? index}].${resolved.problem[0]}`, resolved.problem[1]]);
  }
  return evidence;
}

function relationIdBase(relation: { subject: string; type: string; object: string }): string {
  return `${relation.subject}-${relation.type}-${relation.object}`.toLowerCase().replaceAll('_', '-').slice(0, 190);
}

/** The generated id: the base, or the base numbered past every variant taken. Callers hold the ends' locks. */
function freeRelationId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number += 1;
  return `${base}-${number}`;
}

/** What makes two pieces of evidence the same citation: the source, and where and what it quotes. */
function citation(evidence: Pick<EvidenceRecord, 'source' | 'quote' | 'start'>): string {
  return JSON.stringify([evidence.source, evidence.start, evidence.quote]);
}

function takenKeyMessage(key: string): string {
  return `an entity with key "${key}" already exists`;
}

function mergedKeyMessage(key: string, mergedInto: string): string {
  return `"${key}" was merged into "${mergedInto}" and still points there; choose another key`;
}
