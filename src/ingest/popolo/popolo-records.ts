import { createHash } from 'node:crypto';
import { identifierKey, PLACE_KINDS, type EntityKind, type Identifier } from '../../model/entity.js';
import { parsePartialDate } from '../../model/dates.js';
import { normalizeName } from '../../model/rules.js';
import type { ExistingRecords } from '../../repositories/existing-records.js';
import type { NamedEntity } from '../../repositories/entity-matches.js';
import type { PopoloDocument, PopoloMembership, PopoloProblem } from './popolo-document.js';

/**
 * A Popolo document as the import's own rows ({"entity": …}, {"source": …}, {"relation": …}), each
 * with the JSON pointer of the record it comes from, so that the import checks and writes them as it
 * does a JSON Lines file. The mapping (the README's "Popolo" section says it with examples):
 *
 * - a person is a PERSON; an organization an ORGANIZATION by classification (legislature, party,
 *   executive); an area a PLACE (its type, such as constituency, when the vocabulary has it);
 * - a membership of an organization for an area is a seat: HOLDS_OFFICE of the office named by
 *   `seatName` ("Member of {organization} for {area}"), in the organization's context; without an
 *   area it is MEMBER_OF the organization; on behalf of a party it is also MEMBER_OF the party;
 * - its dates are its own, else its legislative period's, at their precision; a Popolo end date is
 *   the last day, so a day's validTo is the day after (the graph's intervals end before validTo);
 * - every record keeps its Popolo id (scheme "popolo", value "{dataset}/{id}", or the id alone when it is
 *   a UUID) and its identifiers.
 *
 * Entity resolution: a record joins an existing entity by the mapping file, else by an identifier the
 * entity holds, else by its exact name or alias among entities of its kind; several candidates are
 * never guessed between: each is a problem, settled with a mapping file. An existing entity is joined,
 * not rewritten: its fields stay as curated, and it gains the record's identifiers (an identifiers row).
 */

export interface PopoloOptions {
  /** Names the dataset in identifiers and in its source's key: the same file must be given the same name each time. */
  dataset: string;
  /** The office a seat is, with {organization} and {area}: "MP for {area}" for the House of Commons. */
  seatName: string;
  /** Popolo id → entity key, or null for "a new entity": settles ambiguous matches. */
  mapping: ReadonlyMap<string, string | null>;
  title: string;
  /** The file's SHA-256, kept on its DATASET source. */
  sha256: string;
}

/** A record that joined an entity the graph holds, and what said so. */
export interface PopoloMatch {
  pointer: string;
  name: string;
  key: string;
  /** "mapping file", "wikidata Q291169" (the identifier), or "name". */
  by: string;
}

export interface PopoloRow {
  pointer: string;
  value: Record<string, unknown>;
}

/** An entity the file describes, before it is resolved to a key. */
interface Described {
  pointer: string;
  popoloId: string;
  kind: EntityKind;
  subKind?: string;
  name: string;
  aliases: string[];
  identifiers: Identifier[];
}

/** What to ask the database before resolving. */
export function lookUpsFor(popolo: PopoloDocument, options: PopoloOptions): { identifiers: Identifier[]; names: string[]; keys: string[] } {
  const described = describe(popolo, options);
  return {
    identifiers: described.flatMap((item) => item.identifiers),
    names: described.map((item) => item.name),
    keys: described.map((item) => slug(item.name)),
  };
}

export function popoloRows(
  popolo: PopoloDocument,
  options: PopoloOptions,
  existing: ExistingRecords,
  named: ReadonlyMap<string, NamedEntity[]>,
): { rows: PopoloRow[]; problems: PopoloProblem[]; matches: PopoloMatch[] } {
  const described = describe(popolo, options);
  const problems: PopoloProblem[] = [];
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  const sharedNames = countBy(described, (item) => `${item.kind}\u0000${normalizeName(item.name)}`);
  const rows: PopoloRow[] = [];
  const matches: PopoloMatch[] = [];
  // An entity that holds a record's identifier belongs to that record: never another's match by name
  // (after a run killed mid-write, the first of two people of one name is in the graph already).
  const claimedBy = new Map<string, string>();
  for (const item of described) {
    for (const identifier of item.identifiers) {
      const holder = existing.identifiers.get(identifierKey(identifier));
      if (holder !== undefined && !claimedBy.has(holder)) claimedBy.set(holder, item.popoloId);
    }
  }
  const joinedBy = new Map<string, string>();

  for (const item of described) {
    const resolution = resolve(item, options, existing, named, sharedNames, (key) => (claimedBy.get(key) ?? item.popoloId) === item.popoloId);
    if ('problem' in resolution) {
      problems.push({ pointer: item.pointer, message: resolution.problem });
      continue;
    }
    if (resolution.key) {
      const other = joinedBy.get(resolution.key);
      if (other !== undefined && resolution.by !== 'mapping file') {
        problems.push({ pointer: item.pointer, message: `it and ${other} would both join ${resolution.key} (by ${resolution.by}); say which is which in the mapping file` });
        continue;
      }
      joinedBy.set(resolution.key, item.pointer);
      keys.set(item.popoloId, resolution.key);
      matches.push({ pointer: item.pointer, name: item.name, key: resolution.key, by: resolution.by });
      // Joined, not rewritten: the entity keeps its curated fields and gains the file's identifiers.
      rows.push({ pointer: item.pointer, value: { identifiers: { entity: resolution.key, identifiers: item.identifiers } } });
      continue;
    }
    let key = slug(item.name);
    if (taken.has(key) || existing.entities.has(key)) key = `${key}-${shortHash(options.dataset, item.popoloId)}`;
    taken.add(key);
    keys.set(item.popoloId, key);
    const entity = { key, kind: item.kind, ...(item.subKind ? { subKind: item.subKind } : {}), name: item.name, aliases: item.aliases, identifiers: item.identifiers };
    rows.push({ pointer: item.pointer, value: { entity } });
  }
  if (problems.length > 0) return { rows: [], problems, matches };

  const source = datasetSourceKey(options.dataset);
  const url = popolo.meta?.sources?.[0];
  rows.push({ pointer: '', value: { source: { key: source, kind: 'DATASET', title: options.title, sha256: options.sha256, ...(url ? { url } : {}) } } });
  rows.push(...membershipRows(popolo, options, keys, source));
  return { rows, problems, matches };
}

