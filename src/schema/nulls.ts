import { z } from 'zod';

/**
 * GraphQL sends an optional input field as absent or as null; the shared rules (src/model/fields.ts)
 * mean "not given" by absent. This reads null as absent, in nested objects and lists too, before the
 * rules run. Inputs where null means "clear it" (updateEntity) do not use it.
 */
export function nullAsAbsent<T extends z.ZodType>(schema: T) {
  return z.preprocess(dropNulls, schema);
}

/** The value with every null field left out, at any depth. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null)
      .map(([name, field]) => [name, dropNulls(field)]),
  );
}
