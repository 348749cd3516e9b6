import { z } from 'zod';
import { evidenceFields } from '../../model/fields.js';
import { builder } from '../builder.js';
import { accepted } from '../input-errors.js';
import { nullAsAbsent } from '../nulls.js';
import { EvidenceInput } from '../types/evidence.js';
import { actorOf, answerRelations } from '../types/mutation.js';
import { Relation } from '../types/relation.js';

builder.mutationField('addEvidence', (t) =>
  t.field({
    type: Relation,
    description:
      'Adds sources to a fact already recorded, such as a second report of the same result. Quotes are checked ' +
      'against stored texts as in assertRelation; a quote the relation already cites is refused.',
    authScopes: { curator: true },
    args: {
      relation: t.arg.string({ required: true, description: 'Key of the relation, as `Relation.key` gives it.' }),
      evidence: t
        .arg({ type: [EvidenceInput], required: true, description: 'One or more pieces of evidence.' })
        .validate(nullAsAbsent(z.array(evidenceFields).min(1, 'give at least one piece of evidence').max(50))),
    },
    resolve: async (_root, args, context) => {
      const [relation] = answerRelations(context, [accepted(await context.curation.addEvidence(args.relation, args.evidence, actorOf(context)))]);
      return relation!;
    },
  }),
);
