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
 * What a mutation returns, as its transaction read it back under its locks: the request's cached
 * reads are dropped (no later field sees data from before the write), then the record is cached, so
 * the fields below it start from exactly what was written.
 */
export function answerEntity(context: Context, entity: StoredEntity): StoredEntity {
  context.reads.forget();
  context.reads.entities.remember([entity]);
  return entity;
}

export function answerRelations(context: Context, relations: StoredRelation[]): StoredRelation[] {
  context.reads.forget();
  return context.reads.relations.remember(relations);
}

export function answerMerge(context: Context, survivor: StoredEntity, dropped: StoredRelation[]) {
  context.reads.forget();
  context.reads.entities.remember([survivor]);
  return { survivor, droppedRelations: context.reads.relations.remember(dropped) };
}
