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
