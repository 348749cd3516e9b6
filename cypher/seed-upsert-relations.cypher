// Writes reified relations: (subject)-[:SUBJECT_OF]->(relation)-[:OBJECT]->(object), with an
// optional context. Edges are replaced, not added to, so that loading again is a no-op and a
// corrected subject or object leaves no stale edge behind.
UNWIND $relations AS row
MATCH (subject:Entity {key: row.subject})
MATCH (object:Entity {key: row.object})
OPTIONAL MATCH (context:Entity {key: row.context})
MERGE (relation:Relation {id: row.id})
SET relation += row.properties,
    relation.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
    relation.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END
WITH relation, subject, object, context
CALL (relation) {
  MATCH (relation)-[edge:OBJECT|IN_CONTEXT|SUPPORTED_BY]->()
  DELETE edge
}
CALL (relation) {
  MATCH ()-[edge:SUBJECT_OF]->(relation)
  DELETE edge
}
CREATE (subject)-[:SUBJECT_OF]->(relation)
CREATE (relation)-[:OBJECT]->(object)
FOREACH (_ IN CASE WHEN context IS NULL THEN [] ELSE [1] END | CREATE (relation)-[:IN_CONTEXT]->(context))
