import type { RelationFilter } from '../model/relation.js';
import { auditProjection } from './audit-rows.js';
import { entityProjection } from './entity-rows.js';

/**
 * Cypher fragments shared by the relation statements. They are fixed text, combined when a module
 * loads; request data only ever reaches them as parameters.
 */

/**
 * Projects a :Relation node into the map that `relationRow` parses. The entities at its ends
 * (subject, object, context) come along, each with the edge that joins it, read in one expansion
 * and in the same statement: a page of relations and the subjects and objects a query asks of them
 * cost one round trip, not two.
 */
export function relationProjection(relation: string): string {
  return `${relation} {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision, .retractedReason, .retractedBy, ${auditProjection(relation)},
    validFrom: toString(${relation}.validFrom), validTo: toString(${relation}.validTo),
    retractedAt: toString(${relation}.retractedAt),
    ends: [(${relation})-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: ${entityProjection('endEntity')}}]
  }`;
}

/**
 * True when the relation passes a RelationFilter held in `filter` (a map parameter or a map field).
 * asOf is half-open: validFrom <= asOf < validTo, an unknown bound never excluding. `during` keeps
 * relations whose validity overlaps the window, again with unknown bounds open, but a relation with
 * no date at all cannot be placed in time and is left out.
 */
export function relationFilter(relation: string, filter: string): string {
  return `(${filter}.types IS NULL OR ${relation}.type IN ${filter}.types)
    AND (${filter}.includeRetracted OR ${relation}.retractedAt IS NULL)
    AND (${filter}.minConfidence IS NULL OR ${relation}.confidence >= ${filter}.minConfidence)
    AND (${filter}.asOf IS NULL OR (
          (${relation}.validFrom IS NULL OR ${relation}.validFrom <= date(${filter}.asOf))
      AND (${relation}.validTo IS NULL OR date(${filter}.asOf) < ${relation}.validTo)))
    AND (${filter}.during IS NULL OR (
          (${relation}.validFrom IS NOT NULL OR ${relation}.validTo IS NOT NULL)
      AND (${filter}.during.to IS NULL OR ${relation}.validFrom IS NULL OR ${relation}.validFrom <= date(${filter}.during.to))
      AND (${filter}.during.from IS NULL OR ${relation}.validTo IS NULL OR date(${filter}.during.from) < ${relation}.validTo)))
    AND (${filter}.subject IS NULL OR EXISTS { (:Entity {key: ${filter}.subject})-[:SUBJECT_OF]->(${relation}) })
    AND (${filter}.object IS NULL OR EXISTS { (${relation})-[:OBJECT]->(:Entity {key: ${filter}.object}) })
    AND (${filter}.involving IS NULL
         OR EXISTS { (:Entity {key: ${filter}.involving})-[:SUBJECT_OF]->(${relation}) }
         OR EXISTS { (${relation})-[:OBJECT|IN_CONTEXT]->(:Entity {key: ${filter}.involving}) })
    AND (${filter}.source IS NULL OR EXISTS { (${relation})-[:SUPPORTED_BY]->(:Source {key: ${filter}.source}) })`;
}

/**
 * Ends a statement whose rows hold `relation`: one page of them, in time order (unknown starts
 * last, then by id, so pages are stable), with the total. `window` holds `offset` and `limit`.
 */
export function relationPage(window: string): string {
  return `WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[${window}.offset..(${window}.offset + ${window}.limit)] | ${relationProjection('relation')}] AS page`;
}

/** A RelationFilter as a Cypher map parameter for `relationFilter`. */
export function filterParameter(filter: RelationFilter) {
  return { ...filter, types: filter.types ? [...filter.types] : null };
}
