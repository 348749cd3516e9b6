import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parsePartialDate } from '../../model/dates.js';

/**
 * The parts of a Popolo JSON document (https://www.popoloproject.com/specs/) the import reads:
 * persons, organizations, areas, memberships and the events that are legislative periods, as
 * EveryPolitician publishes them. Fields the import does not map are let through unread. Every
 * problem is named by its JSON pointer ("/memberships/17/person_id"), so it can be found in the file.
 */

const popoloDate = z.string().refine((value) => parsePartialDate(value) !== null, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY');
const popoloId = z.string().trim().min(1, 'must not be empty');
const identifier = z.object({ scheme: z.string().min(1), identifier: z.string().min(1) });
const otherName = z.object({ name: z.string(), lang: z.string().optional() });

const person = z.object({
  id: popoloId,
  name: z.string().trim().min(1, 'must not be empty'),
  identifiers: z.array(identifier).default([]),
  other_names: z.array(otherName).default([]),
});

const organization = z.object({
  id: popoloId,
  name: z.string().trim().min(1, 'must not be empty'),
  classification: z.string().optional(),
  identifiers: z.array(identifier).default([]),
  other_names: z.array(otherName).default([]),
});

const area = z.object({
  id: popoloId,
  name: z.string().trim().min(1, 'must not be empty'),
  type: z.string().optional(),
  identifiers: z.array(identifier).default([]),
});

const event = z.object({
  id: popoloId,
  name: z.string().optional(),
  classification: z.string().optional(),
  start_date: popoloDate.optional(),
  end_date: popoloDate.optional(),
});

const membership = z.object({
  person_id: popoloId,
  organization_id: popoloId,
  on_behalf_of_id: popoloId.optional(),
  area_id: popoloId.optional(),
  legislative_period_id: popoloId.optional(),
  role: z.string().optional(),
  start_date: popoloDate.optional(),
  end_date: popoloDate.optional(),
});

const document = z.object({
  persons: z.array(person).default([]),
  organizations: z.array(organization).default([]),
  areas: z.array(area).default([]),
  events: z.array(event).default([]),
  memberships: z.array(membership).default([]),
  meta: z.object({ sources: z.array(z.string()).optional() }).optional(),
});

export type PopoloDocument = z.infer<typeof document>;
export type PopoloPerson = z.infer<typeof person>;
export type PopoloOrganization = z.infer<typeof organization>;
export type PopoloArea = z.infer<typeof area>;
export type PopoloMembership = z.infer<typeof membership>;

/** A problem in the Popolo file: where (a JSON pointer) and what. */
export interface PopoloProblem {
  pointer: string;
  message: string;
}

/** Reads and checks a Popolo file whole: its shape, then every id a membership refers to. */
export async function readPopolo(file: string): Promise<{ document: PopoloDocument; text: string } | { problems: PopoloProblem[] }> {
  const text = await readFile(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [{ pointer: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = document.safeParse(value);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => ({ pointer: pointerOf(issue.path), message: issue.message })) };
  const problems = referenceProblems(parsed.data);
  return problems.length > 0 ? { problems } : { document: parsed.data, text };
}

function referenceProblems(popolo: PopoloDocument): PopoloProblem[] {
  const problems: PopoloProblem[] = [];
  for (const [collection, items] of [['persons', popolo.persons], ['organizations', popolo.organizations], ['areas', popolo.areas], ['events', popolo.events]] as const) {
    const seen = new Map<string, number>();
    items.forEach((item, at) => {
      const earlier = seen.get(item.id);
      if (earlier !== undefined) problems.push({ pointer: `/${collection}/${at}/id`, message: `id "${item.id}" is also the id of /${collection}/${earlier}` });
      seen.set(item.id, at);
    });
  }
  const ids = {
    persons: new Set(popolo.persons.map((item) => item.id)),
    organizations: new Set(popolo.organizations.map((item) => item.id)),
    areas: new Set(popolo.areas.map((item) => item.id)),
    events: new Set(popolo.events.map((item) => item.id)),
  };
  popolo.memberships.forEach((item, at) => {
    const refer = (field: keyof PopoloMembership, collection: keyof typeof ids) => {
      const id = item[field];
      if (id !== undefined && !ids[collection].has(id)) problems.push({ pointer: `/memberships/${at}/${field}`, message: `no ${collection.replace(/s$/, '')} has the id "${id}"` });
    };
    refer('person_id', 'persons');
    refer('organization_id', 'organizations');
    refer('on_behalf_of_id', 'organizations');
    refer('area_id', 'areas');
    refer('legislative_period_id', 'events');
  });
  return problems;
}

/** A zod path as a JSON pointer (RFC 6901: "~" and "/" escaped). */
export function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
