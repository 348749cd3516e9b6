import { z } from 'zod';
import { describeIdentifier, ENTITY_KINDS, identifierKey } from './entity.js';
import { isCalendarDate, parsePartialDate } from './dates.js';
import { type QUALIFIERS, RELATION_TYPES, SOURCE_KINDS } from './relation.js';

/**
 * The rules every written record obeys, field by field, defined once: the seed files, the import
 * command and the curation mutations all validate with these schemas, so a value one accepts the
 * others accept too. Messages are written for curators: they say what is wrong and what to write.
 * Rules that need more than one record (references, kinds, quotes) are in rules.ts.
 */

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const keyField = z.string().max(200, 'must be at most 200 characters').regex(KEY, 'must be a lowercase slug such as "keir-starmer"');
export const textField = z.string().trim().min(1, 'must not be empty').max(2_000, 'must be at most 2,000 characters');
const confidenceField = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

/** YAML reads 2020 as a number and 2020-04-04 as a string; both are dates here. */
const partialDateField = z
  .union([z.string(), z.number().int()])
  .transform((value, context) => {
    const parsed = parsePartialDate(String(value));
    if (!parsed) {
      context.addIssue({ code: 'custom', message: `"${value}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY` });
      return z.NEVER;
    }
    return parsed;
  });

/** Polling day, known to the day: a year alone belongs in the name, as in "2016 EU referendum". */
const calendarDateField = z.string().refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD');

export const evidenceFields = z
  .object({
    source: keyField,
    quote: textField.optional(),
    /** Which occurrence of the quote is meant, when it appears more than once in the source's text. */
    occurrence: z.number().int().min(1).optional(),
    confidence: confidenceField.optional(),
    /** Where in the source the evidence is when its text is not stored: a dataset record's JSON pointer or CSV line. */
    locator: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').optional(),
  })
  .strict();

export const entityEvidenceFields = evidenceFields.extend({ property: z.enum(['date', 'name', 'description']).optional() }).strict();

/**
 * An identifier an outside register gives the entity: a Wikidata Q-id, a parliament's member id, a
 * Popolo id. A scheme is a short lowercase name (wikidata, datadotparl, popolo); the value is kept as given.
 */
export const identifierFields = z
  .object({
    scheme: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'must be a short lowercase scheme name such as "wikidata"'),
    value: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  })
  .strict();

const identifierList = z
  .array(identifierFields)
  .max(100, 'at most 100 identifiers')
  .superRefine((identifiers, context) => {
    const seen = new Set<string>();
    identifiers.forEach((identifier, index) => {
      const id = identifierKey(identifier);
      if (seen.has(id)) context.addIssue({ code: 'custom', path: [index], message: `${describeIdentifier(identifier)} is given twice` });
      seen.add(id);
    });
  });

/** Identifiers given to an entity already in the graph (or defined elsewhere in the file), its other fields untouched. */
export const entityIdentifiersFields = z
  .object({ entity: keyField, identifiers: identifierList.refine((identifiers) => identifiers.length > 0, 'give at least one identifier') })
  .strict();

export const entityFields = z
  .object({
    key: keyField,
    kind: z.enum(ENTITY_KINDS),
    subKind: z.string().optional(),
    name: textField,
    aliases: z.array(textField).max(100, 'at most 100 aliases').default([]),
    description: textField.optional(),
    date: calendarDateField.optional(),
    identifiers: identifierList.default([]),
  })
  .strict();

