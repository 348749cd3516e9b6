import { RELATION_TYPES, RELATION_VOCABULARY, type RelationType } from '../../model/relation.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';

const DESCRIPTIONS = Object.fromEntries(
  RELATION_TYPES.map((type) => [type, RELATION_VOCABULARY[type].description]),
) as Record<RelationType, string>;

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'What a relation asserts. Each type connects fixed kinds of subject and object (see each type\'s description).',
  values: describedValues(RELATION_TYPES, DESCRIPTIONS),
});
