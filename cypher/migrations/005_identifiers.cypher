// An identifier from an outside register (a Wikidata Q-id, a parliament's member id) is one node per
// scheme and value, held by the one entity key it names: (key)-[:IDENTIFIED_BY]->(identifier). The
// constraint makes two writers that add the same identifier at once meet on one node, where the
// second sees the first's holder and is refused.
CREATE CONSTRAINT identifier_unique IF NOT EXISTS
FOR (identifier:Identifier) REQUIRE (identifier.scheme, identifier.value) IS UNIQUE;
