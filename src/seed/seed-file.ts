import { z } from 'zod';
import { entityEvidenceFields, entityFields, relationFields, sourceFields, textField } from '../model/fields.js';

/**
 * The shape of one seed file (`seed/data/**\/*.yaml`): any of `entities`, `sources` and `relations`,
 * built from the field rules the import and the mutations share (src/model/fields.ts). Objects are
 * strict, so a misspelt field is an error rather than silently ignored. Rules that span files
 * (references, kinds, quotes) are checked in check-seed.ts.
 */

const entityEntry = entityFields.extend({ evidence: z.array(entityEvidenceFields).default([]) }).strict();

/** The full text lives in a file beside the seed (path relative to the YAML file). */
const sourceEntry = sourceFields.extend({ textFile: textField.optional() }).strict();

export const seedFileSchema = z
  .object({
    entities: z.array(entityEntry).optional(),
    sources: z.array(sourceEntry).optional(),
    relations: z.array(relationFields).optional(),
  })
  .strict();

export type SeedFile = z.infer<typeof seedFileSchema>;
