import { z } from 'zod';
import { kindOfLabel, type EntityKind, type StoredEntity } from '../model/entity.js';
import { auditProjection, readAudit } from './audit-rows.js';
import { RowMap } from './row-reader.js';

/**
 * Projects the :Entity node held in `variable` into the map that `readEntity` reads; fixed text.
 * `labels` reads its kind: a kept version or a merged entity holds the labels it had in `formerLabels`.
 */
export function entityProjection(variable: string, labels = `labels(${variable})`): string {
  return `${variable} { .key, .name, .aliases, .description, .subKind, ${auditProjection(variable)},
                        date: toString(${variable}.date), labels: ${labels} }`;
}

/** The projection of an entity held in `entity`, shared by most statements. */
export const ENTITY_PROJECTION = entityProjection('entity');

/** The one kind an entity's labels name; anything else is a broken node, reported by key. */
export const entityKindRow = z.object({ key: z.string(), labels: z.array(z.string()) }).transform((row, context): EntityKind => {
  const kinds = row.labels.map(kindOfLabel).filter((kind) => kind !== undefined);
  if (kinds.length !== 1) {
    context.addIssue({ code: 'custom', message: `entity '${row.key}' has kind labels [${row.labels.join(', ')}]` });
    return z.NEVER;
  }
  return kinds[0]!;
});

/** Reads a map made by `entityProjection` (src/repositories/row-reader.ts says why not with zod). */
export function readEntity(value: unknown): StoredEntity {
  const row = new RowMap(value, 'entity');
  const key = row.text('key');
  const labels = row.texts('labels');
  const kinds = labels.map(kindOfLabel).filter((kind) => kind !== undefined);
  if (kinds.length !== 1) throw row.fail(`'${key}' has kind labels [${labels.join(', ')}]`);
  return {
    key,
    kind: kinds[0]!,
    name: row.text('name'),
    aliases: row.texts('aliases'),
    description: row.optionalText('description'),
    subKind: row.optionalText('subKind'),
    date: row.optionalText('date'),
    audit: readAudit(row),
    // A brief (a relation's end read in brief) read only its key, name and kind: the rest is unread, not empty.
    ...(row.has('brief') ? { brief: true as const } : {}),
  };
}
