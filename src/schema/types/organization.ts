import { ORGANIZATION_KINDS, type OrganizationKind } from '../../model/entity.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';
import { entityObjectType, wholeEntity } from './entity.js';

const DESCRIPTIONS: Record<OrganizationKind, string> = {
  PARTY: 'A political party, such as Labour or the SNP.',
  GOVERNMENT: 'A government or executive, such as the Welsh Government.',
  LEGISLATURE: 'A parliament or assembly, such as the Scottish Parliament.',
  MEDIA: 'A news organisation, such as the BBC.',
  INTERNATIONAL: 'An international body, such as the European Union.',
  OTHER: 'Any other organisation.',
};

export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description: 'What kind of organisation an Organization is.',
  values: describedValues(ORGANIZATION_KINDS, DESCRIPTIONS),
});

export const Organization = entityObjectType('ORGANIZATION', {
  description: 'An organisation: a party, government, legislature, news organisation or international body.',
  fields: (t) => ({
    orgKind: t.field({
      type: OrganizationKindEnum,
      nullable: true,
      description: 'What kind of organisation this is.',
      resolve: wholeEntity((entity) => entity.subKind as OrganizationKind | null),
    }),
  }),
});
