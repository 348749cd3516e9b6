// Generated entities, merged on their key (the entity_key_unique constraint's index), so loading
// again changes nothing. $(row.label) is a kind label from the vocabulary, never request data.
UNWIND $entities AS row
MERGE (entity:Entity {key: row.key})
SET entity:$(row.label),
    entity.name = row.name,
    entity.aliases = row.aliases,
    entity.description = row.description,
    entity.subKind = row.subKind,
    entity.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
