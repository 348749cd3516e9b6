import { newRelationFields, salvageRelation } from '../../model/fields.js';
import { builder } from '../builder.js';
import type { z } from 'zod';
import type { Context } from '../../context.js';
import type { FieldProblem } from '../../model/rules.js';
import { accepted, issuePath } from '../input-errors.js';
import { dropNulls, nullAsAbsent } from '../nulls.js';
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
  // Checked in the resolver, not by the validation plugin: a field at fault must not stop the graph
  // checks of the others, so that the refusal lists every problem at once.

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
      const parsed = RELATION_INPUT.safeParse(input);
      const outcome = parsed.success
        ? await context.curation.assertRelation(parsed.data, actorOf(context))
        : await assertSalvaged(context, input, parsed.error.issues);
      const [relation] = answerRelations(context, [accepted(outcome, 'input')]);
      return relation!;
    },
  }),
);

const RELATION_INPUT = nullAsAbsent(newRelationFields);

/** An input with fields at fault: refused, with their problems and those the graph finds in the rest. */
function assertSalvaged(context: Context, input: object, issues: readonly z.core.$ZodIssue[]) {
  const { entry, ...salvaged } = salvageRelation(dropNulls(input) as Record<string, unknown>);
  const problems = issues.map((issue): FieldProblem => [issuePath(issue.path), issue.message]);
  return context.curation.assertRelation(entry, actorOf(context), { problems, salvaged });
}
