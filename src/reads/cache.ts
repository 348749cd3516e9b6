import DataLoader from 'dataloader';
import type { Identifier, StoredEntity } from '../model/entity.js';
import type { ReadEvidence, StoredSource, StoredRelation } from '../model/relation.js';
import type { Repositories } from '../repositories/index.js';
import type { EntityRelationsRequest, EvidenceRequest, RelationPage, SourceRelationsRequest } from '../repositories/relation-repository.js';

/**
 * Per-request batching and caching, private to the read model (src/reads/). A new set is made for
 * every request, so a cache never outlives the request that filled it and one user's reads never leak
 * into another's. Each loader turns all the loads of one tick into one Cypher statement, so a level of
 * a query costs one round trip per kind of data however wide it is.
 */
export interface ReadCache {
  entityByKey: DataLoader<string, StoredEntity | null>;
  relationById: DataLoader<string, StoredRelation | null>;
  sourceByKey: DataLoader<string, StoredSource | null>;
  /** A source's full text, apart: most questions about a source never need it, and it may be 5 M characters. */
  sourceText: DataLoader<string, string | null>;
  evidenceOfRelation: DataLoader<EvidenceRequest, ReadEvidence[], string>;
  /** An entity's identifiers, now (knownAt null) or as held at an instant. */
  identifiersOf: DataLoader<{ key: string; knownAt: string | null }, Identifier[], string>;
  /** The key a key named at an instant: how keys in a question about the past are read (a merge since then does not count). */
  keyAt: DataLoader<{ key: string; knownAt: string }, string | null, string>;
  relationsOfEntity: DataLoader<EntityRelationsRequest, RelationPage, string>;
  relationsOfSource: DataLoader<SourceRelationsRequest, RelationPage, string>;
  officeHolder: DataLoader<{ key: string; asOf: string }, string | null, string>;
}

export interface LoaderOptions {
  /**
   * False turns batching and caching off, so that every field loads on its own: the N+1 baseline
   * the benchmark measures batching against. Never off in use.
   */
  batching: boolean;
}

export function createReadCache(repositories: Repositories, options: LoaderOptions = { batching: true }): ReadCache {
  const switches = options.batching ? {} : { batch: false, cache: false };
  // Requests with arguments are cached by value: the same list asked twice in a request loads once.
  const byValue = { ...switches, cacheKeyFn: (request: object) => JSON.stringify(request) };
  return {
    entityByKey: new DataLoader((keys) => repositories.entities.findByKeys(keys), switches),
    relationById: new DataLoader((ids) => repositories.relations.findByIds(ids), switches),
    sourceByKey: new DataLoader((keys) => repositories.sources.findByKeys(keys), switches),
    sourceText: new DataLoader((keys) => repositories.sources.textsByKeys(keys), switches),
    evidenceOfRelation: new DataLoader<EvidenceRequest, ReadEvidence[], string>((requests) => repositories.relations.evidenceOf(requests), byValue),
    identifiersOf: new DataLoader<{ key: string; knownAt: string | null }, Identifier[], string>((requests) => repositories.entities.identifiersOf(requests), byValue),
    keyAt: new DataLoader<{ key: string; knownAt: string }, string | null, string>((requests) => repositories.entities.keysAt(requests), byValue),
    relationsOfEntity: new DataLoader<EntityRelationsRequest, RelationPage, string>(
      (requests) => repositories.relations.ofEntities(requests),
      byValue,
    ),
    relationsOfSource: new DataLoader<SourceRelationsRequest, RelationPage, string>(
      (requests) => repositories.relations.ofSources(requests),
      byValue,
    ),
    officeHolder: new DataLoader<{ key: string; asOf: string }, string | null, string>(
      (requests) => repositories.relations.officeHolders(requests),
      byValue,
    ),
  };
}

/** Forgets everything this request has read: after each write, so no later field reads stale data. */
export function forgetAll(cache: ReadCache): void {
  for (const loader of Object.values(cache)) loader.clearAll();
}
