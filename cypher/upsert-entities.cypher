// Writes entities by key. A corrected kind must not leave the old kind's label behind: exactly one
// kind label per entity ($kindLabels is the vocabulary's list, never request data). Entity evidence
// is replaced, so loading the same rows again leaves the graph as it was.
// Audit: createdAt/By once; updatedAt/By only when a property or the kind changed, so a re-run is a no-op.
// Times are datetime.realtime(): after any wait for a lock, never before a write this one waited for.
// EntityKey: the label whose unique constraint keeps entity keys and merged keys apart.
UNWIND $entities AS row
MERGE (entity:Entity {key: row.key})
  ON CREATE SET entity:EntityKey, entity.createdAt = datetime.realtime(), entity.createdBy = $actor
WITH entity, row, properties(entity) AS before, COLLECT { UNWIND labels(entity) AS label RETURN label ORDER BY label } AS labelsBefore
REMOVE entity:$($kindLabels)
SET entity:$(row.label),
    entity.name = row.name,
    entity.aliases = row.aliases,
    entity.description = row.description,
    entity.subKind = row.subKind,
    entity.date = row.date
WITH entity, before <> properties(entity)
             OR labelsBefore <> COLLECT { UNWIND labels(entity) AS label RETURN label ORDER BY label } AS changed
SET entity.updatedAt = CASE WHEN changed THEN datetime.realtime() ELSE entity.updatedAt END,
    entity.updatedBy = CASE WHEN changed THEN $actor ELSE entity.updatedBy END
WITH entity
CALL (entity) {
  MATCH (entity)-[old:DESCRIBED_BY]->(:Source)
  DELETE old
}
RETURN count(entity) AS written
