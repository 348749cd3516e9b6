// Writes reified relations with their evidence, in the same statement so that a relation is never
// stored without it: (subject)-[:SUBJECT_OF]->(relation)-[:OBJECT]->(object), an optional context,
// and one SUPPORTED_BY edge per piece of evidence. Edges are replaced, not added to, so loading again
// is a no-op and a corrected subject, object or quote leaves nothing stale behind. An end that did not
// change keeps its edge (MERGE), with the history a merge wrote on it; a corrected end is kept as
// history (src/repositories/history-cypher.ts).
// A retraction is kept: re-importing a retracted relation does not bring it back.
// Audit: createdAt/By once; updatedAt/By only when a property, an end or the evidence changed.
// Returns how many rows created a relation and how many changed one, and how much evidence was kept
// and removed, for the import's summary.
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
               RETURN support {.*, source: source.key} AS item ORDER BY source.key, support.start, support.quote, support.locator } AS evidenceBefore
SET relation += row.properties
// A relation written before (it has an updatedAt) whose end the row corrects keeps the old end as
// history (WAS_*, until now) and says when the new one came (since), as a merge does.
WITH *, before.updatedAt IS NOT NULL AS existed, datetime.realtime() AS now
CALL (relation) {
  MATCH (relation)-[edge:SUPPORTED_BY]->()
  DELETE edge
}
CALL (relation, object, context, now) {
  MATCH (relation)-[edge:OBJECT|IN_CONTEXT]->(other)
  WHERE (type(edge) = 'OBJECT' AND other <> object) OR (type(edge) = 'IN_CONTEXT' AND (context IS NULL OR other <> context))
  FOREACH (_ IN CASE WHEN type(edge) = 'OBJECT' THEN [1] ELSE [] END |
    CREATE (relation)-[:WAS_OBJECT {since: edge.since, by: edge.by, until: now}]->(other))
  FOREACH (_ IN CASE WHEN type(edge) = 'IN_CONTEXT' THEN [1] ELSE [] END |
    CREATE (relation)-[:WAS_IN_CONTEXT {since: edge.since, by: edge.by, until: now}]->(other))
  DELETE edge
}
CALL (relation, subject, now) {
  MATCH (other)-[edge:SUBJECT_OF]->(relation) WHERE other <> subject
  CREATE (other)-[:WAS_SUBJECT_OF {since: edge.since, by: edge.by, until: now}]->(relation)
  DELETE edge
}
MERGE (subject)-[subjectEdge:SUBJECT_OF]->(relation)
  ON CREATE SET subjectEdge.since = CASE WHEN existed THEN now END, subjectEdge.by = CASE WHEN existed THEN $actor END
MERGE (relation)-[objectEdge:OBJECT]->(object)
  ON CREATE SET objectEdge.since = CASE WHEN existed THEN now END, objectEdge.by = CASE WHEN existed THEN $actor END
FOREACH (_ IN CASE WHEN context IS NULL THEN [] ELSE [1] END |
  MERGE (relation)-[contextEdge:IN_CONTEXT]->(context)
    ON CREATE SET contextEdge.since = CASE WHEN existed THEN now END, contextEdge.by = CASE WHEN existed THEN $actor END)
WITH *
CALL (relation, row) {
  UNWIND row.evidence AS evidence
  MATCH (source:Source {key: evidence.source})
  CREATE (relation)-[:SUPPORTED_BY {quote: evidence.quote, start: evidence.start, end: evidence.end,
                                    confidence: evidence.confidence, locator: evidence.locator}]->(source)
}
WITH relation, row, existed, before, endsBefore, evidenceBefore,
     COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
               RETURN support {.*, source: source.key} AS item
               ORDER BY source.key, support.start, support.quote, support.locator } AS evidenceAfter
WITH relation, evidenceBefore, evidenceAfter, NOT existed AS created,
     before <> properties(relation)
     OR endsBefore <> [[row.subject], [row.object], CASE WHEN row.context IS NULL THEN [] ELSE [row.context] END]
     OR evidenceBefore <> evidenceAfter AS changed
SET relation.updatedAt = CASE WHEN changed THEN datetime.realtime() ELSE relation.updatedAt END,
    relation.updatedBy = CASE WHEN changed THEN $actor ELSE relation.updatedBy END
// Evidence kept: pieces the relation had before, with the same source, quote, place and confidence,
// counted as a multiset: a piece written n times is kept as often as the relation had it, at most.
WITH relation, created, changed, evidenceBefore,
     CASE WHEN evidenceBefore = evidenceAfter THEN size(evidenceAfter)
          ELSE size([at IN range(0, size(evidenceAfter) - 1)
                     WHERE size([item IN evidenceAfter[0..at + 1] WHERE item = evidenceAfter[at]])
                           <= size([item IN evidenceBefore WHERE item = evidenceAfter[at]])]) END AS kept
RETURN count(relation) AS written,
       sum(COUNT { (relation)-[:SUPPORTED_BY]->() }) AS evidence,
       count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN changed AND NOT created THEN 1 END) AS updated,
       sum(kept) AS evidenceUnchanged,
       sum(size(evidenceBefore) - kept) AS evidenceRemoved
