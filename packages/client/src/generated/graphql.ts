/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD, with no time and no time zone. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 form with its offset, such as 2026-12-01T11:32:04.123456789Z, to the nanosecond: the form of the times this API returns (createdAt, retractedAt, extensions.knownAt), so that one can be passed back as it is. */
  DateTime: { input: string; output: string; }
};

/** A document to cite. Store its full text when you can: quotes from it are then checked and located. */
export type AddSourceInput = {
  /** Lowercase slug, unique across sources, such as "bbc-2021-05-07-hartlepool". */
  key: Scalars['String']['input'];
  /** What kind of document it is. */
  kind: SourceKind;
  /** When it was published: YYYY-MM-DD, or YYYY-MM or YYYY when less is known. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The full text, verbatim; evidence quoting this source must then quote it exactly. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
  /** Where to read it (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A fact with its evidence. The subject, object and context must be of the kinds the relation type connects, and only the qualifiers that type takes may be given (see RelationType). */
export type AssertRelationInput = {
  /** How firmly the evidence supports it, from 0 to 1 (default 1). */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** Key of the office or party the fact is about, for types that take one. */
  context?: InputMaybe<Scalars['String']['input']>;
  /** Whether the candidate was elected. */
  elected?: InputMaybe<Scalars['Boolean']['input']>;
  /** Voters entitled to vote. */
  electorate?: InputMaybe<Scalars['Int']['input']>;
  /** At least one source supporting the fact. */
  evidence: Array<EvidenceInput>;
  /** A lowercase slug for the relation; made from subject, type and object when left out. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** The winner's lead in votes over the runner-up (WON). */
  majority?: InputMaybe<Scalars['Int']['input']>;
  /** A remark that qualifies the fact. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Key of the object entity. */
  object: Scalars['String']['input'];
  /** The option voted for. */
  option?: InputMaybe<Scalars['String']['input']>;
  /** The role or portfolio. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Seats won. */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** Share of the vote as a fraction: 0.519 for 51.9%. */
  share?: InputMaybe<Scalars['Float']['input']>;
  /** Key of the subject entity. */
  subject: Scalars['String']['input'];
  /** Turnout as a fraction of the electorate. */
  turnout?: InputMaybe<Scalars['Float']['input']>;
  /** What the relation asserts. */
  type: RelationType;
  /** First day it holds: YYYY-MM-DD, or YYYY-MM or YYYY when less is known. */
  validFrom?: InputMaybe<Scalars['String']['input']>;
  /** First day it no longer holds (exclusive), written like validFrom. */
  validTo?: InputMaybe<Scalars['String']['input']>;
  /** Votes cast. */
  votes?: InputMaybe<Scalars['Int']['input']>;
};

/** Who wrote a record and when: the name of the API key, token subject, import or "seed" that did it. Null only for data written before these fields were kept. */
export type Audit = {
  __typename?: 'Audit';
  /** When the record was first written (ISO 8601). */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** Who first wrote it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** When it last changed (ISO 8601); writing identical data again does not count as a change. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  /** Who made the last change. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** A new entity. Its key is permanent: choose a lowercase slug such as "keir-starmer". */
export type CreateEntityInput = {
  /** Other names and spellings, searchable. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Polling day; elections only. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** One line that tells it apart from others of the same name. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Identifiers outside registers give it (Wikidata, a parliament's ids); each may name one entity only. */
  identifiers?: InputMaybe<Array<IdentifierInput>>;
  /** Lowercase slug, unique across entities, such as "keir-starmer". */
  key: Scalars['String']['input'];
  /** What kind of entity it is; cannot be changed later. */
  kind: EntityKind;
  /** The name the entity is best known by. */
  name: Scalars['String']['input'];
  /** For organisations, places and elections: PARTY, CONSTITUENCY, BY_ELECTION and so on (see orgKind, placeKind, electionKind). */
  subKind?: InputMaybe<Scalars['String']['input']>;
};

/** How asOf reads a bound known only to its month or year (a start of "2016" is some day of 2016). The README has a table. */
export type DateCertainty =
  /** Keep a relation only if it holds on the day whichever day of the period the bound is (the default). */
  | 'CERTAIN'
  /** Keep a relation if it may hold on the day: some day of the period would make it so. */
  | 'POSSIBLE';

/** How precisely a date is known. asOf compares a bound at its precision (see DateCertainty). */
export type DatePrecision =
  /** Known to the day. */
  | 'DAY'
  /** Known to the month; the date given is the first day of that month. */
  | 'MONTH'
  /** Known to the year; the date given is 1 January of that year. */
  | 'YEAR';

/** A span of days, both ends included. Leave an end out to keep that side open. */
export type DateWindow = {
  /** First day of the window. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the window. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Which side of a relation an entity stands on. */
export type Direction =
  /** Relations in which the entity is subject or object. */
  | 'BOTH'
  /** Relations of which the entity is the object ("Starmer LEADS Labour", seen from Labour). */
  | 'IN'
  /** Relations of which the entity is the subject ("Starmer LEADS Labour", seen from Starmer). */
  | 'OUT';

/** An election or referendum. */
export type Election = Entity & Node & {
  __typename?: 'Election';
  /** Other names and spellings under which the entity appears in sources; searchable. */
  aliases: Array<Scalars['String']['output']>;
  /** Who wrote this record and when. */
  audit: Audit;
  /** Polling day. */
  date?: Maybe<Scalars['Date']['output']>;
  /** A one-line description that tells the entity apart from others of the same name. */
  description?: Maybe<Scalars['String']['output']>;
  /** What kind of election this is. */
  electionKind?: Maybe<ElectionKind>;
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Identifiers outside registers give this entity (Wikidata, a parliament's ids, an imported dataset's ids), by scheme then value; those of entities merged into it included. One identifier names one entity. */
  identifiers: Array<Identifier>;
  /** Stable identifier: a lowercase slug such as "keir-starmer", unique across all entities. */
  key: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The instant this entity was read as of, when it was reached through an answer about the past (knownAt): its names and description are as they read then. Null when read as it is now. */
  knownAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the entity is best known by. */
  name: Scalars['String']['output'];
  /** The relations this entity takes part in, in time order. Retracted relations are left out. */
  relations: RelationConnection;
  /** The relations this entity takes part in, as a timeline: by validFrom, then validTo (relations with an unknown start come last). With from or to, only relations valid at some time in that window, and only relations with a known start (Relation.knownFrom). Retracted relations are left out. */
  timeline: RelationConnection;
};


/** An election or referendum. */
export type ElectionRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  certainty?: InputMaybe<DateCertainty>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** An election or referendum. */
export type ElectionTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** What kind of election an Election is. */
export type ElectionKind =
  /** An election to fill a single vacant seat. */
  | 'BY_ELECTION'
  /** An election to a devolved parliament or assembly, such as the Scottish Parliament. */
  | 'DEVOLVED'
  /** A general election to a national parliament. */
  | 'GENERAL'
  /** A party leadership election. */
  | 'LEADERSHIP'
  /** An election to a local council. */
  | 'LOCAL'
  /** An election of a mayor. */
  | 'MAYORAL'
  /** A vote on a question rather than on candidates. */
  | 'REFERENDUM';

/** A political entity: a person, organisation, office, place or election. Its key is stable and can be used in saved queries; its id is the Relay global ID. */
export type Entity = {
  /** Other names and spellings under which the entity appears in sources; searchable. */
  aliases: Array<Scalars['String']['output']>;
  /** Who wrote this record and when. */
  audit: Audit;
  /** A one-line description that tells the entity apart from others of the same name. */
  description?: Maybe<Scalars['String']['output']>;
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Identifiers outside registers give this entity (Wikidata, a parliament's ids, an imported dataset's ids), by scheme then value; those of entities merged into it included. One identifier names one entity. */
  identifiers: Array<Identifier>;
  /** Stable identifier: a lowercase slug such as "keir-starmer", unique across all entities. */
  key: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The instant this entity was read as of, when it was reached through an answer about the past (knownAt): its names and description are as they read then. Null when read as it is now. */
  knownAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the entity is best known by. */
  name: Scalars['String']['output'];
  /** The relations this entity takes part in, in time order. Retracted relations are left out. */
  relations: RelationConnection;
  /** The relations this entity takes part in, as a timeline: by validFrom, then validTo (relations with an unknown start come last). With from or to, only relations valid at some time in that window, and only relations with a known start (Relation.knownFrom). Retracted relations are left out. */
  timeline: RelationConnection;
};


/** A political entity: a person, organisation, office, place or election. Its key is stable and can be used in saved queries; its id is the Relay global ID. */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  certainty?: InputMaybe<DateCertainty>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A political entity: a person, organisation, office, place or election. Its key is stable and can be used in saved queries; its id is the Relay global ID. */
export type EntityTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A page of entities, with the total number that match. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The items on this page, each with its cursor. */
  edges: Array<EntityEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An entity on a page, with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Entity;
};

/** What kind of thing an entity is. Each kind has its own GraphQL type implementing Entity. */
export type EntityKind =
  /** An election or referendum, including by-elections and party leadership elections. */
  | 'ELECTION'
  /** A public office that a person holds, such as First Minister of Scotland or MP for Hartlepool. */
  | 'OFFICE'
  /** An organisation: a party, government, legislature, news organisation or international body. */
  | 'ORGANIZATION'
  /** A person: a politician, candidate, official or commentator. */
  | 'PERSON'
  /** A place: a country, nation, region, city, town, constituency or venue. */
  | 'PLACE';

/** How many entities there are of one kind. */
export type EntityKindCount = {
  __typename?: 'EntityKindCount';
  /** Entities of that kind. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: EntityKind;
};

/** A source's support for a relation: the words it uses, where they stand, and how sure it is. */
export type Evidence = {
  __typename?: 'Evidence';
  /** How firmly the source asserts it, from 0 to 1: below 1 for implied or hedged claims. */
  confidence: Scalars['Float']['output'];
  /** Offset just after the quote's last character. */
  end?: Maybe<Scalars['Int']['output']>;
  /** Where in the source it is when its text is not stored: a dataset record's JSON pointer ("/memberships/17") or CSV line ("line 12"); the quote is then the record itself. */
  locator?: Maybe<Scalars['String']['output']>;
  /** The source's words. Verbatim when the source's full text is stored (then start and end locate them). */
  quote?: Maybe<Scalars['String']['output']>;
  /** The source that asserts the relation. */
  source: Source;
  /** Offset of the quote's first character in the source's text (UTF-16 code units). */
  start?: Maybe<Scalars['Int']['output']>;
};

/** A source's support for a fact. When the source's full text is stored, the quote must appear in it verbatim; its offsets are computed for you. */
export type EvidenceInput = {
  /** How firmly the source asserts the fact, from 0 to 1 (default 1). */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** Where in the source it is, for a source whose text is not stored: a JSON pointer, a CSV line, a page. */
  locator?: InputMaybe<Scalars['String']['input']>;
  /** Which occurrence of the quote is meant (1, 2, …), when it appears more than once. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The source's words, verbatim; required when its full text is stored. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Key of the source. */
  source: Scalars['String']['input'];
};

/** Counts over the whole graph, for dashboards. Retracted relations never count. */
export type GraphStatistics = {
  __typename?: 'GraphStatistics';
  /** Entities of each kind, every kind listed. */
  entitiesByKind: Array<EntityKindCount>;
  /** Parties by the number of relations they take part in, the busiest first; parties with none are left out. */
  relationsByParty: Array<PartyRelationCount>;
  /** Relations of each type that has any, the most common first. */
  relationsByType: Array<RelationTypeCount>;
  /** Relations by the year they are known to hold from (Relation.knownFrom), earliest first; relations with no known start come last. */
  relationsByYear: Array<RelationYearCount>;
};


/** Counts over the whole graph, for dashboards. Retracted relations never count. */
export type GraphStatisticsRelationsByPartyArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** Counts over the whole graph, for dashboards. Retracted relations never count. */
export type GraphStatisticsRelationsByTypeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** Counts over the whole graph, for dashboards. Retracted relations never count. */
export type GraphStatisticsRelationsByYearArgs = {
  types?: InputMaybe<Array<RelationType>>;
};

/** An identifier an outside register gives an entity, such as its Wikidata item or a parliament's member id. */
export type Identifier = {
  __typename?: 'Identifier';
  /** The register, as a short lowercase name: "wikidata", "datadotparl", "popolo". */
  scheme: Scalars['String']['output'];
  /** The identifier in that register, as it gives it: "Q291169". */
  value: Scalars['String']['output'];
};

/** An identifier an outside register gives an entity. */
export type IdentifierInput = {
  /** The register, a short lowercase name such as "wikidata". */
  scheme: Scalars['String']['input'];
  /** The identifier in that register, such as "Q291169". */
  value: Scalars['String']['input'];
};

/** The first day a relation is known to hold, and why. asOf never keeps a relation before it. */
export type KnownStart = {
  __typename?: 'KnownStart';
  /** What says so. */
  basis: KnownStartBasis;
  /** The day, or the first day of its month or year. */
  date: Scalars['Date']['output'];
  /** How precisely the day is known. */
  precision: DatePrecision;
};

/** What tells the first day a relation is known to hold. */
export type KnownStartBasis =
  /** It is about an election (CANDIDATE_IN, CONTESTED, WON, LOST, VOTED_IN) with no validFrom: the election day. */
  | 'ELECTION'
  /** It has no validFrom: the earliest publication date of the sources that support it, which show it held then. */
  | 'SOURCE'
  /** Its own validFrom. */
  | 'STATED';

/** What a merge did: the entity that stays, and the relations it had to drop. */
export type MergeEntitiesPayload = {
  __typename?: 'MergeEntitiesPayload';
  /** Relations between the two entities, which would now relate the survivor to itself: retracted by the merge, with the reason, and still readable with `includeRetracted`. */
  droppedRelations: Array<Relation>;
  /** The entity that stays, with the absorbed names among its aliases. */
  survivor: Entity;
};

/** Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one transaction, and records who made the change and when. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds sources to a fact already recorded, such as a second report of the same result. Quotes are checked against stored texts as in assertRelation; a quote the relation already cites is refused. */
  addEvidence: Relation;
  /** Adds a source that evidence can cite. Refused when the key is taken. */
  addSource: Source;
  /** Records a fact with its evidence, in one transaction: never a relation without evidence. Refused, with every problem named, when an entity or source is unknown, the kinds do not fit the type, a quote is not in the source's stored text, a date is malformed, the id is taken, or the same fact is already recorded (add evidence to it instead). Keys of merged entities are followed to their survivor. */
  assertRelation: Relation;
  /** Adds an entity. Refused when the key is taken, including by an entity merged into another. */
  createEntity: Entity;
  /** Folds a duplicate into the entity that stays: every relation and piece of evidence moves over, the duplicate's names become aliases, and its key keeps resolving to the survivor (in `entity`, `node`, filters, neighbourhoods and paths), so saved queries and links still work. Both must be of the same kind. A survivor key that was itself merged is followed to its survivor; an absorbed key that was already merged is refused. */
  mergeEntities: MergeEntitiesPayload;
  /** Withdraws a relation that should not have been asserted. Retraction is soft: the relation keeps its evidence and stays readable with `includeRetracted`, so earlier answers can be reproduced, but lists, neighbourhoods and paths no longer use it. Records who retracted it, when and why. A relation already retracted is refused: its first retraction stands. */
  retractRelation: Relation;
  /** Changes an entity's name, aliases, description, sub-kind or date. A merged key changes its survivor. */
  updateEntity: Entity;
};


/** Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one transaction, and records who made the change and when. */
export type MutationAddEvidenceArgs = {
  evidence: Array<EvidenceInput>;
  relation: Scalars['String']['input'];
};


/** Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one transaction, and records who made the change and when. */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};


/** Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one transaction, and records who made the change and when. */
export type MutationAssertRelationArgs = {
  input: AssertRelationInput;
};


/** Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one transaction, and records who made the change and when. */
export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


/** Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one transaction, and records who made the change and when. */
export type MutationMergeEntitiesArgs = {
  absorbed: Scalars['String']['input'];
  survivor: Scalars['String']['input'];
};


/** Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one transaction, and records who made the change and when. */
export type MutationRetractRelationArgs = {
  key: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Curation: changes to the knowledge graph. Every mutation needs an API key with the curator scope, runs in one transaction, and records who made the change and when. */
export type MutationUpdateEntityArgs = {
  input: UpdateEntityInput;
  key: Scalars['String']['input'];
};

/** Anything that can be fetched again by its global ID with `node(id:)`. */
export type Node = {
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
};

/** A public office, such as Leader of the Labour Party, First Minister of Scotland or MP for Hartlepool. */
export type Office = Entity & Node & {
  __typename?: 'Office';
  /** Other names and spellings under which the entity appears in sources; searchable. */
  aliases: Array<Scalars['String']['output']>;
  /** Who wrote this record and when. */
  audit: Audit;
  /** A one-line description that tells the entity apart from others of the same name. */
  description?: Maybe<Scalars['String']['output']>;
  /** Who held the office on a day (today when asOf is omitted), or null when no one is recorded. Where sources disagree, the most confident relation wins. */
  holder?: Maybe<Person>;
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Identifiers outside registers give this entity (Wikidata, a parliament's ids, an imported dataset's ids), by scheme then value; those of entities merged into it included. One identifier names one entity. */
  identifiers: Array<Identifier>;
  /** Stable identifier: a lowercase slug such as "keir-starmer", unique across all entities. */
  key: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The instant this entity was read as of, when it was reached through an answer about the past (knownAt): its names and description are as they read then. Null when read as it is now. */
  knownAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the entity is best known by. */
  name: Scalars['String']['output'];
  /** The relations this entity takes part in, in time order. Retracted relations are left out. */
  relations: RelationConnection;
  /** The relations this entity takes part in, as a timeline: by validFrom, then validTo (relations with an unknown start come last). With from or to, only relations valid at some time in that window, and only relations with a known start (Relation.knownFrom). Retracted relations are left out. */
  timeline: RelationConnection;
};


/** A public office, such as Leader of the Labour Party, First Minister of Scotland or MP for Hartlepool. */
export type OfficeHolderArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A public office, such as Leader of the Labour Party, First Minister of Scotland or MP for Hartlepool. */
export type OfficeRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  certainty?: InputMaybe<DateCertainty>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A public office, such as Leader of the Labour Party, First Minister of Scotland or MP for Hartlepool. */
export type OfficeTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** An organisation: a party, government, legislature, news organisation or international body. */
export type Organization = Entity & Node & {
  __typename?: 'Organization';
  /** Other names and spellings under which the entity appears in sources; searchable. */
  aliases: Array<Scalars['String']['output']>;
  /** Who wrote this record and when. */
  audit: Audit;
  /** A one-line description that tells the entity apart from others of the same name. */
  description?: Maybe<Scalars['String']['output']>;
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Identifiers outside registers give this entity (Wikidata, a parliament's ids, an imported dataset's ids), by scheme then value; those of entities merged into it included. One identifier names one entity. */
  identifiers: Array<Identifier>;
  /** Stable identifier: a lowercase slug such as "keir-starmer", unique across all entities. */
  key: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The instant this entity was read as of, when it was reached through an answer about the past (knownAt): its names and description are as they read then. Null when read as it is now. */
  knownAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the entity is best known by. */
  name: Scalars['String']['output'];
  /** What kind of organisation this is. */
  orgKind?: Maybe<OrganizationKind>;
  /** The relations this entity takes part in, in time order. Retracted relations are left out. */
  relations: RelationConnection;
  /** The relations this entity takes part in, as a timeline: by validFrom, then validTo (relations with an unknown start come last). With from or to, only relations valid at some time in that window, and only relations with a known start (Relation.knownFrom). Retracted relations are left out. */
  timeline: RelationConnection;
};


/** An organisation: a party, government, legislature, news organisation or international body. */
export type OrganizationRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  certainty?: InputMaybe<DateCertainty>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** An organisation: a party, government, legislature, news organisation or international body. */
export type OrganizationTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** What kind of organisation an Organization is. */
export type OrganizationKind =
  /** A government or executive, such as the Welsh Government. */
  | 'GOVERNMENT'
  /** An international body, such as the European Union. */
  | 'INTERNATIONAL'
  /** A parliament or assembly, such as the Scottish Parliament. */
  | 'LEGISLATURE'
  /** A news organisation, such as the BBC. */
  | 'MEDIA'
  /** Any other organisation. */
  | 'OTHER'
  /** A political party, such as Labour or the SNP. */
  | 'PARTY';

/** Where a page sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How many relations a party takes part in, as subject, object or context. */
export type PartyRelationCount = {
  __typename?: 'PartyRelationCount';
  /** Relations involving the party. */
  count: Scalars['Int']['output'];
  /** The party. */
  party: Organization;
};

/** A chain of relations from one entity to another, hop by hop, each with its evidence. */
export type Path = {
  __typename?: 'Path';
  /** The entities along the path, from the start to the end. */
  entities: Array<Entity>;
  /** Number of hops (relations). */
  length: Scalars['Int']['output'];
  /** The relations along the path, in order: relation i connects entities i and i + 1. */
  relations: Array<Relation>;
};

/** A person: a politician, candidate, official or commentator. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other names and spellings under which the entity appears in sources; searchable. */
  aliases: Array<Scalars['String']['output']>;
  /** Who wrote this record and when. */
  audit: Audit;
  /** A one-line description that tells the entity apart from others of the same name. */
  description?: Maybe<Scalars['String']['output']>;
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Identifiers outside registers give this entity (Wikidata, a parliament's ids, an imported dataset's ids), by scheme then value; those of entities merged into it included. One identifier names one entity. */
  identifiers: Array<Identifier>;
  /** Stable identifier: a lowercase slug such as "keir-starmer", unique across all entities. */
  key: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The instant this entity was read as of, when it was reached through an answer about the past (knownAt): its names and description are as they read then. Null when read as it is now. */
  knownAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the entity is best known by. */
  name: Scalars['String']['output'];
  /** The relations this entity takes part in, in time order. Retracted relations are left out. */
  relations: RelationConnection;
  /** The relations this entity takes part in, as a timeline: by validFrom, then validTo (relations with an unknown start come last). With from or to, only relations valid at some time in that window, and only relations with a known start (Relation.knownFrom). Retracted relations are left out. */
  timeline: RelationConnection;
};


/** A person: a politician, candidate, official or commentator. */
export type PersonRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  certainty?: InputMaybe<DateCertainty>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A person: a politician, candidate, official or commentator. */
export type PersonTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A place: a country, nation, region, city, town, constituency or venue. */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Other names and spellings under which the entity appears in sources; searchable. */
  aliases: Array<Scalars['String']['output']>;
  /** Who wrote this record and when. */
  audit: Audit;
  /** A one-line description that tells the entity apart from others of the same name. */
  description?: Maybe<Scalars['String']['output']>;
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Identifiers outside registers give this entity (Wikidata, a parliament's ids, an imported dataset's ids), by scheme then value; those of entities merged into it included. One identifier names one entity. */
  identifiers: Array<Identifier>;
  /** Stable identifier: a lowercase slug such as "keir-starmer", unique across all entities. */
  key: Scalars['String']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The instant this entity was read as of, when it was reached through an answer about the past (knownAt): its names and description are as they read then. Null when read as it is now. */
  knownAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the entity is best known by. */
  name: Scalars['String']['output'];
  /** What kind of place this is. */
  placeKind?: Maybe<PlaceKind>;
  /** The relations this entity takes part in, in time order. Retracted relations are left out. */
  relations: RelationConnection;
  /** The relations this entity takes part in, as a timeline: by validFrom, then validTo (relations with an unknown start come last). With from or to, only relations valid at some time in that window, and only relations with a known start (Relation.knownFrom). Retracted relations are left out. */
  timeline: RelationConnection;
};


