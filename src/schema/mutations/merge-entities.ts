import type { StoredEntity } from '../../model/entity.js';
import type { StoredRelation } from '../../model/relation.js';
import { builder } from '../builder.js';
import { accepted } from '../input-errors.js';
import { Entity } from '../types/entity.js';
import { actorOf, answerMerge } from '../types/mutation.js';
import { Relation } from '../types/relation.js';

interface MergedEntities {
  survivor: StoredEntity;
  droppedRelations: StoredRelation[];
}

const MergeEntitiesPayload = builder.objectRef<MergedEntities>('MergeEntitiesPayload').implement({
  description: 'What a merge did: the entity that stays, and the relations it had to drop.',
  fields: (t) => ({
    survivor: t.field({ type: Entity, description: 'The entity that stays, with the absorbed names among its aliases.', resolve: (merged) => merged.survivor }),
    droppedRelations: t.field({
      type: [Relation],
      description:
        'Relations between the two entities, which would now relate the survivor to itself: retracted by the merge, ' +
        'with the reason, and still readable with `includeRetracted`.',
      resolve: (merged) => merged.droppedRelations,
    }),
  }),
});

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: MergeEntitiesPayload,
    description:
      'Folds a duplicate into the entity that stays: every relation and piece of evidence moves over, the duplicate\'s ' +
      'names become aliases, and its key keeps resolving to the survivor (in `entity`, `node`, filters, neighbourhoods ' +
      'and paths), so saved queries and links still work. Both must be of the same kind. A survivor key that was itself ' +
      'merged is followed to its survivor; an absorbed key that was already merged is refused.',
    authScopes: { curator: true },
    args: {
      survivor: t.arg.string({ required: true, description: 'Key of the entity that stays.' }),
      absorbed: t.arg.string({ required: true, description: 'Key of the duplicate that is folded into it.' }),
    },
    resolve: async (_root, { survivor, absorbed }, context) => {
      const merged = accepted(await context.curation.mergeEntities(survivor, absorbed, actorOf(context)));
      return answerMerge(context, merged.survivor, merged.dropped);
    },
  }),
);
