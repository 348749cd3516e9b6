import { FULL_READ, RELATION_READS, type RelationFilter, type RelationRead } from '../model/relation.js';
import { auditProjection } from './audit-rows.js';
import { entityProjection } from './entity-rows.js';
import { instant } from './neo4j-values.js';
import { ENDS_THEN, endRole, entityAt, heldAt, relationChangeAt } from './history-cypher.js';
import { SOURCE_PROJECTION } from './source-repository.js';

/**
 * Cypher fragments shared by the relation statements. They are fixed text, combined when a module
 * loads; request data only ever reaches them as parameters.
 */

/**
 * One piece of evidence, the SUPPORTED_BY edge in `support` to the :Source in `source`, as
 * `readEvidence` reads it: with the source cited, so that evidence and the sources the question asks
 * of it come in the statement that reads the evidence.
 */
export const EVIDENCE_PROJECTION = `{source: source.key, quote: support.quote, start: support.start, end: support.end,
             confidence: support.confidence, locator: support.locator, cited: ${SOURCE_PROJECTION}}`;

/** The order of a relation's evidence, wherever it is read: by source, then place in it, with no ties between different pieces. */
export const EVIDENCE_ORDER = 'source.key, support.start, support.end, support.quote, support.locator, support.confidence';

/** A relation's evidence, read with it (RelationRead.evidence). */
function evidenceOf(relation: string): string {
  return `evidence: COLLECT { MATCH (${relation})-[support:SUPPORTED_BY]->(source:Source)
                       WITH support, source ORDER BY ${EVIDENCE_ORDER}
                       RETURN ${EVIDENCE_PROJECTION} }`;
}

/**
 * Projects a :Relation node into the map that `readRelation` reads. The entities at its ends
 * (subject, object, context) come along, each with the edge that joins it, read in one expansion
 * and in the same statement: a page of relations and the subjects and objects a query asks of them
 * cost one round trip, not two; so does its evidence, when the question asks for it. With `at` (an
 * instant), the relation, its ends and their properties as they stood then (history-cypher.ts).
 */
export function relationProjection(relation: string, at: string | null = null, read: RelationRead = FULL_READ): string {
  if (read.detail === 'brief' && at === null) return briefRelationProjection(relation, read.evidence);
  const retracted = at === null ? 'true' : `${relation}.retractedAt <= ${at}`;
  const change = at === null ? null : relationChangeAt(relation, at);
  return `${relation} {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(${relation}.validFrom), validTo: toString(${relation}.validTo),
    retractedAt: CASE WHEN ${retracted} THEN toString(${relation}.retractedAt) END,
    retractedReason: CASE WHEN ${retracted} THEN ${relation}.retractedReason END,
    retractedBy: CASE WHEN ${retracted} THEN ${relation}.retractedBy END,
    ${change === null ? auditProjection(relation) : `.createdBy, createdAt: toString(${relation}.createdAt), updatedAt: toString((${change}).at), updatedBy: (${change}).by`},
    knownFrom: [known IN [${knownStart(relation, at)}] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],
    ${at === null && read.evidence ? `${evidenceOf(relation)},` : ''}
    ${at === null
      ? `ends: [(${relation})-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: ${entityProjection('endEntity')}}]`
      : `ends: [(${relation})-[endEdge:${ENDS_THEN}]-(endEntity:EntityKey) WHERE ${heldAt('endEdge', at)}
                | {edge: ${endRole('endEdge')}, entity: ${entityAt('endEntity', at)}}],
    knownAt: toString(${at})`}
  }`;
}

/**
 * A relation in brief (ReadDetail): what RELATION_BRIEF_FIELDS serve, its ends as key, name and kind.
 * `brief: true` tells its reader (readRelation) that the rest was not read, rather than absent.
 */
function briefRelationProjection(relation: string, evidence: boolean): string {
  return `${relation} {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,${evidence ? `
    ${evidenceOf(relation)},` : ''}
    validFrom: toString(${relation}.validFrom), validTo: toString(${relation}.validTo), retractedAt: toString(${relation}.retractedAt),
    ends: [(${relation})-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }`;
}

