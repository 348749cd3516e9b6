// Generated relations, reified as in the seed: (subject)-[:SUBJECT_OF]->(relation)-[:OBJECT]->(object)
// and an optional IN_CONTEXT edge. Nodes are merged on their unique keys and edges merged between
// bound nodes, so a rerun finds everything in place and writes nothing new.
UNWIND $relations AS row
MATCH (subject:Entity {key: row.subject})
MATCH (object:Entity {key: row.object})
MERGE (relation:Relation {id: row.id})
SET relation += row.properties,
    relation.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
    relation.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END
MERGE (subject)-[:SUBJECT_OF]->(relation)
MERGE (relation)-[:OBJECT]->(object)
WITH relation, row
CALL (relation, row) {
  MATCH (context:Entity {key: row.context})
  MERGE (relation)-[:IN_CONTEXT]->(context)
}
