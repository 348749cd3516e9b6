import { KIND_LABELS } from '../model/entity.js';
import { RELATION_VOCABULARY } from '../model/relation.js';
import { cypher, type Statement } from '../neo4j/statement.js';

/**
 * The knowledge model's invariants, each one statement that returns the records breaking it. Every
 * statement takes `$prefix` (null for the whole graph, or a key prefix that scopes the check to the
 * records a test or an import made) and `$limit` (violations listed per check).
 */
export interface Invariant {
  /** A short name for the invariant, as the report prints it. */
  name: string;
  statement: Statement;
}

/** Relation ids and entity keys in scope: everything, or those that start with the prefix. */
const RELATION_IN_SCOPE = '($prefix IS NULL OR relation.id STARTS WITH $prefix)';
const ENTITY_IN_SCOPE = '($prefix IS NULL OR entity.key STARTS WITH $prefix)';

export const INVARIANTS: Invariant[] = [
  {
    name: 'relation-ends',
    statement: cypher(
      'integrity.relationEnds',
      `MATCH (relation:Relation) WHERE ${RELATION_IN_SCOPE}
       WITH relation,
            COUNT { ()-[:SUBJECT_OF]->(relation) } AS subjects,
            COUNT { (relation)-[:OBJECT]->() } AS objects,
            COUNT { (relation)-[:IN_CONTEXT]->() } AS contexts
       WHERE subjects <> 1 OR objects <> 1 OR contexts > 1
       RETURN [relation.id] AS keys,
              'has ' + subjects + ' subject(s), ' + objects + ' object(s) and ' + contexts +
              ' context(s): a relation has exactly one subject, one object and at most one context' AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'relation-evidence',
    statement: cypher(
      'integrity.relationEvidence',
      `MATCH (relation:Relation) WHERE ${RELATION_IN_SCOPE} AND NOT EXISTS { (relation)-[:SUPPORTED_BY]->(:Source) }
       RETURN [relation.id] AS keys, 'has no evidence: every relation cites at least one source' AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'relation-kinds',
    statement: cypher(
      'integrity.relationKinds',
      `MATCH (subject)-[:SUBJECT_OF]->(relation:Relation)-[:OBJECT]->(object) WHERE ${RELATION_IN_SCOPE}
       OPTIONAL MATCH (relation)-[:IN_CONTEXT]->(context)
       WITH relation, subject, object, context, [rule IN $vocabulary WHERE rule.type = relation.type][0] AS rule,
            [label IN labels(subject) WHERE label IN $kindLabels][0] AS subjectKind,
            [label IN labels(object) WHERE label IN $kindLabels][0] AS objectKind,
            [label IN labels(context) WHERE label IN $kindLabels][0] AS contextKind
       WHERE rule IS NULL
          OR NOT any(pair IN rule.connects WHERE pair[0] = subjectKind AND pair[1] = objectKind)
          OR (context IS NOT NULL AND NOT contextKind IN rule.context)
       RETURN [relation.id, subject.key, object.key] + CASE WHEN context IS NULL THEN [] ELSE [context.key] END AS keys,
              CASE WHEN rule IS NULL THEN 'has a type outside the vocabulary: ' + relation.type
                   WHEN context IS NOT NULL AND NOT contextKind IN rule.context
                     THEN relation.type + ' cannot have a context of kind ' + coalesce(contextKind, 'none')
                   ELSE relation.type + ' does not connect ' + coalesce(subjectKind, 'no kind') + ' to ' + coalesce(objectKind, 'no kind')
              END AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'self-relation',
    statement: cypher(
      'integrity.selfRelations',
      `MATCH (entity:Entity)-[:SUBJECT_OF]->(relation:Relation)-[:OBJECT]->(entity)
       WHERE ${RELATION_IN_SCOPE} AND relation.retractedAt IS NULL
       RETURN [relation.id, entity.key] AS keys, 'relates an entity to itself' AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'evidence-offsets',
    statement: cypher(
      'integrity.evidenceOffsets',
      `MATCH (holder)-[support:SUPPORTED_BY|DESCRIBED_BY]->(source:Source)
       WHERE source.text IS NOT NULL
         AND ($prefix IS NULL OR holder.id STARTS WITH $prefix OR holder.key STARTS WITH $prefix)
         AND (support.start IS NULL OR support.end IS NULL OR support.quote IS NULL
              OR substring(source.text, support.start, support.end - support.start) <> support.quote)
       RETURN [coalesce(holder.id, holder.key), source.key] AS keys,
              'quotes "' + left(coalesce(support.quote, ''), 80) + '" at ' + coalesce(toString(support.start), '?') + '..' +
              coalesce(toString(support.end), '?') + ', which is not that passage of the source text' AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'evidence-after-retraction',
    statement: cypher(
      'integrity.evidenceAfterRetraction',
      `MATCH (relation:Relation)-[support:SUPPORTED_BY]->(source:Source)
       WHERE ${RELATION_IN_SCOPE} AND support.addedAt > relation.retractedAt
       RETURN [relation.id, source.key] AS keys,
              'gained evidence at ' + toString(support.addedAt) + ', after its retraction at ' + toString(relation.retractedAt) AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'merged-key',
    statement: cypher(
      'integrity.mergedKeys',
      `MATCH (redirect:EntityRedirect) WHERE $prefix IS NULL OR redirect.key STARTS WITH $prefix
       WITH redirect, [(redirect)-[:REDIRECTS_TO]->(target) | target] AS targets
       WHERE size(targets) <> 1 OR NOT targets[0]:Entity
       RETURN [redirect.key] + [target IN targets | coalesce(target.key, '?')] AS keys,
              CASE WHEN size(targets) = 0 THEN 'is a merged key that resolves to nothing'
                   WHEN size(targets) > 1 THEN 'is a merged key that resolves to ' + size(targets) + ' entities'
                   ELSE 'is a merged key that points at another merged key, not at an entity' END AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'key-space',
    statement: cypher(
      'integrity.keySpace',
      `MATCH (entity:Entity) WHERE ${ENTITY_IN_SCOPE}
       WITH entity, [label IN labels(entity) WHERE label IN $kindLabels] AS kinds
       OPTIONAL MATCH (redirect:EntityRedirect {key: entity.key})
       WITH entity, kinds, redirect WHERE redirect IS NOT NULL OR size(kinds) <> 1
       RETURN [entity.key] AS keys,
              CASE WHEN redirect IS NOT NULL THEN 'names an entity and a merged key at once'
                   ELSE 'has ' + size(kinds) + ' kind labels; an entity has exactly one' END AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'audit-order',
    statement: cypher(
      'integrity.auditOrder',
      `MATCH (node) WHERE (node:Entity OR node:Relation OR node:Source) AND node.updatedAt < node.createdAt
         AND ($prefix IS NULL OR node.key STARTS WITH $prefix OR node.id STARTS WITH $prefix)
       RETURN [coalesce(node.key, node.id)] AS keys,
              'was updated at ' + toString(node.updatedAt) + ', before it was created at ' + toString(node.createdAt) AS problem
       LIMIT $limit`,
    ),
  },
];

/** The vocabulary in the labels the graph stores, as the kinds check takes it. */
export function vocabularyParameters() {
  return {
    kindLabels: Object.values(KIND_LABELS),
    vocabulary: Object.entries(RELATION_VOCABULARY).map(([type, rule]) => ({
      type,
      connects: rule.connects.map(([from, to]) => [KIND_LABELS[from], KIND_LABELS[to]]),
      context: rule.context.map((kind) => KIND_LABELS[kind]),
    })),
  };
}
