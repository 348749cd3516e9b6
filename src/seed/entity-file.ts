import { z } from 'zod';
import { ENTITY_KINDS, SUB_KINDS, type EntityRecord } from '../model/entity.js';
import { isCalendarDate } from '../model/dates.js';

/** The shape of `seed/data/*.yaml` entity files, strict so that a misspelt field is an error. */

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const entityEntry = z
  .object({
    key: z.string().regex(KEY, 'must be a lowercase slug such as "keir-starmer"'),
    kind: z.enum(ENTITY_KINDS),
    subKind: z.string().optional(),
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    description: z.string().trim().min(1).optional(),
    date: z
      .string()
      .refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD')
      .optional(),
  })
  .strict()
  .superRefine((entry, context) => {
    const allowed = SUB_KINDS[entry.kind];
    if (entry.subKind !== undefined && !allowed.includes(entry.subKind)) {
      context.addIssue({
        code: 'custom',
        path: ['subKind'],
        message:
          allowed.length === 0
            ? `a ${entry.kind} has no sub-kind`
            : `must be one of ${allowed.join(', ')} for a ${entry.kind}, got "${entry.subKind}"`,
      });
    }
    if (entry.date !== undefined && entry.kind !== 'ELECTION') {
      context.addIssue({ code: 'custom', path: ['date'], message: 'only elections have a date' });
    }
  });

export const entityFileSchema = z.object({ entities: z.array(entityEntry) }).strict();

export type EntityEntry = z.infer<typeof entityEntry>;

export function toEntityRecord(entry: EntityEntry): EntityRecord {
  return {
    key: entry.key,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases,
    description: entry.description ?? null,
    subKind: entry.subKind ?? null,
    date: entry.date ?? null,
  };
}
