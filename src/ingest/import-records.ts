import { z } from 'zod';
import { entityEvidenceFields, entityFields, entityIdentifiersFields, relationFields, sourceFields, sourceTextField, textField } from '../model/fields.js';

/**
 * One row of an import: an entity, a source, a relation with its evidence, or identifiers for an
 * entity that exists (without rewriting its other fields: what an import that joins curated entities needs), in the seed's shapes
 * (src/model/fields.ts), so that a file the import accepts is one the seed would accept. In JSON
 * Lines a row is `{"entity": {...}}`, `{"source": {...}}`, `{"relation": {...}}` or `{"identifiers": {...}}`; CSV rows are
 * turned into the same objects (csv-rows.ts).
 */

const importedEntity = entityFields.extend({ evidence: z.array(entityEvidenceFields).max(50).default([]) }).strict();

/** The full text inline, or in a file beside the import (path relative to it). */
const importedSource = sourceFields
  .extend({ text: sourceTextField.optional(), textFile: textField.optional() })
  .strict()
  .refine((source) => !(source.text && source.textFile), { message: 'give text or textFile, not both', path: ['textFile'] });

const RECORD_KINDS = {
  entity: z.object({ entity: importedEntity }).strict(),
  source: z.object({ source: importedSource }).strict(),
  relation: z.object({ relation: relationFields }).strict(),
  identifiers: z.object({ identifiers: entityIdentifiersFields }).strict(),
};

const SHAPE = 'each row must be one object with one field, entity, source, relation or identifiers, such as {"entity": {...}}';
const notARecord = z.never({ error: SHAPE });

export type ImportRecord = z.infer<(typeof RECORD_KINDS)[keyof typeof RECORD_KINDS]>;

/**
 * A row, checked against the schema its one field names, so that problems point into the record
 * ("relation.validFrom") instead of saying only that no shape matched.
 */
export function parseImportRecord(value: unknown): z.ZodSafeParseResult<ImportRecord> {
  const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  const kind = fields.length === 1 ? fields[0] : undefined;
  if (kind === 'entity' || kind === 'source' || kind === 'relation' || kind === 'identifiers') return RECORD_KINDS[kind].safeParse(value);
  return notARecord.safeParse(value);
}
