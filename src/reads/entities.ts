import { ArgumentError, ChangedWhileReadError } from '../model/arguments.js';
import type { EntityKind, Identifier, StoredEntity } from '../model/entity.js';
import type { EntityPage, EntityRepository } from '../repositories/entity-repository.js';
import type { ReadCache } from './cache.js';

/** A name is short; a longer text is refused by name rather than handed to the full-text index. */
export const MAX_SEARCH_LENGTH = 200;

export interface SearchArguments {
  text: string;
  kinds: readonly EntityKind[] | null;
  offset: number;
  limit: number;
}

/** Entities, one request's view: every entity a statement returns is cached for the fields that follow. */
export class EntityReads {
  constructor(
    private readonly cache: ReadCache,
    private readonly repository: EntityRepository,
  ) {}

  /** The entity a key names now, following a merge to its survivor; null when no entity has it. */
  byKey(key: string): Promise<StoredEntity | null> {
    return this.cache.entityByKey.load(key);
  }

  /**
   * The entity with every field read: itself when it was, else loaded by key (batched with the others).
   * A field a brief does not serve asks this, so that a brief never answers for what it did not read.
   */
  async complete(entity: StoredEntity): Promise<StoredEntity> {
    if (!entity.brief) return entity;
    const whole = await this.byKey(entity.key);
    // Gone, or merged into another since the brief was read: neither an empty value nor the survivor's is its answer.
    if (whole === null || whole.key !== entity.key) throw new ChangedWhileReadError(`Entity "${entity.key}"`);
    return whole;
  }

  /** As `byKey`, but null for an entity of another kind (a Person ID that names a party). */
  async ofKind(key: string, kind: EntityKind): Promise<StoredEntity | null> {
    const entity = await this.byKey(key);
    return entity?.kind === kind ? entity : null;
  }

  /** The entity an outside register's identifier names (following a merge), or null. */
  async byIdentifier(identifier: Identifier): Promise<StoredEntity | null> {
    const entity = await this.repository.findByIdentifier(identifier);
    if (entity) this.remember([entity]);
    return entity;
  }

  /** Its identifiers, by scheme then value; for an entity read at an instant, those it held then. */
  identifiers(entity: StoredEntity): Promise<Identifier[]> {
    return this.cache.identifiersOf.load({ key: entity.key, knownAt: entity.knownAt ?? null });
  }

  /** Entities by key, each once, in first-seen order; unknown keys left out. */
  async many(keys: readonly string[]): Promise<StoredEntity[]> {
    const entities = await Promise.all([...new Set(keys)].map((key) => this.byKey(key)));
    return entities.filter((entity) => entity !== null);
  }

  /**
   * The key an entity goes by: now, a key merged into another entity names the survivor, so links made
   * before a merge keep working; with `knownAt`, the entity the key named then (a later merge does not count).
   */
  async currentKey(key: string, knownAt: string | null = null): Promise<string> {
    if (knownAt !== null) return (await this.cache.keyAt.load({ key, knownAt })) ?? key;
    return (await this.byKey(key))?.key ?? key;
  }

  /** Whether a key names an entity now or, with `knownAt`, named one then. */
  async exists(key: string, knownAt: string | null = null): Promise<boolean> {
    if (knownAt !== null) return (await this.cache.keyAt.load({ key, knownAt })) !== null;
    return (await this.byKey(key)) !== null;
  }

  async list(kind: EntityKind | null, window: { offset: number; limit: number }): Promise<EntityPage> {
    return this.remembered(await this.repository.list(kind, window));
  }

  /** Best match first; a query longer than a name is refused, naming the argument. */
  async search(request: SearchArguments, argumentName = 'query'): Promise<EntityPage> {
    if (request.text.length > MAX_SEARCH_LENGTH) {
      throw new ArgumentError(argumentName, `must be at most ${MAX_SEARCH_LENGTH} characters, got ${request.text.length}.`);
    }
    return this.remembered(await this.repository.search(request));
  }

  /** Entities a statement read (a page, a write's answer, a relation's ends), cached as they are now. */
  remember(entities: readonly StoredEntity[]): void {
    for (const entity of entities) if (!entity.brief) this.cache.entityByKey.prime(entity.key, entity);
  }

  private remembered(page: EntityPage): EntityPage {
    this.remember(page.entities);
    return page;
  }
}