function resolve(
  item: Described,
  options: PopoloOptions,
  existing: ExistingRecords,
  named: ReadonlyMap<string, NamedEntity[]>,
  sharedNames: Map<string, number>,
  mayJoin: (key: string) => boolean,
): { key: string; by: string } | { key: null } | { problem: string } {
  const mapped = options.mapping.get(item.popoloId);
  if (mapped !== undefined) return mapped === null ? { key: null } : { key: mapped, by: 'mapping file' };
  const held = item.identifiers.flatMap((identifier) => {
    const holder = existing.identifiers.get(identifierKey(identifier));
    return holder === undefined ? [] : [{ holder, identifier }];
  });
  const holders = [...new Set(held.map((given) => given.holder))];
  if (holders.length === 1) return { key: holders[0]!, by: `${held[0]!.identifier.scheme} ${held[0]!.identifier.value}` };
  if (holders.length > 1) return { problem: `its identifiers name different entities (${holders.sort().join(', ')}); say which in the mapping file` };
  const candidates = (named.get(item.name) ?? []).filter(
    (entity) => entity.kind === item.kind && (!item.subKind || !entity.subKind || entity.subKind === item.subKind) && mayJoin(entity.key),
  );
  if (candidates.length === 0) return { key: null };
  const keys = candidates.map((entity) => entity.key).sort().join(', ');
  if (candidates.length > 1) return { problem: `"${item.name}" could be any of ${keys}; say which (or null for a new entity) in the mapping file` };
  if ((sharedNames.get(`${item.kind}\u0000${normalizeName(item.name)}`) ?? 0) > 1) {
    return { problem: `"${item.name}" names several records of the file and the entity ${keys}; say which is which in the mapping file` };
  }
  return { key: candidates[0]!.key, by: 'name' };
}

function describe(popolo: PopoloDocument, options: PopoloOptions): Described[] {
  // A UUID is unique by construction, so it names its record in any file (EveryPolitician's person ids
  // are UUIDs, the same in its Popolo files and term CSVs); any other id only within its dataset.
  const popoloIdentifier = (id: string): Identifier => ({ scheme: 'popolo', value: UUID.test(id) ? id.toLowerCase() : `${options.dataset}/${id}` });
  const theirs = (identifiers: { scheme: string; identifier: string }[]) => {
    const unique = new Map(identifiers.map((given) => ({ scheme: given.scheme.toLowerCase(), value: given.identifier })).map((identifier) => [identifierKey(identifier), identifier]));
    return [...unique.values()];
  };
  const described: Described[] = [];
  for (const [at, person] of popolo.persons.entries()) {
    described.push({
      pointer: `/persons/${at}`,
      popoloId: person.id,
      kind: 'PERSON',
      name: person.name,
      aliases: aliasesOf(person.name, person.other_names),
      identifiers: [popoloIdentifier(person.id), ...theirs(person.identifiers)],
    });
  }
  for (const [at, organization] of popolo.organizations.entries()) {
    described.push({
      pointer: `/organizations/${at}`,
      popoloId: organization.id,
      kind: 'ORGANIZATION',
      subKind: ORGANIZATION_CLASSIFICATIONS[organization.classification?.toLowerCase() ?? ''] ?? 'OTHER',
      name: organization.name,
      aliases: aliasesOf(organization.name, organization.other_names),
      identifiers: [popoloIdentifier(organization.id), ...theirs(organization.identifiers)],
    });
  }
  popolo.areas.forEach((area, at) => {
    const type = area.type?.toUpperCase();
    described.push({
      pointer: `/areas/${at}`,
      popoloId: area.id,
      kind: 'PLACE',
      ...((PLACE_KINDS as readonly string[]).includes(type ?? '') ? { subKind: type } : {}),
      name: area.name,
      aliases: [],
      identifiers: [popoloIdentifier(area.id), ...theirs(area.identifiers)],
    });
  });
  for (const seat of seatsOf(popolo)) {
    const name = options.seatName.replaceAll('{organization}', seat.organization.name).replaceAll('{area}', seat.area.name);
    described.push({ pointer: seat.pointer, popoloId: seat.id, kind: 'OFFICE', name, aliases: [], identifiers: [popoloIdentifier(seat.id)] });
  }
  return described;
}