/** The statement variant (neo4j/statement.ts) of a read: a full read without evidence is the statement itself. */
export function variant(read: RelationRead): string | undefined {
  const parts = [read.detail === 'brief' ? 'brief' : null, read.evidence ? 'with evidence' : null].filter((part) => part !== null);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** The one of `statements` (built in RELATION_READS' order) for a read. */
export function forRead<T>(statements: readonly T[], read: RelationRead): T {
  return statements[RELATION_READS.findIndex((each) => each.detail === read.detail && each.evidence === read.evidence)]!;
}

/** Relation types about an election (its object; HELD_IN's subject): they hold from the election's day, never before. */
const ELECTION_TYPES = "['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN']";

/**
 * The first day a relation is known to hold, as {date, precision, basis}: its stated start
 * (STATED); else, for a relation about an election, the election's day (ELECTION); else the
 * earliest publication of a source that supports it, since that source shows it held then
 * (SOURCE); else null: nothing says when it held. Never "since always". With `at`, only the
 * evidence recorded by then counts.
 */
export function knownStart(relation: string, at: string | null = null): string {
  const recorded = at === null ? '' : ` AND coalesce(support.addedAt <= ${at}, true)`;
  return `CASE
    WHEN ${relation}.validFrom IS NOT NULL
      THEN {date: ${relation}.validFrom, precision: coalesce(${relation}.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN ${relation}.type IN ${ELECTION_TYPES} AND EXISTS { (${relation})-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(${relation})-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (${relation})-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL${recorded}
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END`;
}

/** The length of a date's period, less its last day: how far a bound known only to its month or year may lie past its first day. */
function slack(precision: string): string {
  return `CASE ${precision} WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END`;
}

/**
 * True when the relation passes a RelationFilter held in `filter` (a map parameter or a map field).
 * The one place where a relation's time is read, so every list, holder, neighbourhood, path,
 * timeline, count and export reads it alike:
 * - asOf D keeps a relation known to hold on D: from its known start (knownStart: never before what
 *   the data knows) and before its end (validTo, exclusive; unknown means still valid). A bound known
 *   to its month or year is some day of that period: with certainty CERTAIN (the default) the
 *   relation must hold on D whichever day that is; with POSSIBLE it may.
 * - during keeps relations whose time overlaps the window, its bounds read as asOf reads them; one
 *   with no known start cannot be placed in time and is left out.
 * With `history`, the filter's knownAt is an instant and the relation is read as recorded then:
 * asserted by then, retracted only if retracted by then, its ends and evidence as they were
 * (history-cypher.ts). Statements that answer knownAt are built with it; the others stay as they were.
 */
export function relationFilter(relation: string, filter: string, history = false): string {
  const at = history ? `${filter}.knownAt` : null;
  const endIs = (roles: string, key: string) =>
    at === null
      ? roles === 'SUBJECT_OF'
        ? `EXISTS { (:Entity {key: ${key}})-[:SUBJECT_OF]->(${relation}) }`
        : `EXISTS { (${relation})-[:${roles}]->(:Entity {key: ${key}}) }`
      : `EXISTS { (${relation})-[endThen:${ENDS_THEN}]-(:EntityKey {key: ${key}}) WHERE ${endRole('endThen')} IN ${roles} AND ${heldAt('endThen', at)} }`;
  return `(${filter}.types IS NULL OR ${relation}.type IN ${filter}.types)
    ${at === null ? '' : `AND ${relation}.createdAt <= ${at}`}
    AND (${filter}.includeRetracted OR ${relation}.retractedAt IS NULL${at === null ? '' : ` OR ${relation}.retractedAt > ${at}`})
    AND (${filter}.minConfidence IS NULL OR ${relation}.confidence >= ${filter}.minConfidence)
    AND (${filter}.asOf IS NULL OR (
          (${relation}.validTo IS NULL OR date(${filter}.asOf) < ${knownEndBound(relation, filter)})
      AND coalesce(date(${filter}.asOf) >= ${knownStartBound(relation, filter, at)}, false)))
    AND (${filter}.during IS NULL OR (
          (${filter}.during.from IS NULL OR ${relation}.validTo IS NULL OR date(${filter}.during.from) < ${knownEndBound(relation, filter)})
      AND any(start IN [${knownStartBound(relation, filter, at)}] WHERE start IS NOT NULL
              AND (${filter}.during.to IS NULL OR start <= date(${filter}.during.to)))))
    AND (${filter}.subject IS NULL OR ${at === null ? endIs('SUBJECT_OF', `${filter}.subject`) : endIs("['SUBJECT_OF']", `${filter}.subject`)})
    AND (${filter}.object IS NULL OR ${at === null ? endIs('OBJECT', `${filter}.object`) : endIs("['OBJECT']", `${filter}.object`)})
    AND (${filter}.involving IS NULL OR ${at === null
      ? `${endIs('SUBJECT_OF', `${filter}.involving`)} OR ${endIs('OBJECT|IN_CONTEXT', `${filter}.involving`)}`
      : endIs("['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT']", `${filter}.involving`)})
    AND (${filter}.source IS NULL OR EXISTS { (${relation})-[support:SUPPORTED_BY]->(:Source {key: ${filter}.source})
                                              ${at === null ? '' : `WHERE coalesce(support.addedAt <= ${at}, true)`} })`;
}

/**
 * Ends a statement whose rows hold `relation`: one page of them, in time order (unknown starts
 * last, then by id, so pages are stable), with the total. `window` holds `offset` and `limit`.
 */
export function relationPage(window: string, at: string | null = null, read: RelationRead = FULL_READ): string {
  return `WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[${window}.offset..(${window}.offset + ${window}.limit)] | ${relationProjection('relation', at, read)}] AS page`;
}

/** The first day asOf keeps a relation: its known start, or the last day of that start's period when certainty is asked. */
function knownStartBound(relation: string, filter: string, at: string | null): string {
  return `[known IN [${knownStart(relation, at)}] WHERE known IS NOT NULL |
            known.date + CASE WHEN ${filter}.certainty = 'POSSIBLE' THEN duration('P0D') ELSE ${slack('known.precision')} END][0]`;
}

/** The first day asOf no longer keeps a relation: its end, or the last day of that end's period when a possible answer is asked. */
function knownEndBound(relation: string, filter: string): string {
  return `${relation}.validTo
            + CASE WHEN ${filter}.certainty = 'POSSIBLE' THEN ${slack(`coalesce(${relation}.validToPrecision, 'DAY')`)} ELSE duration('P0D') END`;
}

/**
 * The filter in the variable `filter` (a map) with its entity keys as they are now: a key merged into
 * another entity names the survivor (through its EntityRedirect), so links made before a merge keep
 * filtering, in the statement itself rather than by a look-up before it.
 */
export function withCurrentKeys(filter: string): string {
  const current = (key: string) => `coalesce([(:EntityRedirect {key: ${key}})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], ${key})`;
  return `${filter} {.*,
     subject: ${current(`${filter}.subject`)},
     object: ${current(`${filter}.object`)},
     involving: ${current(`${filter}.involving`)}}`;
}

/** A RelationFilter as a Cypher map parameter for `relationFilter`. */
export function filterParameter(filter: RelationFilter) {
  return { ...filter, types: filter.types ? [...filter.types] : null, knownAt: instant(filter.knownAt) };
}
