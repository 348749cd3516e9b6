// An entity key names one entity or one merged-entity redirect, never both: entities and redirects
// share the EntityKey label, and its unique constraint is what refuses a key taken by the other
// kind of node, even when two transactions race for it. The constraint comes first, so that its
// index answers the look-ups below. A node whose key is already held by another is left unlabelled
// rather than failing start-up: `npm run check-graph` reports it.
CREATE CONSTRAINT entity_key_space_unique IF NOT EXISTS
FOR (node:EntityKey) REQUIRE node.key IS UNIQUE;

MATCH (node:Entity) WHERE NOT node:EntityKey AND NOT EXISTS { MATCH (other:EntityKey {key: node.key}) }
SET node:EntityKey;

MATCH (node:EntityRedirect) WHERE NOT node:EntityKey AND NOT EXISTS { MATCH (other:EntityKey {key: node.key}) }
SET node:EntityKey;
