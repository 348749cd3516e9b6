import { z } from 'zod';
import { isCalendarDate, parseInstant } from '../model/dates.js';
import { RELATION_TYPES } from '../model/relation.js';
import type { NeighbourhoodArguments, PathArguments } from '../reads/graph.js';

/**
 * What an export asks for, read from URL query parameters or command-line options (both arrive as
 * strings): a neighbourhood (`key`, with `depth`, `types`, `asOf`, `knownAt`, `limit`, `perEntity`) or a path
 * set (`from` and `to`, with `maxHops`, `maxDegree`, `types`, `asOf`, `knownAt`, `first`). Ranges are checked where the
 * GraphQL fields check them, so both refuse the same values with the same words.
 */

export const EXPORT_FORMATS = ['graphml', 'cytoscape', 'csv', 'nodes-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportRequest =
  | { format: ExportFormat; view: 'neighbourhood'; args: NeighbourhoodArguments }
  | { format: ExportFormat; view: 'paths'; args: PathArguments };

export class ExportRequestError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ExportRequestError';
  }
}

const integer = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .optional();
const date = z
  .string()
  .refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD')
  .optional();
const instant = z
  .string()
  .refine((value) => parseInstant(value) !== null, 'must be an ISO 8601 instant with its offset, such as 2026-12-01T11:32:04.5Z')
  .optional();
const types = z
  .string()
  .transform((list) => list.split(',').map((type) => type.trim().toUpperCase()))
  .pipe(z.array(z.enum(RELATION_TYPES, { error: `must be relation types among ${RELATION_TYPES.join(', ')}` })))
  .optional();

const parameters = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
    key: z.string().min(1).optional(),
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
    depth: integer,
    limit: integer,
    perEntity: integer,
    maxHops: integer,
    maxDegree: integer,
    first: integer,
    types,
    asOf: date,
    knownAt: instant,
  })
  .strict();

export function parseExportRequest(input: Record<string, string>): ExportRequest {
  const parsed = parameters.safeParse(input);
  if (!parsed.success) {
    throw new ExportRequestError(
      parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `Unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}.`
          : `Parameter "${issue.path.join('.')}" ${issue.message}.`,
      ),
    );
  }
  const { format, key, from, to, depth, limit, perEntity, maxHops, maxDegree, first, types: relationTypes, asOf, knownAt } = parsed.data;
  if (key !== undefined && from === undefined && to === undefined) {
    return { format, view: 'neighbourhood', args: { key, depth, limit, perEntity, types: relationTypes, asOf, knownAt } };
  }
  if (key === undefined && from !== undefined && to !== undefined) {
    return { format, view: 'paths', args: { from, to, maxHops, maxDegree, first, types: relationTypes, asOf, knownAt } };
  }
  throw new ExportRequestError([
    'Give "key" for a neighbourhood, or "from" and "to" for the paths between two entities.',
  ]);
}
