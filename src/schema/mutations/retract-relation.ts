import { badArgument } from '../arguments.js';
import { builder } from '../builder.js';
import { conflict } from '../input-errors.js';
import { actorOf, answerRelations } from '../types/mutation.js';
import { Relation } from '../types/relation.js';

builder.mutationField('retractRelation', (t) =>
  t.field({
    type: Relation,
    description:
      'Withdraws a relation that should not have been asserted. Retraction is soft: the relation keeps its evidence ' +
      'and stays readable with `includeRetracted`, so earlier answers can be reproduced, but lists, neighbourhoods ' +
      'and paths no longer use it. Records who retracted it, when and why. A relation already retracted is refused: ' +
      'its first retraction stands.',
    authScopes: { curator: true },
    args: {
      key: t.arg.string({ required: true, description: 'Key of the relation, as `Relation.key` gives it.' }),
      reason: t.arg.string({ required: true, description: 'Why it is withdrawn, for the readers of the record (1 to 500 characters).' }),
    },
    resolve: async (_root, args, context) => {
      const reason = args.reason.trim();
      if (reason.length === 0 || reason.length > 500) throw badArgument('reason', 'must be 1 to 500 characters.');
      const outcome = await context.curation.retractRelation(args.key, reason, actorOf(context));
      if ('conflict' in outcome) throw conflict(outcome.conflict);
      if ('problems' in outcome) throw badArgument(...outcome.problems[0]!);
      return answerRelations(context, [outcome.ok])[0]!;
    },
  }),
);
