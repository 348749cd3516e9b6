import { z } from 'zod';
import {
  DATE_PRECISIONS,
  RELATION_TYPES,
  type EvidenceRecord,
  type PartialDate,
  type StoredRelation,
} from '../model/relation.js';
import { auditFields, auditOf } from './audit-rows.js';
import { entityRow } from './entity-rows.js';
import { neo4jInteger } from './neo4j-values.js';

/** Parsers for the rows the relation statements return; nothing unparsed leaves a repository. */

const optionalInteger = neo4jInteger.nullable().optional().transform((value) => value ?? undefined);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional().transform((value) => value ?? undefined);

function partialDate(date: string | null, precision: string | null): PartialDate | null {
  if (date === null) return null;
  return { date, precision: (precision as PartialDate['precision'] | null) ?? 'DAY' };
}

export const relationRow = z
  .object({
    id: z.string(),
    type: z.enum(RELATION_TYPES),
    subject: z.string(),
    object: z.string(),
    context: z.string().nullable(),
    validFrom: z.string().nullable(),
    validFromPrecision: z.enum(DATE_PRECISIONS).nullable(),
    validTo: z.string().nullable(),
    validToPrecision: z.enum(DATE_PRECISIONS).nullable(),
    confidence: z.number(),
    retractedAt: z.string().nullable(),
    retractedReason: z.string().nullable(),
    retractedBy: z.string().nullable().default(null),
    role: optional(z.string()),
    option: optional(z.string()),
    note: optional(z.string()),
    votes: optionalInteger,
    seats: optionalInteger,
    electorate: optionalInteger,
    share: optional(z.number()),
    turnout: optional(z.number()),
    elected: optional(z.boolean()),
    ends: z.array(entityRow),
    ...auditFields,
  })
  .transform(
    ({ validFrom, validFromPrecision, validTo, validToPrecision, createdAt, createdBy, updatedAt, updatedBy, ...rest }): StoredRelation => ({
      ...rest,
      audit: auditOf({ createdAt, createdBy, updatedAt, updatedBy }),
      validFrom: partialDate(validFrom, validFromPrecision),
      validTo: partialDate(validTo, validToPrecision),
    }),
  );

export const evidenceRow = z.object({
  source: z.string(),
  quote: z.string().nullable(),
  start: neo4jInteger.nullable(),
  end: neo4jInteger.nullable(),
  confidence: z.number(),
}) satisfies z.ZodType<EvidenceRecord>;

export const pageRow = <T extends z.ZodType>(item: T) => z.object({ totalCount: neo4jInteger, page: z.array(item) });
