import { newRelationFields } from '../../model/fields.js';
import { builder } from '../builder.js';
import { accepted } from '../input-errors.js';
import { nullAsAbsent } from '../nulls.js';
import { EvidenceInput } from '../types/evidence.js';
import { actorOf, answerRelations } from '../types/mutation.js';
import { Relation } from '../types/relation.js';
import { RelationTypeEnum } from '../types/relation-type.js';

const AssertRelationInput = builder
  .inputType('AssertRelationInput', {
    description:
      'A fact with its evidence. The subject, object and context must be of the kinds the relation type connects, ' +
      'and only the qualifiers that type takes may be given (see RelationType).',
    fields: (t) => ({
      id: t.string({ description: 'A lowercase slug for the relation; made from subject, type and object when left out.' }),
      type: t.field({ type: RelationTypeEnum, required: true, description: 'What the relation asserts.' }),
      subject: t.string({ required: true, description: 'Key of the subject entity.' }),
      object: t.string({ required: true, description: 'Key of the object entity.' }),
      context: t.string({ description: 'Key of the office or party the fact is about, for types that take one.' }),
      validFrom: t.string({ description: 'First day it holds: YYYY-MM-DD, or YYYY-MM or YYYY when less is known.' }),
      validTo: t.string({ description: 'First day it no longer holds (exclusive), written like validFrom.' }),
      confidence: t.float({ description: 'How firmly the evidence supports it, from 0 to 1 (default 1).' }),
      role: t.string({ description: 'The role or portfolio.' }),
      option: t.string({ description: 'The option voted for.' }),
      note: t.string({ description: 'A remark that qualifies the fact.' }),
      votes: t.int({ description: 'Votes cast.' }),
      seats: t.int({ description: 'Seats won.' }),
      electorate: t.int({ description: 'Voters entitled to vote.' }),
      majority: t.int({ description: "The winner's lead in votes over the runner-up (WON)." }),
      share: t.float({ description: 'Share of the vote as a fraction: 0.519 for 51.9%.' }),
      turnout: t.float({ description: 'Turnout as a fraction of the electorate.' }),
      elected: t.boolean({ description: 'Whether the candidate was elected.' }),
      evidence: t.field({ type: [EvidenceInput], required: true, description: 'At least one source supporting the fact.' }),
    }),
  })
  .validate(nullAsAbsent(newRelationFields));

builder.mutationField('assertRelation', (t) =>
  t.field({
    type: Relation,
    description:
      'Records a fact with its evidence, in one transaction: never a relation without evidence. Refused, with every ' +
      'problem named, when an entity or source is unknown, the kinds do not fit the type, a quote is not in the ' +
      'source\'s stored text, a date is malformed, the id is taken, or the same fact is already recorded ' +
      '(add evidence to it instead). Keys of merged entities are followed to their survivor.',
    authScopes: { curator: true },
    args: { input: t.arg({ type: AssertRelationInput, required: true, description: 'The fact and its evidence.' }) },
    resolve: async (_root, { input }, context) => {
      const [relation] = answerRelations(context, [accepted(await context.curation.assertRelation(input, actorOf(context)), 'input')]);
      return relation!;
    },
  }),
);
