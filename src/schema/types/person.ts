import { entityObjectType } from './entity.js';

export const Person = entityObjectType('PERSON', {
  description: 'A person: a politician, candidate, official or commentator.',
});
