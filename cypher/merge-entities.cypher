// Folds $absorbed into $survivor, both locked by the caller with the relations of $absorbed: every relation, context and piece of
// entity evidence moves over (relationships cannot be re-pointed, so each is re-created), the
// absorbed names become aliases, and the absorbed entity becomes the redirect of its key to the
// survivor. Redirects that pointed at the absorbed entity now point at the survivor, so chains never
// form. A live relation between the two would relate the survivor to itself: it is retracted, with
// the reason, and its id returned as `dropped`.
// History (src/repositories/history-cypher.ts): each moved end keeps its old edge as WAS_* with
// `since`/`until` and the new one says `since` and `by`; the absorbed entity keeps its properties
// and former labels; the survivor's state before the merge is kept as an EntityVersion; a re-pointed
// redirect keeps its old target as WAS_REDIRECTED_TO. So an answer asked as of a moment before the
// merge comes out as it did then.
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
  CREATE (survivor)-[:SUBJECT_OF {since: now, by: $actor}]->(relation)
  CREATE (absorbed)-[:WAS_SUBJECT_OF {since: old.since, by: old.by, until: now}]->(relation)
  SET relation.updatedAt = now, relation.updatedBy = $actor
  DELETE old
}
CALL (survivor, absorbed, now) {
  MATCH (relation:Relation)-[old:OBJECT]->(absorbed)
  CREATE (relation)-[:OBJECT {since: now, by: $actor}]->(survivor)
  CREATE (relation)-[:WAS_OBJECT {since: old.since, by: old.by, until: now}]->(absorbed)
  SET relation.updatedAt = now, relation.updatedBy = $actor
  DELETE old
}
CALL (survivor, absorbed, now) {
  MATCH (relation:Relation)-[old:IN_CONTEXT]->(absorbed)
  CREATE (relation)-[:IN_CONTEXT {since: now, by: $actor}]->(survivor)
  CREATE (relation)-[:WAS_IN_CONTEXT {since: old.since, by: old.by, until: now}]->(absorbed)
  SET relation.updatedAt = now, relation.updatedBy = $actor
  DELETE old
}
CALL (survivor, absorbed) {
  MATCH (absorbed)-[old:DESCRIBED_BY]->(source:Source)
  CREATE (survivor)-[moved:DESCRIBED_BY]->(source)
  SET moved = properties(old)
  DELETE old
}
CALL (survivor, absorbed, now) {
  MATCH (redirect:EntityRedirect)-[old:REDIRECTS_TO]->(absorbed)
  CREATE (redirect)-[:REDIRECTS_TO {since: now}]->(survivor)
  CREATE (redirect)-[:WAS_REDIRECTED_TO {since: coalesce(old.since, redirect.mergedAt), until: now}]->(absorbed)
  DELETE old
}
CALL (survivor, now) {
  CREATE (survivor)-[:HAD_VERSION]->(version:EntityVersion)
  SET version = properties(survivor), version.formerLabels = labels(survivor), version.until = now
}
WITH survivor, absorbed, now, dropped, [name IN [absorbed.name] + coalesce(absorbed.aliases, []) | name] AS absorbedNames
SET survivor.aliases = coalesce(survivor.aliases, [])
      + reduce(added = [], name IN absorbedNames |
          CASE WHEN name = survivor.name OR name IN coalesce(survivor.aliases, []) OR name IN added THEN added ELSE added + name END),
    survivor.description = coalesce(survivor.description, absorbed.description),
    survivor.updatedAt = now,
    survivor.updatedBy = $actor
// The absorbed entity becomes the redirect of its key (EntityKey, so the key stays taken), keeping
// what it was. $kindLabels is the vocabulary's list of kind labels, never request data.
SET absorbed.formerLabels = labels(absorbed), absorbed.mergedAt = now, absorbed.mergedBy = $actor
REMOVE absorbed:Entity
REMOVE absorbed:$($kindLabels)
SET absorbed:EntityRedirect
CREATE (absorbed)-[:REDIRECTS_TO {since: now}]->(survivor)
// An edge no step above moved would be left on a redirect: the caller fails the merge on it.
RETURN dropped, COUNT { (absorbed)-[:SUBJECT_OF|OBJECT|IN_CONTEXT|DESCRIBED_BY]-() } AS unmoved