/** A place: a country, nation, region, city, town, constituency or venue. */
export type PlaceRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  certainty?: InputMaybe<DateCertainty>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A place: a country, nation, region, city, town, constituency or venue. */
export type PlaceTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** What kind of place a Place is. */
export type PlaceKind =
  /** A city, such as Glasgow. */
  | 'CITY'
  /** An electoral district that returns a representative. */
  | 'CONSTITUENCY'
  /** A sovereign state, such as the United Kingdom. */
  | 'COUNTRY'
  /** A constituent nation, such as Scotland or Wales. */
  | 'NATION'
  /** A region, such as the north of England. */
  | 'REGION'
  /** A town, such as Hartlepool. */
  | 'TOWN'
  /** A building or site, such as a counting centre. */
  | 'VENUE';

/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type Query = {
  __typename?: 'Query';
  /** All entities, or those of one kind, by name. */
  entities: EntityConnection;
  /** The entity with this key, or null when no entity has it. */
  entity?: Maybe<Entity>;
  /** The entity an outside register's identifier names, such as the Wikidata item "Q291169"; null when none has it. */
  entityByIdentifier?: Maybe<Entity>;
  /** The entities within `depth` hops of an entity and the relations that connect them, found breadth first. An unknown key gives an empty subgraph. Retracted relations, and relations not valid at asOf, are left out. */
  neighbourhood: Subgraph;
  /** The object with this Relay global ID, or null when there is none. */
  node?: Maybe<Node>;
  /** The objects with these Relay global IDs, in order; null for each unknown ID. */
  nodes: Array<Maybe<Node>>;
  /** The shortest connections between two entities: every shortest path, then the next shortest, up to `first`, shortest first. How is A connected to B, and who says so? Each hop is a relation with its evidence. Retracted relations, and relations not valid at asOf, are never used; a path never passes an entity twice. Unknown keys, or the same key twice, give no paths. */
  paths: Array<Path>;
  /** Relations matching the filter, in time order (validFrom, then validTo, then id). */
  relations: RelationConnection;
  /** Entities whose name or aliases match the query, best match first. Matching ignores case and accents and tolerates small typos: "starmr" finds Keir Starmer. Every word of the query must match. */
  search: EntityConnection;
  /** The source with this key, or null when there is none. */
  source?: Maybe<Source>;
  /** All sources, newest first; undated ones last. */
  sources: SourceConnection;
  /** Counts for dashboards: entities by kind; relations by type, by year and by party. */
  statistics: GraphStatistics;
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QueryEntityArgs = {
  key: Scalars['String']['input'];
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QueryEntityByIdentifierArgs = {
  scheme: Scalars['String']['input'];
  value: Scalars['String']['input'];
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  perEntity?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  maxDegree?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QuerySourceArgs = {
  key: Scalars['String']['input'];
};


/** Read access to the knowledge graph: political entities, the dated relations between them, and the sources that support each relation. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A fact: the subject stands in this relation to the object, valid over [validFrom, validTo), supported by evidence that quotes its sources. Unknown bounds are null. */
export type Relation = Node & {
  __typename?: 'Relation';
  /** Who wrote this record and when. */
  audit: Audit;
  /** How firmly the sources support the relation, from 0 to 1; 0.5 where sources disagree. */
  confidence: Scalars['Float']['output'];
  /** The office or party the fact is about, such as the office Starmer succeeded Corbyn in. */
  context?: Maybe<Entity>;
  /** Whether the candidate was elected. */
  elected?: Maybe<Scalars['Boolean']['output']>;
  /** Voters entitled to vote. */
  electorate?: Maybe<Scalars['Int']['output']>;
  /** The sources that support the relation, with their words. Never empty. */
  evidence: Array<Evidence>;
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Stable identifier of the relation, such as "keir-starmer-succeeded-jeremy-corbyn". */
  key: Scalars['String']['output'];
  /** The instant this relation was read as of (a knownAt asked by this field or one above it), or null when it was read as the graph is now. */
  knownAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first day the relation is known to hold: validFrom when stated, else the election day for a relation about an election, else the earliest publication of a source that supports it; null when nothing says. asOf never keeps a relation before this day: an unknown start is unknown, not "always". */
  knownFrom?: Maybe<KnownStart>;
  /** The winner's lead in votes over the runner-up. */
  majority?: Maybe<Scalars['Int']['output']>;
  /** A remark that qualifies the fact. */
  note?: Maybe<Scalars['String']['output']>;
  /** What the subject stands in relation to. */
  object: Entity;
  /** The option voted for in a referendum, such as "Remain". */
  option?: Maybe<Scalars['String']['output']>;
  /** When a curator retracted the relation (ISO 8601); retracted relations are hidden unless asked for. Read as of knownAt, null when it was retracted after that instant. */
  retractedAt?: Maybe<Scalars['String']['output']>;
  /** Name of the API key that retracted it. */
  retractedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was retracted. */
  retractedReason?: Maybe<Scalars['String']['output']>;
  /** The role or portfolio, such as "leader". */
  role?: Maybe<Scalars['String']['output']>;
  /** Seats won. */
  seats?: Maybe<Scalars['Int']['output']>;
  /** Share of the vote, as a fraction: 0.519 is 51.9%. */
  share?: Maybe<Scalars['Float']['output']>;
  /** Who or what the relation is about. */
  subject: Entity;
  /** Turnout, as a fraction of the electorate. */
  turnout?: Maybe<Scalars['Float']['output']>;
  /** What the relation asserts. */
  type: RelationType;
  /** First day the relation holds; null when unknown. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** How precisely validFrom is known. */
  validFromPrecision?: Maybe<DatePrecision>;
  /** First day the relation no longer holds (exclusive); null when it still holds or is unknown. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** How precisely validTo is known. */
  validToPrecision?: Maybe<DatePrecision>;
  /** Votes cast for the subject or option. */
  votes?: Maybe<Scalars['Int']['output']>;
};

/** A page of relations, with the total number that match. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The items on this page, each with its cursor. */
  edges: Array<RelationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A relation on a page, with its cursor. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Relation;
};

/** Which relations to list. Every field is optional; all that are given must hold. */
export type RelationFilter = {
  /** Only relations known to hold on this day: from their known start (Relation.knownFrom) and before validTo (unknown: still valid). Bounds known to the month or year are read as `certainty` says. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** How asOf reads a bound known only to its month or year: CERTAIN (the default) or POSSIBLE. */
  certainty?: InputMaybe<DateCertainty>;
  /** Only relations known to hold at some time in this window, their bounds read as asOf reads them; relations with no known start (Relation.knownFrom) are left out. */
  during?: InputMaybe<DateWindow>;
  /** Include retracted relations (default false). */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only relations with this entity as subject, object or context. */
  involving?: InputMaybe<Scalars['String']['input']>;
  /** Answer as the graph stood at this instant: relations asserted after it are left out, relations retracted after it count as not retracted, and evidence, ends and entities read as they did then (merges and updates since undone). Pass a response's extensions.knownAt to get that answer again. */
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only relations at least this confident (0 to 1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only relations whose object has this key. */
  object?: InputMaybe<Scalars['String']['input']>;
  /** Only relations supported by the source with this key. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Only relations whose subject has this key. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Only relations of these types. */
  types?: InputMaybe<Array<RelationType>>;
};

/** What a relation asserts. Each type connects fixed kinds of subject and object (see each type's description). */
export type RelationType =
  /** The subject, a person, stood in the object, an election, for the context party. */
  | 'CANDIDATE_IN'
  /** The subject, an organisation, contested the object, an election. */
  | 'CONTESTED'
  /** The subject, an organisation, governs the object, a place. */
  | 'GOVERNS'
  /** The subject, an election, was held in the object, a place. */
  | 'HELD_IN'
  /** The subject, a person, holds the object, a public office. */
  | 'HOLDS_OFFICE'
  /** The subject, a person, leads the object, an organisation. */
  | 'LEADS'
  /** The subject, a person or organisation, lost the object, an election. */
  | 'LOST'
  /** The subject, a person, is a member of the object, an organisation. */
  | 'MEMBER_OF'
  /** The subject is part of the object: a place of a place, or an organisation of an organisation. */
  | 'PART_OF'
  /** The subject, a person, speaks for the object, an organisation, on a portfolio (role). */
  | 'SPOKESPERSON_FOR'
  /** The subject, a person, succeeded the object, a person, in the context office or organisation. */
  | 'SUCCEEDED'
  /** The subject, a place's voters, voted in the object, an election: how many chose an option, or the turnout. */
  | 'VOTED_IN'
  /** The subject, a person or organisation, won the object, an election. */
  | 'WON';

/** How many relations there are of one type. */
export type RelationTypeCount = {
  __typename?: 'RelationTypeCount';
  /** Relations of that type. */
  count: Scalars['Int']['output'];
  /** The type. */
  type: RelationType;
};

/** How many relations are known to hold from one year. */
export type RelationYearCount = {
  __typename?: 'RelationYearCount';
  /** Relations that began that year. */
  count: Scalars['Int']['output'];
  /** The year of Relation.knownFrom (validFrom, else the election day, else the first source); null when nothing says. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A document that relations cite as evidence: a news article or a reference. */
export type Source = Node & {
  __typename?: 'Source';
  /** Who wrote this record and when. */
  audit: Audit;
  /** A passage of the full text: around the first occurrence of `around` when given (null when it does not occur), else its beginning; at most `length` characters, cut at word boundaries where it can be. Null when no text is stored. */
  excerpt?: Maybe<Scalars['String']['output']>;
  /** Relay global ID: opaque, unique across all types, accepted by `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Stable identifier, such as "ap-2021-05-07-hartlepool". */
  key: Scalars['String']['output'];
  /** What kind of document it is. */
  kind: SourceKind;
  /** When it was published; see publishedAtPrecision. */
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** How precisely publishedAt is known. */
  publishedAtPrecision?: Maybe<DatePrecision>;
  /** Who published it. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The relations this source supports (not retracted), in time order. */
  relations: RelationConnection;
  /** For a DATASET: the SHA-256 of the file as it was imported (hexadecimal), to tell which version of it the facts come from. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** The full text, when stored: evidence quotes are substrings of it at their offsets. It may be long: it counts 500 towards the complexity limit and its size towards the response's; for a glimpse, ask for excerpt or textLength. */
  text?: Maybe<Scalars['String']['output']>;
  /** How long the full text is, in UTF-16 code units (the unit of evidence offsets); null when none is stored. */
  textLength?: Maybe<Scalars['Int']['output']>;
  /** Title, or a description in parentheses where the title is not recorded. */
  title: Scalars['String']['output'];
  /** Where to read it; null when no full address is known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A document that relations cite as evidence: a news article or a reference. */
export type SourceExcerptArgs = {
  around?: InputMaybe<Scalars['String']['input']>;
  length?: InputMaybe<Scalars['Int']['input']>;
};


/** A document that relations cite as evidence: a news article or a reference. */
export type SourceRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sources, with the total number. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The items on this page, each with its cursor. */
  edges: Array<SourceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A source on a page, with its cursor. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Source;
};

/** What kind of document a source is. */
export type SourceKind =
  /** A structured file, such as a Popolo export: each piece of evidence quotes the record it comes from. */
  | 'DATASET'
  /** A news report; its full text is usually stored, so its quotes are verbatim and located. */
  | 'NEWS_ARTICLE'
  /** Any other source. */
  | 'OTHER'
  /** A reference work or official record, such as an encyclopedia article or a results page. */
  | 'REFERENCE';

/** Entities and the relations between them: a piece of the graph to explore or draw. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The relations between them, nearer hops first. */
  edges: Array<Relation>;
  /** Entities with more relations than `perEntity` let through: some of their relations are missing. Explore one of them on its own, or narrow the types, to see the rest. */
  hubs: Array<Entity>;
  /** The entities, the starting one first. */
  nodes: Array<Entity>;
  /** True when relations were left out: more were reachable than `limit` allowed, or a hub had more than `perEntity`. Ask with a larger limit or a narrower filter. */
  truncated: Scalars['Boolean']['output'];
};

/** Changes to an entity: fields left out stay as they are; null clears description, subKind, date or aliases. The kind cannot change, because the entity's relations were checked against it. */
export type UpdateEntityInput = {
  /** The full new list of aliases (replaces the old one). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new polling day; elections only. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** A new one-line description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Identifiers to add to those it has (none is removed); each may name one entity only. */
  identifiers?: InputMaybe<Array<IdentifierInput>>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new sub-kind, valid for the entity's kind. */
  subKind?: InputMaybe<Scalars['String']['input']>;
};

type EntitySummary_Election_Fragment = { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null };

type EntitySummary_Office_Fragment = { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null };

type EntitySummary_Organization_Fragment = { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null };

type EntitySummary_Person_Fragment = { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null };

type EntitySummary_Place_Fragment = { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null };

export type EntitySummaryFragment =
  | EntitySummary_Election_Fragment
  | EntitySummary_Office_Fragment
  | EntitySummary_Organization_Fragment
  | EntitySummary_Person_Fragment
  | EntitySummary_Place_Fragment
;

export type RelationWithEvidenceFragment = { __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
    | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
  , object:
    | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
  , context?:
    | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
   | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  kinds?: InputMaybe<Array<EntityKind> | EntityKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'EntityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EntityEdge', node:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
       }> } };

export type EntityRelationsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType> | RelationType>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EntityRelationsQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null, relations: { __typename?: 'RelationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RelationEdge', node: { __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , object:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , context?:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
             | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> } }> } }
    | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null, relations: { __typename?: 'RelationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RelationEdge', node: { __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , object:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , context?:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
             | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> } }> } }
    | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null, relations: { __typename?: 'RelationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RelationEdge', node: { __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , object:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , context?:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
             | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> } }> } }
    | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null, relations: { __typename?: 'RelationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RelationEdge', node: { __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , object:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , context?:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
             | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> } }> } }
    | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null, relations: { __typename?: 'RelationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RelationEdge', node: { __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , object:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
            , context?:
              | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
              | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
             | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> } }> } }
   | null };

