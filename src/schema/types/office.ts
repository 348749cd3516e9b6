import { entityObjectType } from './entity.js';

export const Office = entityObjectType('OFFICE', {
  description: 'A public office, such as Leader of the Labour Party, First Minister of Scotland or MP for Hartlepool.',
});
