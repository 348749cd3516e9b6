import type { StoredEntity } from '../model/entity.js';
import { FULL_READ, type ReadEvidence, type RelationFilter, type RelationRead, type StoredRelation } from '../model/relation.js';
import type { EntityRelationsRequest, RelationPage, RelationRepository, RelationWindow } from '../repositories/relation-repository.js';
import { ChangedWhileReadError } from '../model/arguments.js';
import type { ReadCache } from './cache.js';
import type { EntityReads } from './entities.js';

/**
 * Relations, one request's view. Whatever a statement returns is cached (the relations and, for
 * those read as they are now, the entities at their ends), so the fields that follow cost nothing;
 * keys in a filter are followed through merges here, not by the caller.
 */
export class RelationReads {
  constructor(
    private readonly cache: ReadCache,
    private readonly repository: RelationRepository,
    private readonly entities: EntityReads,
  ) {}

  byId(id: string): Promise<StoredRelation | null> {
    return this.cache.relationById.load(id);
  }

  /**
   * Relations matching the filter, in time order; its entity keys as they are now (the statement
   * follows merges itself) or, with knownAt, as they were then (looked up first, in one batch).
   */
  async list(filter: RelationFilter, window: RelationWindow, read: RelationRead = FULL_READ): Promise<RelationPage> {
    const { knownAt } = filter;
    if (knownAt === null) return this.remembered(await this.repository.list(filter, window, read));
    const then = (key: string | null) => (key === null ? null : this.entities.currentKey(key, knownAt));
    const [subject, object, involving] = await Promise.all([then(filter.subject), then(filter.object), then(filter.involving)]);
    return this.remembered(await this.repository.list({ ...filter, subject, object, involving }, window));
  }

  /**
   * The relation with every field read: itself when it was, else loaded by id (batched with the others).
   * A field a brief read does not serve asks this, so that a brief never answers for what it did not read.
   */
  async complete(relation: StoredRelation): Promise<StoredRelation> {
    if (!relation.brief) return relation;
    const whole = await this.byId(relation.id);
    if (whole === null) throw new ChangedWhileReadError(`Relation "${relation.id}"`);
    // Its ends came whole with it: the fields asked of them next need no statement of their own.
    this.entities.remember(whole.ends ?? []);
    return whole;
  }

  /** A page of one entity's relations; batched with the other entities' pages of the same level. */
  async ofEntity(request: EntityRelationsRequest): Promise<RelationPage> {
    // A page at a past instant is always read in full, its evidence apart: one request, whatever the selection asked.
    const read = request.filter.knownAt === null ? (request.read ?? FULL_READ) : FULL_READ;
    return this.remembered(await this.cache.relationsOfEntity.load({ ...request, read }));
  }

  /** A page of the relations a source supports (not retracted). */
  async ofSource(key: string, window: RelationWindow): Promise<RelationPage> {
    return this.remembered(await this.cache.relationsOfSource.load({ key, ...window }));
  }

  /** A relation's evidence, as recorded now or at its knownAt; the sources it cites are cached for Evidence.source. */
  async evidence(relation: StoredRelation): Promise<ReadEvidence[]> {
    const evidence = await this.cache.evidenceOfRelation.load({ id: relation.id, knownAt: relation.knownAt ?? null });
    this.rememberSources(evidence);
    return evidence;
  }

  /**
   * An end of a relation (its subject, object or context): as it read at the relation's knownAt when
   * the relation was read so, in brief when it was read in brief (the statement brought both), else as it is now.
   */
  async end(relation: StoredRelation, key: string): Promise<StoredEntity | null> {
    if (relation.knownAt !== undefined || relation.brief) return relation.ends?.find((entity) => entity.key === key) ?? null;
    return this.entities.byKey(key);
  }

  /** Who held an office on a day; where sources disagree, the most confident relation wins. */
  async officeHolder(office: string, asOf: string): Promise<StoredEntity | null> {
    const holder = await this.cache.officeHolder.load({ key: office, asOf });
    return holder === null ? null : this.entities.byKey(holder);
  }

  /**
   * Relations a statement read, and the entities at their ends, cached for the fields that follow.
   * Relations read as of a past instant are not: the cache holds the graph as it is now, and their
   * fields read their ends from the relation itself. Nor are briefs: the cache holds whole records.
   */
  remember(relations: StoredRelation[]): StoredRelation[] {
    for (const relation of relations) {
      if (relation.knownAt !== undefined) continue;
      // Evidence read with the relation is whole, even beside a brief: Relation.evidence needs no statement.
      if (relation.evidence !== undefined) {
        this.cache.evidenceOfRelation.prime({ id: relation.id, knownAt: null }, [...relation.evidence]);
        this.rememberSources(relation.evidence);
      }
      if (relation.brief) continue;
      this.cache.relationById.prime(relation.id, relation);
      this.entities.remember(relation.ends ?? []);
    }
    return relations;
  }

  /** The sources evidence cites, read with it, cached for Evidence.source. */
  private rememberSources(evidence: readonly ReadEvidence[]): void {
    for (const { cited } of evidence) this.cache.sourceByKey.prime(cited.key, cited);
  }

  private remembered(page: RelationPage): RelationPage {
    this.remember(page.relations);
    return page;
  }
}
