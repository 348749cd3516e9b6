// Keys are the stable public identifiers of entities, relations and sources: one node per key.
CREATE CONSTRAINT entity_key_unique IF NOT EXISTS
FOR (entity:Entity) REQUIRE entity.key IS UNIQUE;

CREATE CONSTRAINT relation_id_unique IF NOT EXISTS
FOR (relation:Relation) REQUIRE relation.id IS UNIQUE;

CREATE CONSTRAINT source_key_unique IF NOT EXISTS
FOR (source:Source) REQUIRE source.key IS UNIQUE;
