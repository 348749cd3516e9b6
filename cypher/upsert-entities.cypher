// Writes entities by key. A corrected kind must not leave the old kind's label behind: exactly one
// kind label per entity ($kindLabels is the vocabulary's list, never request data). Entity evidence
// is replaced, so loading the same rows again leaves the graph as it was.
// Audit: createdAt/By once; updatedAt/By only when a property or the kind changed, so a re-run is a no-op.
// Returns how many rows created an entity and how many changed one, for the import's summary.
// Identifiers are written apart, by ADD_IDENTIFIERS (src/repositories/ingest-repository.ts).
// Times are datetime.realtime(): after any wait for a lock, never before a write this one waited for.
// EntityKey: the label whose unique constraint keeps entity keys and merged keys apart.
// A change to an entity that existed keeps the state it replaces as an EntityVersion, as updateEntity
// does, so answers known at an earlier moment read it (src/repositories/history-cypher.ts).
UNWIND $entities AS row
MERGE (entity:Entity {key: row.key})
  ON CREATE SET entity:EntityKey, entity.createdAt = datetime.realtime(), entity.createdBy = $actor
// Locked, then looked at again: an entity merged away while we waited is its key's redirect now; the
// row is dropped, the count falls short and the batch fails whole instead of writing onto a redirect.
SET entity._lock = true REMOVE entity._lock
WITH entity, row WHERE entity:Entity
WITH entity, row, properties(entity) AS before,
     COLLECT { UNWIND labels(entity) AS label RETURN label ORDER BY label } AS labelsBefore
REMOVE entity:$($kindLabels)
SET entity:$(row.label),
    entity.name = row.name,
    entity.aliases = row.aliases,
    entity.description = row.description,
    entity.subKind = row.subKind,
    entity.date = row.date
WITH entity, before, labelsBefore, before <> properties(entity)
             OR labelsBefore <> COLLECT { UNWIND labels(entity) AS label RETURN label ORDER BY label } AS changed
WITH entity, before, labelsBefore, changed, CASE WHEN changed THEN datetime.realtime() END AS now
CALL (entity, before, labelsBefore, changed, now) {
  WITH * WHERE changed AND before.updatedAt IS NOT NULL
  CREATE (entity)-[:HAD_VERSION]->(version:EntityVersion)
  SET version = before, version.formerLabels = labelsBefore, version.until = now
}
SET entity.updatedAt = coalesce(now, entity.updatedAt),
    entity.updatedBy = CASE WHEN changed THEN $actor ELSE entity.updatedBy END
// Every entity written before has an updatedAt; one without was created by this statement.
WITH entity, before.updatedAt IS NULL AS created, changed
// The evidence replaced is returned, so that the caller can tell what the new evidence changed.
CALL (entity) {
  MATCH (entity)-[old:DESCRIBED_BY]->(source:Source)
  WITH old, old {.*, source: source.key} AS item
  DELETE old
  RETURN collect(item) AS evidenceRemoved
}
RETURN count(entity) AS written,
       count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN changed AND NOT created THEN 1 END) AS updated,
       collect(CASE WHEN size(evidenceRemoved) > 0 THEN {entity: entity.key, evidence: evidenceRemoved} END) AS evidenceRemoved
