import { z } from 'zod';
import { ENTITY_KINDS } from '../model/entity.js';
import { isCalendarDate, parsePartialDate } from '../model/dates.js';
import { QUALIFIERS, RELATION_TYPES, SOURCE_KINDS } from '../model/relation.js';

/**
 * The shape of one seed file (`seed/data/**\/*.yaml`): any of `entities`, `sources` and `relations`.
 * Objects are strict, so a misspelt field is an error rather than silently ignored. Rules that span
 * files (references, kinds, quotes) are checked in check-seed.ts.
 */

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const key = z.string().regex(KEY, 'must be a lowercase slug such as "keir-starmer"');
const text = z.string().trim().min(1);

/** YAML reads 2020 as a number and 2020-04-04 as a string; both are dates here. */
export const partialDate = z
  .union([z.string(), z.number().int()])
  .transform((value, context) => {
    const parsed = parsePartialDate(String(value));
    if (!parsed) {
      context.addIssue({ code: 'custom', message: `"${value}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY` });
      return z.NEVER;
    }
    return parsed;
  });

const confidence = z.number().min(0).max(1);

const evidenceEntry = z
  .object({
    source: key,
    quote: text.optional(),
    /** Which occurrence of the quote is meant, when it appears more than once in the source's text. */
    occurrence: z.number().int().min(1).optional(),
    confidence: confidence.optional(),
  })
  .strict();

const entityEvidenceEntry = evidenceEntry.extend({ property: z.enum(['date', 'name', 'description']).optional() }).strict();

const entityEntry = z
  .object({
    key,
    kind: z.enum(ENTITY_KINDS),
    subKind: z.string().optional(),
    name: text,
    aliases: z.array(text).default([]),
    description: text.optional(),
    /** Polling day, known to the day: a year alone belongs in the name, as in "2016 EU referendum". */
    date: z.string().refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD').optional(),
    evidence: z.array(entityEvidenceEntry).default([]),
  })
  .strict();

const sourceEntry = z
  .object({
    key,
    kind: z.enum(SOURCE_KINDS),
    title: text,
    url: z.string().url().optional(),
    publisher: text.optional(),
    publishedAt: partialDate.optional(),
    /** The full text, in a file beside the seed (path relative to the YAML file). */
    textFile: text.optional(),
  })
  .strict();

const qualifierShape = {
  role: text.optional(),
  option: text.optional(),
  note: text.optional(),
  votes: z.number().int().min(0).optional(),
  seats: z.number().int().min(0).optional(),
  electorate: z.number().int().min(0).optional(),
  share: z.number().min(0).max(1).optional(),
  turnout: z.number().min(0).max(1).optional(),
  elected: z.boolean().optional(),
} satisfies Record<(typeof QUALIFIERS)[number], z.ZodType>;

const relationEntry = z
  .object({
    id: key,
    type: z.enum(RELATION_TYPES),
    subject: key,
    object: key,
    context: key.optional(),
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
    confidence: confidence.default(1),
    ...qualifierShape,
    evidence: z.array(evidenceEntry).min(1, 'every relation needs at least one piece of evidence'),
  })
  .strict();

export const seedFileSchema = z
  .object({
    entities: z.array(entityEntry).optional(),
    sources: z.array(sourceEntry).optional(),
    relations: z.array(relationEntry).optional(),
  })
  .strict();

export type SeedFile = z.infer<typeof seedFileSchema>;
export type RelationEntry = z.infer<typeof relationEntry>;
export type EvidenceEntry = z.infer<typeof evidenceEntry>;