export const sourceFields = z
  .object({
    key: keyField,
    kind: z.enum(SOURCE_KINDS),
    title: textField,
    url: z.url({ protocol: /^https?$/, message: 'must be an http or https URL' }).optional(),
    publisher: textField.optional(),
    publishedAt: partialDateField.optional(),
    /** A dataset's file as imported, so a reader can tell which version of it the facts come from. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits').optional(),
  })
  .strict();

/** A source's full text: long, kept verbatim (not trimmed) so that quote offsets stay true. */
export const sourceTextField = z.string().min(1, 'must not be empty').max(5_000_000, 'must be at most 5,000,000 characters');

const qualifierFields = {
  role: textField.optional(),
  option: textField.optional(),
  note: textField.optional(),
  votes: z.number().int().min(0).optional(),
  seats: z.number().int().min(0).optional(),
  electorate: z.number().int().min(0).optional(),
  majority: z.number().int().min(0).optional(),
  share: z.number().min(0).max(1, 'is a fraction: write 0.519 for 51.9%').optional(),
  turnout: z.number().min(0).max(1, 'is a fraction: write 0.423 for 42.3%').optional(),
  elected: z.boolean().optional(),
} satisfies Record<(typeof QUALIFIERS)[number], z.ZodType>;

export const relationFields = z
  .object({
    id: keyField,
    type: z.enum(RELATION_TYPES),
    subject: keyField,
    object: keyField,
    context: keyField.optional(),
    validFrom: partialDateField.optional(),
    validTo: partialDateField.optional(),
    confidence: confidenceField.default(1),
    ...qualifierFields,
    evidence: z.array(evidenceFields).min(1, 'every relation needs at least one piece of evidence').max(50),
  })
  .strict();

export type EntityEntry = z.infer<typeof entityFields>;
export type SourceEntry = z.infer<typeof sourceFields>;
export type RelationEntry = z.infer<typeof relationFields>;
export type EvidenceEntry = z.infer<typeof evidenceFields>;

/**
 * A change to an entity: only the fields given change; null clears an optional field. The kind is not
 * here on purpose: relations were checked against it, so an entity of the wrong kind is merged away
 * or recreated, not re-kinded.
 */
export const entityChangesFields = z
  .object({
    name: textField.optional(),
    aliases: z.array(textField).max(100, 'at most 100 aliases').nullable().optional().transform((aliases) => (aliases === null ? [] : aliases)),
    description: textField.nullable().optional(),
    subKind: z.string().nullable().optional(),
    date: calendarDateField.nullable().optional(),
    /** Added to those the entity has; identifiers are never removed. */
    identifiers: identifierList.optional(),
  })
  .strict()
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), 'give at least one field to change');

/** A source as a curator adds it, with its full text when it is to be quoted verbatim. */
export const newSourceFields = sourceFields.extend({ text: sourceTextField.optional() }).strict();

/** A relation as a curator asserts it; without an id, one is made from subject, type and object. */
export const newRelationFields = relationFields.extend({ id: keyField.optional() }).strict();

/**
 * The fields of an input that pass their own rules, each checked alone, and the names of those that
 * do not: what the graph checks still read when some fields are malformed, so that one refusal lists
 * every problem (a malformed date and a quote not in its source, together). A field at fault is left
 * out, except a key given as text, kept as given (it then names nothing, and is not checked further).
 */
export function salvageFields(shape: Record<string, z.ZodType>, input: Record<string, unknown>, keys: string[] = []) {
  const faulty = new Set<string>();
  const kept: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(shape)) {
    const field = rule.safeParse(input[name]);
    if (field.success) kept[name] = field.data;
    else {
      faulty.add(name);
      if (keys.includes(name) && typeof input[name] === 'string') kept[name] = input[name];
    }
  }
  return { kept, faulty };
}

/** An entity input's salvage (see salvageFields). */
export function salvageEntity(input: Record<string, unknown>): { entry: EntityEntry; faulty: Set<string> } {
  const { kept, faulty } = salvageFields(entityFields.shape, input, ['key']);
  return { entry: kept as EntityEntry, faulty };
}

/**
 * A relation input's salvage (see salvageFields). Evidence at fault is left out; `evidenceAt` gives
 * each kept piece's place in the input, for the paths of the problems found in it.
 */
export interface SalvagedRelation {
  entry: Omit<RelationEntry, 'id'> & { id?: string };
  faulty: Set<string>;
  evidenceAt: number[];
}

export function salvageRelation(input: Record<string, unknown>): SalvagedRelation {
  const { evidence: _evidence, ...shape } = newRelationFields.shape;
  const { kept, faulty } = salvageFields(shape, input, ['subject', 'object', 'context']);
  const given = Array.isArray(input.evidence) ? input.evidence : [];
  const evidence: EvidenceEntry[] = [];
  const evidenceAt: number[] = [];
  for (const [at, item] of given.entries()) {
    const parsed = evidenceFields.safeParse(item);
    if (parsed.success) {
      evidence.push(parsed.data);
      evidenceAt.push(at);
    } else faulty.add(`evidence[${at}]`);
  }
  if (given.length === 0) faulty.add('evidence');
  return { entry: { ...(kept as Omit<RelationEntry, 'id' | 'evidence'>), evidence }, faulty, evidenceAt };
}
