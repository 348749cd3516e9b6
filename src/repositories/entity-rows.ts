import { z } from 'zod';
import { kindOfLabel, type EntityKind, type StoredEntity } from '../model/entity.js';
import { auditFields, auditOf, auditProjection } from './audit-rows.js';

/**
 * Projects the :Entity node held in `variable` into the map that `entityRow` parses; fixed text.
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

export const entityRow = z
  .object({
    key: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).nullable(),
    description: z.string().nullable(),
    subKind: z.string().nullable(),
    date: z.string().nullable(),
    labels: z.array(z.string()),
    ...auditFields,
  })
  .transform((row, context): StoredEntity => {
    const kind = entityKindRow.safeParse(row);
    if (!kind.success) {
      for (const issue of kind.error.issues) context.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return {
      key: row.key,
      kind: kind.data,
      name: row.name,
      aliases: row.aliases ?? [],
      description: row.description,
      subKind: row.subKind,
      date: row.date,
      audit: auditOf(row),
    };
  });
