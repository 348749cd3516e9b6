import { PLACE_KINDS, type PlaceKind } from '../../model/entity.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';
import { entityObjectType, wholeEntity } from './entity.js';

const DESCRIPTIONS: Record<PlaceKind, string> = {
  COUNTRY: 'A sovereign state, such as the United Kingdom.',
  NATION: 'A constituent nation, such as Scotland or Wales.',
  REGION: 'A region, such as the north of England.',
  CITY: 'A city, such as Glasgow.',
  TOWN: 'A town, such as Hartlepool.',
  CONSTITUENCY: 'An electoral district that returns a representative.',
  VENUE: 'A building or site, such as a counting centre.',
};

export const PlaceKindEnum = builder.enumType('PlaceKind', {
  description: 'What kind of place a Place is.',
  values: describedValues(PLACE_KINDS, DESCRIPTIONS),
});

export const Place = entityObjectType('PLACE', {
  description: 'A place: a country, nation, region, city, town, constituency or venue.',
  fields: (t) => ({
    placeKind: t.field({
      type: PlaceKindEnum,
      nullable: true,
      description: 'What kind of place this is.',
      resolve: wholeEntity((entity) => entity.subKind as PlaceKind | null),
    }),
  }),
});
