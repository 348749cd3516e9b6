// Folds $absorbed into $survivor, both locked by the caller with the relations of $absorbed: every relation, context and piece of
// entity evidence moves over (relationships cannot be re-pointed, so each is re-created and the old
// one deleted), the absorbed names become aliases, and the absorbed key becomes a redirect to the
// survivor. Redirects that pointed at the absorbed entity now point at the survivor, so chains never
// form. A live relation between the two would relate the survivor to itself: it is retracted, with
// the reason, and its id returned as `dropped`.
MATCH (survivor:Entity {key: $survivor})
MATCH (absorbed:Entity {key: $absorbed})
WITH survivor, absorbed, datetime.realtime() AS now
CALL (survivor, absorbed, now) {
  UNWIND [[survivor, absorbed], [absorbed, survivor]] AS ends
  WITH ends[0] AS one, ends[1] AS other, now
  MATCH (one)-[:SUBJECT_OF]->(relation:Relation)-[:OBJECT]->(other)
  WHERE relation.retractedAt IS NULL
  SET relation.retractedAt = now,
      relation.retractedBy = $actor,
      relation.retractedReason = 'dropped by the merge of "' + absorbed.key + '" into "' + survivor.key +
                                 '": it would relate "' + survivor.key + '" to itself'
  RETURN collect(relation.id) AS dropped
}
CALL (survivor, absorbed, now) {
  MATCH (absorbed)-[old:SUBJECT_OF]->(relation:Relation)
  CREATE (survivor)-[:SUBJECT_OF]->(relation)
  SET relation.updatedAt = now, relation.updatedBy = $actor
  DELETE old
}
CALL (survivor, absorbed, now) {
  MATCH (relation:Relation)-[old:OBJECT]->(absorbed)
  CREATE (relation)-[:OBJECT]->(survivor)
  SET relation.updatedAt = now, relation.updatedBy = $actor
  DELETE old
}
CALL (survivor, absorbed, now) {
  MATCH (relation:Relation)-[old:IN_CONTEXT]->(absorbed)
  CREATE (relation)-[:IN_CONTEXT]->(survivor)
  SET relation.updatedAt = now, relation.updatedBy = $actor
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
WITH survivor, absorbed, now, dropped, absorbed.key AS absorbedKey, absorbed.name AS absorbedName,
     [name IN [absorbed.name] + coalesce(absorbed.aliases, []) | name] AS absorbedNames
SET survivor.aliases = coalesce(survivor.aliases, [])
      + reduce(added = [], name IN absorbedNames |
          CASE WHEN name = survivor.name OR name IN coalesce(survivor.aliases, []) OR name IN added THEN added ELSE added + name END),
    survivor.description = coalesce(survivor.description, absorbed.description),
    survivor.updatedAt = now,
    survivor.updatedBy = $actor
// The key moves from the entity to its redirect: delete first, for the shared key constraint. DELETE,
// not DETACH DELETE: an edge no step above moved makes the merge fail instead of vanishing with it.
DELETE absorbed
CREATE (:EntityRedirect:EntityKey {key: absorbedKey, name: absorbedName, mergedAt: now, mergedBy: $actor})
       -[:REDIRECTS_TO]->(survivor)
RETURN dropped