/** The seats memberships hold: one office per organization and area, first named by the membership that first holds it. */
function seatsOf(popolo: PopoloDocument) {
  const organizations = new Map(popolo.organizations.map((organization) => [organization.id, organization]));
  const areas = new Map(popolo.areas.map((area) => [area.id, area]));
  const seats = new Map<string, { id: string; pointer: string; organization: { name: string }; area: { name: string } }>();
  popolo.memberships.forEach((membership, at) => {
    if (membership.area_id === undefined) return;
    const id = seatId(membership.organization_id, membership.area_id);
    if (!seats.has(id)) seats.set(id, { id, pointer: `/memberships/${at}`, organization: organizations.get(membership.organization_id)!, area: areas.get(membership.area_id)! });
  });
  return [...seats.values()];
}

function membershipRows(popolo: PopoloDocument, options: PopoloOptions, keys: Map<string, string>, source: string): PopoloRow[] {
  const periods = new Map(popolo.events.map((event) => [event.id, event]));
  const rows: PopoloRow[] = [];
  const written = new Set<string>();
  popolo.memberships.forEach((membership, at) => {
    const period = membership.legislative_period_id ? periods.get(membership.legislative_period_id) : undefined;
    const from = membership.start_date ?? period?.start_date;
    const to = membership.end_date ?? period?.end_date;
    const person = keys.get(membership.person_id)!;
    const dates = { ...(from ? { validFrom: from } : {}), ...(to ? { validTo: dayAfterLast(to) } : {}) };
    const evidence = [{ source, quote: quoteOf(membership), locator: `/memberships/${at}` }];
    const relations: Record<string, unknown>[] = [];
    if (membership.area_id !== undefined) {
      const office = keys.get(seatId(membership.organization_id, membership.area_id))!;
      relations.push({ type: 'HOLDS_OFFICE', subject: person, object: office, context: keys.get(membership.organization_id)!, ...dates, evidence });
    } else {
      relations.push({ type: 'MEMBER_OF', subject: person, object: keys.get(membership.organization_id)!, ...(membership.role ? { role: membership.role } : {}), ...dates, evidence });
    }
    if (membership.on_behalf_of_id !== undefined) {
      relations.push({ type: 'MEMBER_OF', subject: person, object: keys.get(membership.on_behalf_of_id)!, ...dates, evidence });
    }
    for (const relation of relations) {
      // The same fact twice in the file (the same ends and dates) is one relation.
      const id = `popolo-${createHash('sha256').update(JSON.stringify([options.dataset, relation.type, relation.subject, relation.object, from ?? null, to ?? null])).digest('hex').slice(0, 20)}`;
      if (written.has(id)) continue;
      written.add(id);
      rows.push({ pointer: `/memberships/${at}`, value: { relation: { id, ...relation } } });
    }
  });
  return rows;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ORGANIZATION_CLASSIFICATIONS: Record<string, string> = {
  legislature: 'LEGISLATURE',
  party: 'PARTY',
  executive: 'GOVERNMENT',
  government: 'GOVERNMENT',
};

/** Other names in English or in no stated language, at most 20: EveryPolitician lists a party's name in a hundred languages. */
function aliasesOf(name: string, otherNames: { name: string; lang?: string }[]): string[] {
  const aliases = otherNames.filter((other) => !other.lang || other.lang === 'en').map((other) => other.name.trim());
  return [...new Set(aliases)].filter((alias) => alias.length > 0 && alias.length <= 2_000 && alias !== name).slice(0, 20);
}

/** Popolo's end_date is the last day; the graph's validTo is the first day after it. A month or a year is kept as given. */
function dayAfterLast(date: string): string {
  const parsed = parsePartialDate(date)!;
  if (parsed.precision !== 'DAY') return date;
  const next = new Date(`${parsed.date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The membership as the file holds it, as the evidence's quote. */
function quoteOf(membership: PopoloMembership): string {
  return JSON.stringify(membership).slice(0, 2_000);
}

function seatId(organization: string, area: string): string {
  return `seat/${organization}/${area}`;
}

export function datasetSourceKey(dataset: string): string {
  return `dataset-${slug(dataset)}`;
}

/** A key from a name: "Sinn Féin" → "sinn-fein". */
export function slug(name: string): string {
  const words = normalizeName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return (words || 'entity').slice(0, 150);
}

function shortHash(dataset: string, id: string): string {
  return createHash('sha256').update(`${dataset}\u0000${id}`).digest('hex').slice(0, 8);
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}
