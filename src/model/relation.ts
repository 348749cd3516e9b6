import type { AuditRecord } from './audit.js';
import type { EntityKind, StoredEntity } from './entity.js';

/**
 * The relation vocabulary, defined once: which kinds of entity each relation type
 * connects, which qualifiers it may carry and what its context may be. Seed validation, the
 * import and the GraphQL enum all read it from here.
 */

export const RELATION_TYPES = [
  'MEMBER_OF',
  'LEADS',
  'HOLDS_OFFICE',
  'SPOKESPERSON_FOR',
  'SUCCEEDED',
  'CANDIDATE_IN',
  'CONTESTED',
  'WON',
  'LOST',
  'GOVERNS',
  'PART_OF',
  'HELD_IN',
  'VOTED_IN',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Qualifiers and the kind of value each holds. Shares and turnouts are fractions: 0.519 is 51.9%. */
export const QUALIFIER_KINDS = {
  role: 'text',
  option: 'text',
  note: 'text',
  votes: 'count',
  seats: 'count',
  electorate: 'count',
  majority: 'count',
  share: 'fraction',
  turnout: 'fraction',
  elected: 'flag',
} as const;
export type Qualifier = keyof typeof QUALIFIER_KINDS;
export const QUALIFIERS = Object.keys(QUALIFIER_KINDS) as Qualifier[];

export interface RelationRule {
  description: string;
  /** Allowed (subject kind, object kind) pairs. */
  connects: readonly (readonly [EntityKind, EntityKind])[];
  qualifiers: readonly Qualifier[];
  /** Kinds the optional context entity may have; empty means no context. */
  context: readonly EntityKind[];
}

export const RELATION_VOCABULARY: Record<RelationType, RelationRule> = {
  MEMBER_OF: {
    description: 'The subject, a person, is a member of the object, an organisation.',
    connects: [['PERSON', 'ORGANIZATION']],
    qualifiers: ['role', 'note'],
    context: [],
  },
  LEADS: {
    description: 'The subject, a person, leads the object, an organisation.',
    connects: [['PERSON', 'ORGANIZATION']],
    qualifiers: ['role', 'note'],
    context: [],
  },
  HOLDS_OFFICE: {
    description: 'The subject, a person, holds the object, a public office.',
    connects: [['PERSON', 'OFFICE']],
    qualifiers: ['note'],
    context: ['ORGANIZATION'],
  },
  SPOKESPERSON_FOR: {
    description: 'The subject, a person, speaks for the object, an organisation, on a portfolio (role).',
    connects: [['PERSON', 'ORGANIZATION']],
    qualifiers: ['role', 'note'],
    context: [],
  },
  SUCCEEDED: {
    description: 'The subject, a person, succeeded the object, a person, in the context office or organisation.',
    connects: [['PERSON', 'PERSON']],
    qualifiers: ['note'],
    context: ['OFFICE', 'ORGANIZATION'],
  },
  CANDIDATE_IN: {
    description: 'The subject, a person, stood in the object, an election, for the context party.',
    connects: [['PERSON', 'ELECTION']],
    qualifiers: ['votes', 'share', 'elected', 'note'],
    context: ['ORGANIZATION'],
  },
  CONTESTED: {
    description: 'The subject, an organisation, contested the object, an election.',
    connects: [['ORGANIZATION', 'ELECTION']],
    qualifiers: ['seats', 'share', 'votes', 'note'],
    context: [],
  },
  WON: {
    description: 'The subject, a person or organisation, won the object, an election.',
    connects: [
      ['PERSON', 'ELECTION'],
      ['ORGANIZATION', 'ELECTION'],
    ],
    qualifiers: ['votes', 'share', 'seats', 'majority', 'note'],
    context: ['ORGANIZATION', 'OFFICE'],
  },
  LOST: {
    description: 'The subject, a person or organisation, lost the object, an election.',
    connects: [
      ['PERSON', 'ELECTION'],
      ['ORGANIZATION', 'ELECTION'],
    ],
    qualifiers: ['votes', 'share', 'seats', 'note'],
    context: ['ORGANIZATION', 'OFFICE'],
  },
  GOVERNS: {
    description: 'The subject, an organisation, governs the object, a place.',
    connects: [['ORGANIZATION', 'PLACE']],
    qualifiers: ['note'],
    context: [],
  },
  PART_OF: {
    description: 'The subject is part of the object: a place of a place, or an organisation of an organisation.',
    connects: [
      ['PLACE', 'PLACE'],
      ['ORGANIZATION', 'ORGANIZATION'],
    ],
    qualifiers: ['note'],
    context: [],
  },
  HELD_IN: {
    description: 'The subject, an election, was held in the object, a place.',
    connects: [['ELECTION', 'PLACE']],
    qualifiers: ['note'],
    context: [],
  },
  VOTED_IN: {
    description:
      "The subject, a place's voters, voted in the object, an election: how many chose an option, or the turnout.",
    connects: [['PLACE', 'ELECTION']],
    qualifiers: ['option', 'share', 'votes', 'turnout', 'electorate', 'note'],
    context: [],
  },
};

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A calendar date known to a day, a month or a year; `date` is the first day of that period. */
export interface PartialDate {
  date: string;
  precision: DatePrecision;
}

export const SOURCE_KINDS = ['NEWS_ARTICLE', 'REFERENCE', 'DATASET', 'OTHER'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type QualifierValues = Partial<{
  role: string;
  option: string;
  note: string;
  votes: number;
  seats: number;
  electorate: number;
  majority: number;
  share: number;
  turnout: number;
  elected: boolean;
}>;

export interface RelationRecord extends QualifierValues {
  id: string;
  type: RelationType;
  subject: string;
  object: string;
  context: string | null;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  confidence: number;
}

/** A source's support for a fact: the words it uses, where they stand in its text, and how sure it is. */
export interface EvidenceRecord {
  source: string;
  quote: string | null;
  /** Character offsets of the quote in the source's text (UTF-16 code units, end exclusive). */
  start: number | null;
  end: number | null;
  confidence: number;
  /** Where in the source it is, when not by offsets: a dataset record's JSON pointer ("/memberships/17") or CSV line. */
  locator: string | null;
}

export interface SourceRecord {
  key: string;
  kind: SourceKind;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: PartialDate | null;
  text: string | null;
  /** For a DATASET: the SHA-256 of the file as imported (hexadecimal). */
  sha256?: string | null;
}

/** A relation as stored: the seed's record plus its retraction, if any. */
export const KNOWN_START_BASES = ['STATED', 'ELECTION', 'SOURCE'] as const;
export type KnownStartBasis = (typeof KNOWN_START_BASES)[number];

export interface KnownStart {
  date: string;
  precision: DatePrecision;
  basis: KnownStartBasis;
}

export interface StoredRelation extends RelationRecord {
  retractedAt: string | null;
  retractedReason: string | null;
  /** Name of the API key that retracted it. */
  retractedBy: string | null;
  audit: AuditRecord;
  /** The first day it is known to hold, and what says so: null when nothing does (see knownStart). */
  knownFrom: KnownStart | null;
  /**
   * The entities at its ends (subject, object, context), when the statement that read it read them
   * too; the read model caches them for the fields that follow (src/reads/relations.ts).
   */
  ends?: readonly StoredEntity[];
  /** The instant it was read as of, when it was read as the graph stood then (RelationFilter.knownAt); its ends were read so too. */
  knownAt?: string;
  /**
   * Set when it was read in brief (ReadDetail): only its RELATION_BRIEF_FIELDS are read, the others are
   * empty, and its ends are entity briefs. The read model completes it when a field needs more.
   */
  brief?: true;
  /** Its evidence, when the statement read it too (RelationRead.evidence); the read model caches it for Relation.evidence. */
  evidence?: readonly ReadEvidence[];
}

/**
 * How much of a relation and the entities at its ends a statement reads: what the question asks for
 * (src/schema/look-ahead.ts decides), since most lists ask for a relation's type, dates and the names at
 * its ends, and reading every qualifier, audit field and description costs Neo4j and the server more
 * than the rest of the answer does.
 */
export type ReadDetail = 'brief' | 'full';

/** How much of each relation a relation list reads: its detail, and whether its evidence comes with it. */
export interface RelationRead {
  detail: ReadDetail;
  /**
   * Its evidence too, each piece with the source it cites, in the statement that reads the relations,
   * when the question asks for it (a page with its evidence is one statement, not two). Only for the
   * graph as it is now: a past instant's evidence is read apart, as recorded then.
   */
  evidence: boolean;
}

export const FULL_READ: RelationRead = { detail: 'full', evidence: false };

/** Every RelationRead, for statements built once per read (RELATION_READS.map(build)). */
export const RELATION_READS: readonly RelationRead[] = [
  FULL_READ,
  { detail: 'brief', evidence: false },
  { detail: 'full', evidence: true },
  { detail: 'brief', evidence: true },
];

/** The GraphQL fields of a Relation a brief read serves: those of its brief projection, and those that need only its id. */
export const RELATION_BRIEF_FIELDS: ReadonlySet<string> = new Set([
  '__typename', 'id', 'key', 'type', 'confidence', 'retractedAt', 'knownAt',
  'validFrom', 'validFromPrecision', 'validTo', 'validToPrecision',
  'subject', 'object', 'context', 'evidence',
]);

/** A source as read back, without its full text (loaded only when asked for: it may be 5 M characters). */
export interface StoredSource extends Omit<SourceRecord, 'text'> {
  audit: AuditRecord;
}

/** Evidence as a read gives it: with its source (without the text), read in the same statement. */
export interface ReadEvidence extends EvidenceRecord {
  cited: StoredSource;
}

export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A span of days, both ends included; a null end is open. */
export interface DateWindow {
  from: string | null;
  to: string | null;
}

/** Which relations a list asks for; every field is optional and they all must hold. */
export const DATE_CERTAINTIES = ['CERTAIN', 'POSSIBLE'] as const;
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

export interface RelationFilter {
  types: readonly RelationType[] | null;
  subject: string | null;
  object: string | null;
  involving: string | null;
  /** Keep relations known to hold on this day (see relationFilter in src/repositories/relation-cypher.ts). */
  asOf: string | null;
  /** How asOf reads a bound known only to its month or year: CERTAIN (holds whichever day it was) or POSSIBLE. */
  certainty: DateCertainty;
  /** Keep relations valid at some time in this window; relations with no date at all are left out. */
  during: DateWindow | null;
  source: string | null;
  minConfidence: number | null;
  includeRetracted: boolean;
  /**
   * Answer as the graph stood at this instant (ISO 8601): what was recorded then, not what is recorded
   * now. Null reads the graph as it is. See src/repositories/history-cypher.ts.
   */
  knownAt: string | null;
}

export const NO_FILTER: RelationFilter = {
  types: null,
  subject: null,
  object: null,
  involving: null,
  asOf: null,
  certainty: 'CERTAIN',
  during: null,
  source: null,
  minConfidence: null,
  includeRetracted: false,
  knownAt: null,
};
