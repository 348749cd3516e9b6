import { entityObjectType } from './entity.js';
import { Person } from './person.js';

export const Office = entityObjectType('OFFICE', {
  description: 'A public office, such as Leader of the Labour Party, First Minister of Scotland or MP for Hartlepool.',
  fields: (t) => ({
    holder: t.field({
      type: Person,
      nullable: true,
      description:
        'Who held the office on a day (today when asOf is omitted), or null when no one is recorded. Where sources ' +
        'disagree, the most confident relation wins.',
      args: { asOf: t.arg({ type: 'Date', description: 'The day; today when omitted.' }) },
      resolve: (office, { asOf }, context) => context.reads.relations.officeHolder(office.key, asOf ?? today()),
    }),
  }),
});

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
