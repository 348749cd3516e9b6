import { z } from 'zod';
import {
  DATE_PRECISIONS,
  KNOWN_START_BASES,
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
    majority: optionalInteger,
    share: optional(z.number()),
    turnout: optional(z.number()),
    elected: optional(z.boolean()),
    ends: z.array(z.object({ edge: z.enum(['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT']), entity: entityRow })),
    knownFrom: z.object({ date: z.string(), precision: z.enum(DATE_PRECISIONS), basis: z.enum(KNOWN_START_BASES) }).nullable(),
    /** Set when the relation was read as the graph stood at an instant (relationProjection with `at`). */
    knownAt: z.string().optional(),
    ...auditFields,
  })
  .transform(
    ({ validFrom, validFromPrecision, validTo, validToPrecision, createdAt, createdBy, updatedAt, updatedBy, ends, knownAt, ...rest }, context): StoredRelation => {
      const at = (edge: string) => ends.find((end) => end.edge === edge)?.entity ?? null;
      const [subject, object] = [at('SUBJECT_OF'), at('OBJECT')];
      if (!subject || !object) {
        context.addIssue({ code: 'custom', message: `relation '${rest.id}' lacks its ${subject ? 'object' : 'subject'}` });
        return z.NEVER;
      }
      return {
        ...rest,
        subject: subject.key,
        object: object.key,
        context: at('IN_CONTEXT')?.key ?? null,
        // Read as of an instant, its ends are too: the fields reached through them keep reading as of it.
        ends: ends.map((end) => (knownAt === undefined ? end.entity : { ...end.entity, knownAt })),
        ...(knownAt === undefined ? {} : { knownAt }),
        audit: auditOf({ createdAt, createdBy, updatedAt, updatedBy }),
        validFrom: partialDate(validFrom, validFromPrecision),
        validTo: partialDate(validTo, validToPrecision),
      };
    },
  );

export const evidenceRow = z.object({
  source: z.string(),
  quote: z.string().nullable(),
  start: neo4jInteger.nullable(),
  end: neo4jInteger.nullable(),
  confidence: z.number(),
  locator: z.string().nullable().default(null),
}) satisfies z.ZodType<EvidenceRecord>;

export const pageRow = <T extends z.ZodType>(item: T) => z.object({ totalCount: neo4jInteger, page: z.array(item) });
