import type { StoredEntity } from '../model/entity.js';
import type { EvidenceRecord, RelationFilter, StoredRelation } from '../model/relation.js';
import type { EntityRelationsRequest, RelationPage, RelationRepository, RelationWindow } from '../repositories/relation-repository.js';
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
  async list(filter: RelationFilter, window: RelationWindow): Promise<RelationPage> {
    const { knownAt } = filter;
    if (knownAt === null) return this.remembered(await this.repository.list(filter, window));
    const then = (key: string | null) => (key === null ? null : this.entities.currentKey(key, knownAt));
    const [subject, object, involving] = await Promise.all([then(filter.subject), then(filter.object), then(filter.involving)]);
    return this.remembered(await this.repository.list({ ...filter, subject, object, involving }, window));
  }

  /** A page of one entity's relations; batched with the other entities' pages of the same level. */
  async ofEntity(request: EntityRelationsRequest): Promise<RelationPage> {
    return this.remembered(await this.cache.relationsOfEntity.load(request));
  }

  /** A page of the relations a source supports (not retracted). */
  async ofSource(key: string, window: RelationWindow): Promise<RelationPage> {
    return this.remembered(await this.cache.relationsOfSource.load({ key, ...window }));
  }

  /** A relation's evidence, as recorded now or at its knownAt. */
  evidence(relation: StoredRelation): Promise<EvidenceRecord[]> {
    return this.cache.evidenceOfRelation.load({ id: relation.id, knownAt: relation.knownAt ?? null });
  }

  /**
   * An end of a relation (its subject, object or context): as it read at the relation's knownAt when
   * the relation was read so (the statement brought it), else as it is now.
   */
  async end(relation: StoredRelation, key: string): Promise<StoredEntity | null> {
    if (relation.knownAt !== undefined) return relation.ends?.find((entity) => entity.key === key) ?? null;
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
   * fields read their ends from the relation itself.
   */
  remember(relations: StoredRelation[]): StoredRelation[] {
    for (const relation of relations) {
      if (relation.knownAt !== undefined) continue;
      this.cache.relationById.prime(relation.id, relation);
      this.entities.remember(relation.ends ?? []);
    }
    return relations;
  }

  private remembered(page: RelationPage): RelationPage {
    this.remember(page.relations);
    return page;
  }
}
