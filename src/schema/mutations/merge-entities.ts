import { builder } from '../builder.js';
import { accepted } from '../input-errors.js';
import { Entity } from '../types/entity.js';
import { actorOf, readBack } from '../types/mutation.js';

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: Entity,
    description:
      'Folds a duplicate into the entity that stays: every relation and piece of evidence moves over, the duplicate\'s ' +
      'names become aliases, and its key keeps resolving to the survivor (in `entity`, `node`, filters, neighbourhoods ' +
      'and paths), so saved queries and links still work. Both must be of the same kind. Returns the survivor.',
    authScopes: { curator: true },
    args: {
      survivor: t.arg.string({ required: true, description: 'Key of the entity that stays.' }),
      absorbed: t.arg.string({ required: true, description: 'Key of the duplicate that is folded into it.' }),
    },
    resolve: async (_root, { survivor, absorbed }, context) => {
      const kept = accepted(await context.repositories.curation.mergeEntities(survivor, absorbed, actorOf(context)));
      return readBack(context, context.loaders.entityByKey, kept);
    },
  }),
);
