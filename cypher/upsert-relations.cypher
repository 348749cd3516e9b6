// Writes reified relations with their evidence, in the same statement so that a relation is never
// stored without it: (subject)-[:SUBJECT_OF]->(relation)-[:OBJECT]->(object), an optional context,
// and one SUPPORTED_BY edge per piece of evidence. Edges are replaced, not added to, so loading again
// is a no-op and a corrected subject, object or quote leaves nothing stale behind. An end that did not
// change keeps its edge (MERGE), with the history a merge wrote on it (src/repositories/history-cypher.ts).
// A retraction is kept: re-importing a retracted relation does not bring it back.
// Audit: createdAt/By once; updatedAt/By only when a property, an end or the evidence changed.
UNWIND $relations AS row
MATCH (subject:Entity {key: row.subject})
MATCH (object:Entity {key: row.object})
OPTIONAL MATCH (context:Entity {key: row.context})
// Lock the ends, then look again: one merged away while we waited is its key's redirect now, no
// longer an Entity, and the row is dropped, so the count falls short and the batch fails whole.
FOREACH (end IN [end IN [subject, object, context] WHERE end IS NOT NULL] | SET end._lock = true REMOVE end._lock)
WITH row, subject, object, context
WHERE subject:Entity AND object:Entity AND (context IS NULL OR context:Entity)
MERGE (relation:Relation {id: row.id})
  ON CREATE SET relation.createdAt = datetime.realtime(), relation.createdBy = $actor
WITH relation, row, subject, object, context, properties(relation) AS before,
     [[(s:Entity)-[:SUBJECT_OF]->(relation) | s.key], [(relation)-[:OBJECT]->(o:Entity) | o.key],
      [(relation)-[:IN_CONTEXT]->(c:Entity) | c.key]] AS endsBefore,
     COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
               RETURN support {.*, source: source.key} AS item ORDER BY source.key, support.start, support.quote } AS evidenceBefore
SET relation += row.properties
WITH *
CALL (relation, object, context) {
  MATCH (relation)-[edge:OBJECT|IN_CONTEXT|SUPPORTED_BY]->(other)
  WHERE type(edge) = 'SUPPORTED_BY' OR (type(edge) = 'OBJECT' AND other <> object)
     OR (type(edge) = 'IN_CONTEXT' AND (context IS NULL OR other <> context))
  DELETE edge
}
CALL (relation, subject) {
  MATCH (other)-[edge:SUBJECT_OF]->(relation) WHERE other <> subject
  DELETE edge
}
MERGE (subject)-[:SUBJECT_OF]->(relation)
MERGE (relation)-[:OBJECT]->(object)
FOREACH (_ IN CASE WHEN context IS NULL THEN [] ELSE [1] END | MERGE (relation)-[:IN_CONTEXT]->(context))
WITH *
CALL (relation, row) {
  UNWIND row.evidence AS evidence
  MATCH (source:Source {key: evidence.source})
  CREATE (relation)-[:SUPPORTED_BY {quote: evidence.quote, start: evidence.start, end: evidence.end,
                                    confidence: evidence.confidence}]->(source)
}
WITH relation, row, before, endsBefore, evidenceBefore
WITH relation, row,
     before <> properties(relation)
     OR endsBefore <> [[row.subject], [row.object], CASE WHEN row.context IS NULL THEN [] ELSE [row.context] END]
     OR evidenceBefore <> COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                                    RETURN support {.*, source: source.key} AS item
                                    ORDER BY source.key, support.start, support.quote } AS changed
SET relation.updatedAt = CASE WHEN changed THEN datetime.realtime() ELSE relation.updatedAt END,
    relation.updatedBy = CASE WHEN changed THEN $actor ELSE relation.updatedBy END
RETURN count(relation) AS written,
       sum(COUNT { (relation)-[:SUPPORTED_BY]->() }) AS evidence
