import type { AuditRecord } from './audit.js';

/**
 * The entity vocabulary, defined once: the GraphQL enums, the Neo4j labels, the
 * seed validation and the repositories all read it from here.
 */

export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'OFFICE', 'PLACE', 'ELECTION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ORGANIZATION_KINDS = ['PARTY', 'GOVERNMENT', 'LEGISLATURE', 'MEDIA', 'INTERNATIONAL', 'OTHER'] as const;
export const PLACE_KINDS = ['COUNTRY', 'NATION', 'REGION', 'CITY', 'TOWN', 'CONSTITUENCY', 'VENUE'] as const;
export const ELECTION_KINDS = [
  'GENERAL',
  'BY_ELECTION',
  'DEVOLVED',
  'MAYORAL',
  'LOCAL',
  'REFERENDUM',
  'LEADERSHIP',
] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type ElectionKind = (typeof ELECTION_KINDS)[number];

/** The sub-kinds each kind allows; kinds without sub-kinds allow none. */
export const SUB_KINDS: Record<EntityKind, readonly string[]> = {
  PERSON: [],
  ORGANIZATION: ORGANIZATION_KINDS,
  OFFICE: [],
  PLACE: PLACE_KINDS,
  ELECTION: ELECTION_KINDS,
};

/** Every entity node has the label `Entity` plus exactly one of these. */
export const KIND_LABELS: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  OFFICE: 'Office',
  PLACE: 'Place',
  ELECTION: 'Election',
};

export function kindOfLabel(label: string): EntityKind | undefined {
  return ENTITY_KINDS.find((kind) => KIND_LABELS[kind] === label);
}

/** An identifier an outside register gives an entity (src/model/fields.ts). */
export interface Identifier {
  scheme: string;
  value: string;
}

/** One string per identifier, for sets and maps: the scheme, a NUL (in neither part), the value. */
export function identifierKey(identifier: Identifier): string {
  return `${identifier.scheme}\u0000${identifier.value}`;
}

/** An identifier as messages write it: "wikidata Q291169". */
export function describeIdentifier(identifier: Identifier): string {
  return `${identifier.scheme} ${identifier.value}`;
}

export interface EntityRecord {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  /** The organisation, place or election kind; null for people and offices. */
  subKind: string | null;
  /** ISO calendar date (the first day of the period when only a month or year is known); elections only. */
  date: string | null;
  /**
   * Identifiers to add to those the entity has (writes only: never removed by a write, so records from
   * several registers join up). Read through the read model (EntityReads.identifiers).
   */
  identifiers?: readonly Identifier[];
}

/** An entity as read back: the record plus who wrote it and when. */
export interface StoredEntity extends EntityRecord {
  audit: AuditRecord;
  /** The instant it was read as of, when it was read as the graph stood then; the relations reached from it are read so too. */
  knownAt?: string;
  /** Set when only its key, name and kind were read (a relation's end read in brief); the read model completes it when a field needs more. */
  brief?: true;
}

/** The GraphQL fields of an Entity a brief serves: its key, name and kind, and those that need only its key. */
export const ENTITY_BRIEF_FIELDS: ReadonlySet<string> = new Set([
  '__typename', 'id', 'key', 'name', 'kind', 'knownAt', 'identifiers', 'relations', 'timeline', 'holder',
]);
