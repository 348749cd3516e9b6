import type { DateWindow as DateWindowShape } from '../../model/relation.js';
import { badArgument } from '../arguments.js';
import { builder } from '../builder.js';

export const DateWindow = builder.inputType('DateWindow', {
  description: 'A span of days, both ends included. Leave an end out to keep that side open.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day of the window.' }),
    to: t.field({ type: 'Date', description: 'Last day of the window.' }),
  }),
});

/** A window from its two ends, refusing one that ends before it starts; `argument` names it in errors. */
export function toDateWindow(argument: string, from: string | null | undefined, to: string | null | undefined): DateWindowShape {
  if (from && to && to < from) throw badArgument(argument, `ends (${to}) before it starts (${from}).`);
  return { from: from ?? null, to: to ?? null };
}