export type OfficeHolderQueryVariables = Exact<{
  office: Scalars['String']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type OfficeHolderQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null, holder?: { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null } | null }
    | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
   | null, relations: { __typename?: 'RelationConnection', edges: Array<{ __typename?: 'RelationEdge', node: { __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
          | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        , object:
          | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        , context?:
          | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
          | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
         | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> } }> } };

export type RelationEvidenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RelationEvidenceQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Election' }
    | { __typename?: 'Office' }
    | { __typename?: 'Organization' }
    | { __typename?: 'Person' }
    | { __typename?: 'Place' }
    | { __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      , object:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      , context?:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
       | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> }
    | { __typename?: 'Source' }
   | null };

export type PathsQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType> | RelationType>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PathsQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'Path', length: number, entities: Array<
      | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    >, relations: Array<{ __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      , object:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      , context?:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
       | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> }> }> };

export type NeighbourhoodQueryVariables = Exact<{
  key: Scalars['String']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType> | RelationType>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NeighbourhoodQuery = { __typename?: 'Query', neighbourhood: { __typename?: 'Subgraph', truncated: boolean, nodes: Array<
      | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
    >, edges: Array<{ __typename?: 'Relation', id: string, key: string, type: RelationType, validFrom?: string | null, validTo?: string | null, confidence: number, role?: string | null, votes?: number | null, share?: number | null, option?: string | null, seats?: number | null, note?: string | null, subject:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      , object:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
      , context?:
        | { __typename?: 'Election', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Office', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Organization', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Person', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
        | { __typename?: 'Place', id: string, key: string, name: string, kind: EntityKind, description?: string | null }
       | null, evidence: Array<{ __typename?: 'Evidence', quote?: string | null, confidence: number, source: { __typename?: 'Source', key: string, title: string, publisher?: string | null, publishedAt?: string | null, url?: string | null } }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntitySummaryFragmentDoc = new TypedDocumentString(`
    fragment EntitySummary on Entity {
  id
  key
  name
  kind
  description
}
    `, {"fragmentName":"EntitySummary"}) as unknown as TypedDocumentString<EntitySummaryFragment, unknown>;
export const RelationWithEvidenceFragmentDoc = new TypedDocumentString(`
    fragment RelationWithEvidence on Relation {
  id
  key
  type
  subject {
    ...EntitySummary
  }
  object {
    ...EntitySummary
  }
  context {
    ...EntitySummary
  }
  validFrom
  validTo
  confidence
  role
  votes
  share
  option
  seats
  note
  evidence {
    quote
    confidence
    source {
      key
      title
      publisher
      publishedAt
      url
    }
  }
}
    fragment EntitySummary on Entity {
  id
  key
  name
  kind
  description
}`, {"fragmentName":"RelationWithEvidence"}) as unknown as TypedDocumentString<RelationWithEvidenceFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...EntitySummary
      }
    }
  }
}
    fragment EntitySummary on Entity {
  id
  key
  name
  kind
  description
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const EntityRelationsDocument = new TypedDocumentString(`
    query EntityRelations($key: String!, $asOf: Date, $types: [RelationType!], $direction: Direction, $first: Int, $after: String) {
  entity(key: $key) {
    ...EntitySummary
    relations(
      asOf: $asOf
      types: $types
      direction: $direction
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RelationWithEvidence
        }
      }
    }
  }
}
    fragment EntitySummary on Entity {
  id
  key
  name
  kind
  description
}
fragment RelationWithEvidence on Relation {
  id
  key
  type
  subject {
    ...EntitySummary
  }
  object {
    ...EntitySummary
  }
  context {
    ...EntitySummary
  }
  validFrom
  validTo
  confidence
  role
  votes
  share
  option
  seats
  note
  evidence {
    quote
    confidence
    source {
      key
      title
      publisher
      publishedAt
      url
    }
  }
}`) as unknown as TypedDocumentString<EntityRelationsQuery, EntityRelationsQueryVariables>;
export const OfficeHolderDocument = new TypedDocumentString(`
    query OfficeHolder($office: String!, $asOf: Date!) {
  entity(key: $office) {
    ...EntitySummary
    ... on Office {
      holder(asOf: $asOf) {
        ...EntitySummary
      }
    }
  }
  relations(filter: {object: $office, types: [HOLDS_OFFICE], asOf: $asOf}) {
    edges {
      node {
        ...RelationWithEvidence
      }
    }
  }
}
    fragment EntitySummary on Entity {
  id
  key
  name
  kind
  description
}
fragment RelationWithEvidence on Relation {
  id
  key
  type
  subject {
    ...EntitySummary
  }
  object {
    ...EntitySummary
  }
  context {
    ...EntitySummary
  }
  validFrom
  validTo
  confidence
  role
  votes
  share
  option
  seats
  note
  evidence {
    quote
    confidence
    source {
      key
      title
      publisher
      publishedAt
      url
    }
  }
}`) as unknown as TypedDocumentString<OfficeHolderQuery, OfficeHolderQueryVariables>;
export const RelationEvidenceDocument = new TypedDocumentString(`
    query RelationEvidence($id: ID!) {
  node(id: $id) {
    ... on Relation {
      ...RelationWithEvidence
    }
  }
}
    fragment EntitySummary on Entity {
  id
  key
  name
  kind
  description
}
fragment RelationWithEvidence on Relation {
  id
  key
  type
  subject {
    ...EntitySummary
  }
  object {
    ...EntitySummary
  }
  context {
    ...EntitySummary
  }
  validFrom
  validTo
  confidence
  role
  votes
  share
  option
  seats
  note
  evidence {
    quote
    confidence
    source {
      key
      title
      publisher
      publishedAt
      url
    }
  }
}`) as unknown as TypedDocumentString<RelationEvidenceQuery, RelationEvidenceQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: String!, $to: String!, $maxHops: Int, $asOf: Date, $types: [RelationType!], $first: Int) {
  paths(
    from: $from
    to: $to
    maxHops: $maxHops
    asOf: $asOf
    types: $types
    first: $first
  ) {
    length
    entities {
      ...EntitySummary
    }
    relations {
      ...RelationWithEvidence
    }
  }
}
    fragment EntitySummary on Entity {
  id
  key
  name
  kind
  description
}
fragment RelationWithEvidence on Relation {
  id
  key
  type
  subject {
    ...EntitySummary
  }
  object {
    ...EntitySummary
  }
  context {
    ...EntitySummary
  }
  validFrom
  validTo
  confidence
  role
  votes
  share
  option
  seats
  note
  evidence {
    quote
    confidence
    source {
      key
      title
      publisher
      publishedAt
      url
    }
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($key: String!, $depth: Int, $asOf: Date, $types: [RelationType!], $limit: Int) {
  neighbourhood(
    key: $key
    depth: $depth
    asOf: $asOf
    types: $types
    limit: $limit
  ) {
    truncated
    nodes {
      ...EntitySummary
    }
    edges {
      ...RelationWithEvidence
    }
  }
}
    fragment EntitySummary on Entity {
  id
  key
  name
  kind
  description
}
fragment RelationWithEvidence on Relation {
  id
  key
  type
  subject {
    ...EntitySummary
  }
  object {
    ...EntitySummary
  }
  context {
    ...EntitySummary
  }
  validFrom
  validTo
  confidence
  role
  votes
  share
  option
  seats
  note
  evidence {
    quote
    confidence
    source {
      key
      title
      publisher
      publishedAt
      url
    }
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;