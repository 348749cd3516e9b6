import { entityChangesFields } from '../../model/fields.js';
import { builder } from '../builder.js';
import { accepted } from '../input-errors.js';
import { Entity, IdentifierInput } from '../types/entity.js';
import { actorOf, answerEntity } from '../types/mutation.js';

const UpdateEntityInput = builder
  .inputType('UpdateEntityInput', {
    description:
      'Changes to an entity: fields left out stay as they are; null clears description, subKind, date or aliases. ' +
      'The kind cannot change, because the entity\'s relations were checked against it.',
    fields: (t) => ({
      name: t.string({ description: 'A new name.' }),
      aliases: t.stringList({ description: 'The full new list of aliases (replaces the old one).' }),
      description: t.string({ description: 'A new one-line description.' }),
      subKind: t.string({ description: 'A new sub-kind, valid for the entity\'s kind.' }),
      date: t.field({ type: 'Date', description: 'A new polling day; elections only.' }),
      identifiers: t.field({
        type: [IdentifierInput],
        description: 'Identifiers to add to those it has (none is removed); each may name one entity only.',
      }),
    }),
  })
  .validate(entityChangesFields);

builder.mutationField('updateEntity', (t) =>
  t.field({
    type: Entity,
    description: 'Changes an entity\'s name, aliases, description, sub-kind or date. A merged key changes its survivor.',
    authScopes: { curator: true },
    args: {
      key: t.arg.string({ required: true, description: 'Key of the entity to change.' }),
      input: t.arg({ type: UpdateEntityInput, required: true, description: 'The fields to change.' }),
    },
    resolve: async (_root, { key, input }, context) => {
      return answerEntity(context, accepted(await context.curation.updateEntity(key, input, actorOf(context)), 'input', ['key']));
    },
  }),
);
