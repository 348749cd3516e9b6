import { entityFields, salvageEntity } from '../../model/fields.js';
import type { FieldProblem } from '../../model/rules.js';
import { builder } from '../builder.js';
import { accepted, issuePath } from '../input-errors.js';
import { dropNulls, nullAsAbsent } from '../nulls.js';
import { Entity, EntityKindEnum, IdentifierInput } from '../types/entity.js';
import { actorOf, answerEntity } from '../types/mutation.js';

const CreateEntityInput = builder
  .inputType('CreateEntityInput', {
    description: 'A new entity. Its key is permanent: choose a lowercase slug such as "keir-starmer".',
    fields: (t) => ({
      key: t.string({ required: true, description: 'Lowercase slug, unique across entities, such as "keir-starmer".' }),
      kind: t.field({ type: EntityKindEnum, required: true, description: 'What kind of entity it is; cannot be changed later.' }),
      subKind: t.string({
        description: 'For organisations, places and elections: PARTY, CONSTITUENCY, BY_ELECTION and so on (see orgKind, placeKind, electionKind).',
      }),
      name: t.string({ required: true, description: 'The name the entity is best known by.' }),
      aliases: t.stringList({ description: 'Other names and spellings, searchable.' }),
      description: t.string({ description: 'One line that tells it apart from others of the same name.' }),
      date: t.field({ type: 'Date', description: 'Polling day; elections only.' }),
      identifiers: t.field({
        type: [IdentifierInput],
        description: 'Identifiers outside registers give it (Wikidata, a parliament\'s ids); each may name one entity only.',
      }),
    }),
  })
  // Checked in the resolver, so that a field at fault does not hide a taken key (see assert-relation.ts).

builder.mutationField('createEntity', (t) =>
  t.field({
    type: Entity,
    description: 'Adds an entity. Refused when the key is taken, including by an entity merged into another.',
    authScopes: { curator: true },
    args: { input: t.arg({ type: CreateEntityInput, required: true, description: 'The entity to add.' }) },
    resolve: async (_root, { input }, context) => {
      const parsed = ENTITY_INPUT.safeParse(input);
      if (parsed.success) return answerEntity(context, accepted(await context.curation.createEntity(parsed.data, actorOf(context)), 'input'));
      const { entry, faulty } = salvageEntity(dropNulls(input) as Record<string, unknown>);
      const problems = parsed.error.issues.map((issue): FieldProblem => [issuePath(issue.path), issue.message]);
      return answerEntity(context, accepted(await context.curation.createEntity(entry, actorOf(context), { problems, faulty }), 'input'));
    },
  }),
);

const ENTITY_INPUT = nullAsAbsent(entityFields);
