import { DIRECTIONS, type Direction } from '../../model/relation.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';

const DESCRIPTIONS: Record<Direction, string> = {
  OUT: 'Relations of which the entity is the subject ("Starmer LEADS Labour", seen from Starmer).',
  IN: 'Relations of which the entity is the object ("Starmer LEADS Labour", seen from Labour).',
  BOTH: 'Relations in which the entity is subject or object.',
};

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which side of a relation an entity stands on.',
  values: describedValues(DIRECTIONS, DESCRIPTIONS),
});
