import { badArgument } from '../arguments.js';
import { forgetReads } from '../../loaders.js';
import { builder } from '../builder.js';
import { Relation } from '../types/relation.js';

builder.mutationField('retractRelation', (t) =>
  t.field({
    type: Relation,
    description:
      'Withdraws a relation that should not have been asserted. Retraction is soft: the relation keeps its evidence ' +
      'and stays readable with `includeRetracted`, so earlier answers can be reproduced, but lists, neighbourhoods ' +
      'and paths no longer use it. Records who retracted it, when and why.',
    authScopes: { curator: true },
    args: {
      key: t.arg.string({ required: true, description: 'Key of the relation, as `Relation.key` gives it.' }),
      reason: t.arg.string({ required: true, description: 'Why it is withdrawn, for the readers of the record (1 to 500 characters).' }),
    },
    resolve: async (_root, args, context) => {
      const reason = args.reason.trim();
      if (reason.length === 0 || reason.length > 500) throw badArgument('reason', 'must be 1 to 500 characters.');
      const outcome = await context.repositories.relations.retract({ id: args.key, reason, by: context.viewer!.name });
      if (outcome.kind === 'unknown') throw badArgument('key', `names no relation: "${args.key}".`);
      if (outcome.kind === 'already') {
        throw badArgument('key', `names a relation already retracted on ${outcome.relation.retractedAt}.`);
      }
      forgetReads(context.loaders);
      context.loaders.relationById.prime(args.key, outcome.relation);
      return outcome.relation;
    },
  }),
);
