import {
  DATE_PRECISIONS,
  KNOWN_START_BASES,
  RELATION_TYPES,
  type ReadEvidence,
  type PartialDate,
  type QualifierValues,
  type StoredRelation,
} from '../model/relation.js';
import type { StoredEntity } from '../model/entity.js';
import { readAudit } from './audit-rows.js';
import { readEntity } from './entity-rows.js';
import { RowMap } from './row-reader.js';
import { readSource } from './source-repository.js';

/** Readers for the rows the relation statements return; nothing unread leaves a repository. */

const END_EDGES = ['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT'] as const;

/** Reads a map made by `relationProjection` (src/repositories/row-reader.ts says why not with zod). */
export function readRelation(value: unknown): StoredRelation {
  const id = new RowMap(value, 'relation').text('id');
  const where = new RowMap(value, `relation '${id}'`);
  const knownAt = where.optionalText('knownAt') ?? undefined;
  const ends: StoredEntity[] = [];
  let subject: string | null = null;
  let object: string | null = null;
  let context: string | null = null;
  for (const item of where.list('ends')) {
    const end = new RowMap(item, `an end of relation '${id}'`);
    const edge = end.oneOf('edge', END_EDGES);
    const entity = readEntity(end.value('entity'));
    // Read as of an instant, its ends are too: the fields reached through them keep reading as of it.
    ends.push(knownAt === undefined ? entity : { ...entity, knownAt });
    if (edge === 'SUBJECT_OF') subject ??= entity.key;
    else if (edge === 'OBJECT') object ??= entity.key;
    else context ??= entity.key;
  }
  if (subject === null || object === null) throw where.fail(`lacks its ${subject === null ? 'subject' : 'object'}`);
  const knownFrom = where.value('knownFrom');
  return {
    id,
    type: where.oneOf('type', RELATION_TYPES),
    subject,
    object,
    context,
    validFrom: partialDate(where, 'validFrom'),
    validTo: partialDate(where, 'validTo'),
    confidence: where.number('confidence'),
    ...qualifiers(where),
    retractedAt: where.optionalText('retractedAt'),
    retractedReason: where.optionalText('retractedReason'),
    retractedBy: where.optionalText('retractedBy'),
    audit: readAudit(where),
    knownFrom: knownFrom === null || knownFrom === undefined ? null : readKnownStart(new RowMap(knownFrom, `relation '${id}' knownFrom`)),
    ends,
    ...(knownAt === undefined ? {} : { knownAt }),
    // Read in brief (ReadDetail): its qualifiers, audit and known start are unread, not empty.
    ...(where.has('brief') ? { brief: true as const } : {}),
    // Its evidence, when the statement read that too (RelationRead.evidence).
    ...(where.has('evidence') ? { evidence: where.list('evidence').map(readEvidence) } : {}),
  };
}

/** Only the qualifiers the relation has: an absent one is left out, not null. */
function qualifiers(row: RowMap): QualifierValues {
  const found: QualifierValues = {};
  const role = row.optionalText('role');
  const option = row.optionalText('option');
  const note = row.optionalText('note');
  if (role !== null) found.role = role;
  if (option !== null) found.option = option;
  if (note !== null) found.note = note;
  for (const field of ['votes', 'seats', 'electorate', 'majority'] as const) {
    const count = row.optionalInteger(field);
    if (count !== undefined) found[field] = count;
  }
  for (const field of ['share', 'turnout'] as const) {
    const fraction = row.optionalNumber(field);
    if (fraction !== undefined) found[field] = fraction;
  }
  const elected = row.optionalBoolean('elected');
  if (elected !== undefined) found.elected = elected;
  return found;
}

function partialDate(row: RowMap, field: 'validFrom' | 'validTo'): PartialDate | null {
  const date = row.optionalText(field);
  if (date === null) return null;
  return { date, precision: row.optionalOneOf(`${field}Precision`, DATE_PRECISIONS) ?? 'DAY' };
}

function readKnownStart(row: RowMap): StoredRelation['knownFrom'] {
  return { date: row.text('date'), precision: row.oneOf('precision', DATE_PRECISIONS), basis: row.oneOf('basis', KNOWN_START_BASES) };
}

/** Reads one piece of evidence as `relation.evidenceOf` projects it, with its source. */
export function readEvidence(value: unknown): ReadEvidence {
  const row = new RowMap(value, 'evidence');
  return {
    cited: readSource(row.value('cited')),
    source: row.text('source'),
    quote: row.optionalText('quote'),
    start: row.nullableInteger('start'),
    end: row.nullableInteger('end'),
    confidence: row.number('confidence'),
    locator: row.optionalText('locator'),
  };
}
