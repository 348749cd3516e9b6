import { builder } from '../builder.js';

builder.mutationType({
  description:
    'Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one ' +
    'transaction, and records who made the change and when.',
});
