import type DataLoader from 'dataloader';
import { forgetReads, primeRelations } from '../../loaders.js';
import type { StoredEntity } from '../../model/entity.js';
import type { StoredRelation } from '../../model/relation.js';
import type { Context } from '../../context.js';
import { builder } from '../builder.js';

builder.mutationType({
  description:
    'Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one ' +
    'transaction, and records who made the change and when.',
});

/** Who the audit fields name for a write: the API key's name or the token's subject. */
export function actorOf(context: Context): string {
  // Mutations declare `authScopes: { curator: true }`, so a viewer is always present here.
  return context.viewer!.name;
}

/**
 * What a mutation returns, read back after its write. Every read this request cached so far is
 * dropped first, so no later field of the same request sees data from before the write.
 */
export async function readBack<V>(context: Context, loader: DataLoader<string, V | null>, key: string): Promise<V> {
  forgetReads(context.loaders);
  return (await loader.load(key))!;
}

/**
 * What a mutation returns when its transaction read the record back itself, under its locks: the
 * request's cached reads are dropped, then the record is cached, so the fields below it start from
 * exactly what was written.
 */
export function answerEntity(context: Context, entity: StoredEntity): StoredEntity {
  forgetReads(context.loaders);
  context.loaders.entityByKey.prime(entity.key, entity);
  return entity;
}

export function answerRelations(context: Context, relations: StoredRelation[]): StoredRelation[] {
  forgetReads(context.loaders);
  return primeRelations(context.loaders, relations);
}
