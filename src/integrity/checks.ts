import { z } from 'zod';
import { KIND_LABELS } from '../model/entity.js';
import { RELATION_VOCABULARY } from '../model/relation.js';
import { cypher, type Statement } from '../neo4j/statement.js';
import { neo4jInteger } from '../repositories/neo4j-values.js';

/**
 * The knowledge model's invariants, each one statement that returns the records breaking it (or,
 * with `violations`, the rows that TypeScript checks). Every statement takes `$prefix` (a key
 * prefix that scopes the check to the records a test or an import made; '' for the whole graph) and
 * `$limit` (violations listed per check).
 */
export interface Invariant {
  /** A short name for the invariant, as the report prints it. */
  name: string;
  statement: Statement;
  /** Turns the statement's rows into violations; by default each row is one ({keys, problem}). */
  violations?: (rows: Record<string, unknown>[]) => { keys: string[]; problem: string }[];
}

/** Relation ids and entity keys in scope. STARTS WITH '' holds for every key, and a prefix can use the key's index. */
const RELATION_IN_SCOPE = 'relation.id STARTS WITH $prefix';
const ENTITY_IN_SCOPE = 'entity.key STARTS WITH $prefix';

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
            coalesce([label IN labels(subject) WHERE label IN $kindLabels][0], 'no kind') AS subjectKind,
            coalesce([label IN labels(object) WHERE label IN $kindLabels][0], 'no kind') AS objectKind,
            coalesce([label IN labels(context) WHERE label IN $kindLabels][0], 'no kind') AS contextKind
       WHERE rule IS NULL
          OR NOT any(pair IN rule.connects WHERE pair[0] = subjectKind AND pair[1] = objectKind)
          OR (context IS NOT NULL AND NOT contextKind IN rule.context)
       RETURN [relation.id, coalesce(subject.key, '?'), coalesce(object.key, '?')] + CASE WHEN context IS NULL THEN [] ELSE [coalesce(context.key, '?')] END AS keys,
              CASE WHEN rule IS NULL THEN 'has a type outside the vocabulary: ' + coalesce(relation.type, 'none')
                   WHEN context IS NOT NULL AND NOT contextKind IN rule.context
                     THEN relation.type + ' cannot have a context of kind ' + contextKind
                   ELSE relation.type + ' does not connect ' + subjectKind + ' to ' + objectKind
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
    // Offsets count UTF-16 code units, as JavaScript strings do; Cypher's substring counts code
    // points. So the statement brings each source's text once, with the evidence citing it, and the
    // passage is compared here.
    name: 'evidence-offsets',
    statement: cypher(
      'integrity.evidenceOffsets',
      `MATCH (source:Source) WHERE source.text IS NOT NULL
       WITH source, [(holder)-[support:SUPPORTED_BY|DESCRIBED_BY]->(source)
                     WHERE coalesce(holder.id, holder.key) STARTS WITH $prefix
                     | {holder: coalesce(holder.id, holder.key), quote: support.quote, start: support.start, end: support.end}] AS cited
       WHERE size(cited) > 0
       RETURN source.key AS source, source.text AS text, cited`,
    ),
    violations: (rows) =>
      citedRows.parse(rows).flatMap(({ source, text, cited }) =>
        cited
          .filter(({ quote, start, end }) => quote === null || start === null || end === null || text.slice(start, end) !== quote)
          .map(({ holder, quote, start, end }) => ({
            keys: [holder, source],
            problem: `quotes "${(quote ?? '').slice(0, 80)}" at ${start ?? '?'}..${end ?? '?'}, which is not that passage of the source text`,
          })),
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
      `MATCH (redirect:EntityRedirect) WHERE redirect.key STARTS WITH $prefix
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
    // A merge keeps the absorbed entity as its key's redirect, holding only history (WAS_* edges,
    // versions): a live end or entity evidence left on it would be a fact no read can reach.
    name: 'merged-entity-edges',
    statement: cypher(
      'integrity.mergedEntityEdges',
      `MATCH (redirect:EntityRedirect) WHERE redirect.key STARTS WITH $prefix
       WITH redirect, COUNT { (redirect)-[:SUBJECT_OF|OBJECT|IN_CONTEXT|DESCRIBED_BY]-() } AS live
       WHERE live > 0
       RETURN [redirect.key] AS keys, 'is a merged key that still holds ' + live + ' live edge(s): a merge moves them all' AS problem
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
       WITH entity, kinds, redirect WHERE redirect IS NOT NULL OR size(kinds) <> 1 OR NOT entity:EntityKey
       RETURN [entity.key] AS keys,
              CASE WHEN redirect IS NOT NULL THEN 'names an entity and a merged key at once'
                   WHEN size(kinds) <> 1 THEN 'has ' + size(kinds) + ' kind labels; an entity has exactly one'
                   ELSE 'lacks the EntityKey label, so nothing keeps its key apart from merged keys' END AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'identifier-holder',
    statement: cypher(
      'integrity.identifierHolder',
      `MATCH (identifier:Identifier)
       // A key merged into another entity names it: two holders that are one entity are one holder.
       WITH identifier, COLLECT { MATCH (identifier)<-[:IDENTIFIED_BY]-(holder:EntityKey)
                                  RETURN DISTINCT coalesce([(holder)-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], holder.key) AS key
                                  ORDER BY key } AS holders
       // An identifier held by no key belongs to no scope: only the whole graph's check reports it.
       WHERE size(holders) <> 1 AND CASE WHEN size(holders) = 0 THEN $prefix = '' ELSE all(key IN holders WHERE key STARTS WITH $prefix) END
       RETURN holders AS keys,
              identifier.scheme + ' ' + identifier.value + CASE WHEN size(holders) = 0 THEN ' is held by no entity key'
                ELSE ' is held by ' + size(holders) + ' entity keys; one identifier names one entity' END AS problem
       LIMIT $limit`,
    ),
  },
  {
    name: 'audit-order',
    statement: cypher(
      'integrity.auditOrder',
      `MATCH (node) WHERE (node:Entity OR node:Relation OR node:Source) AND node.updatedAt < node.createdAt
         AND coalesce(node.key, node.id) STARTS WITH $prefix
       RETURN [coalesce(node.key, node.id)] AS keys,
              'was updated at ' + toString(node.updatedAt) + ', before it was created at ' + toString(node.createdAt) AS problem
       LIMIT $limit`,
    ),
  },
];

const citedRows = z.array(
  z.object({
    source: z.string(),
    text: z.string(),
    cited: z.array(z.object({ holder: z.string(), quote: z.string().nullable(), start: neo4jInteger.nullable(), end: neo4jInteger.nullable() })),
  }),
);

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
