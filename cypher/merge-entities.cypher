// Folds $absorbed into $survivor: every relation, context and piece of entity evidence moves over
// (relationships cannot be re-pointed, so each is re-created and the old one deleted), the absorbed
// names become aliases, and the absorbed key becomes a redirect to the survivor. Redirects that
// pointed at the absorbed entity now point at the survivor, so chains never form.
MATCH (survivor:Entity {key: $survivor})
MATCH (absorbed:Entity {key: $absorbed})
CALL (survivor, absorbed) {
  MATCH (absorbed)-[old:SUBJECT_OF]->(relation:Relation)
  CREATE (survivor)-[:SUBJECT_OF]->(relation)
  SET relation.updatedAt = datetime(), relation.updatedBy = $actor
  DELETE old
}
CALL (survivor, absorbed) {
  MATCH (relation:Relation)-[old:OBJECT]->(absorbed)
  CREATE (relation)-[:OBJECT]->(survivor)
  SET relation.updatedAt = datetime(), relation.updatedBy = $actor
  DELETE old
}
CALL (survivor, absorbed) {
  MATCH (relation:Relation)-[old:IN_CONTEXT]->(absorbed)
  CREATE (relation)-[:IN_CONTEXT]->(survivor)
  SET relation.updatedAt = datetime(), relation.updatedBy = $actor
  DELETE old
}
CALL (survivor, absorbed) {
  MATCH (absorbed)-[old:DESCRIBED_BY]->(source:Source)
  CREATE (survivor)-[moved:DESCRIBED_BY]->(source)
  SET moved = properties(old)
  DELETE old
}
CALL (survivor, absorbed) {
  MATCH (redirect:EntityRedirect)-[old:REDIRECTS_TO]->(absorbed)
  CREATE (redirect)-[:REDIRECTS_TO]->(survivor)
  DELETE old
}
WITH survivor, absorbed, [name IN [absorbed.name] + coalesce(absorbed.aliases, []) | name] AS absorbedNames
SET survivor.aliases = coalesce(survivor.aliases, [])
      + reduce(added = [], name IN absorbedNames |
          CASE WHEN name = survivor.name OR name IN coalesce(survivor.aliases, []) OR name IN added THEN added ELSE added + name END),
    survivor.description = coalesce(survivor.description, absorbed.description),
    survivor.updatedAt = datetime(),
    survivor.updatedBy = $actor
CREATE (:EntityRedirect {key: absorbed.key, name: absorbed.name, mergedAt: datetime(), mergedBy: $actor})
       -[:REDIRECTS_TO]->(survivor)
DETACH DELETE absorbed
RETURN survivor.key AS survivor
