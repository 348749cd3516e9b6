import { ELECTION_KINDS, type ElectionKind } from '../../model/entity.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';
import { entityObjectType, wholeEntity } from './entity.js';

const DESCRIPTIONS: Record<ElectionKind, string> = {
  GENERAL: 'A general election to a national parliament.',
  BY_ELECTION: 'An election to fill a single vacant seat.',
  DEVOLVED: 'An election to a devolved parliament or assembly, such as the Scottish Parliament.',
  MAYORAL: 'An election of a mayor.',
  LOCAL: 'An election to a local council.',
  REFERENDUM: 'A vote on a question rather than on candidates.',
  LEADERSHIP: 'A party leadership election.',
};

export const ElectionKindEnum = builder.enumType('ElectionKind', {
  description: 'What kind of election an Election is.',
  values: describedValues(ELECTION_KINDS, DESCRIPTIONS),
});

export const Election = entityObjectType('ELECTION', {
  description: 'An election or referendum.',
  fields: (t) => ({
    electionKind: t.field({
      type: ElectionKindEnum,
      nullable: true,
      description: 'What kind of election this is.',
      resolve: wholeEntity((entity) => entity.subKind as ElectionKind | null),
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'Polling day.',
      resolve: wholeEntity((entity) => entity.date),
    }),
  }),
});
