// Search over names and aliases. 'standard-folding' folds accents to ASCII, so "Sean" finds "Seán".
// Not eventually consistent: an entity is searchable as soon as the transaction that wrote it commits.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (entity:Entity) ON EACH [entity.name, entity.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Relation filters: by type, and by validity for asOf queries.
CREATE RANGE INDEX relation_type IF NOT EXISTS
FOR (relation:Relation) ON (relation.type);

CREATE RANGE INDEX relation_valid_from IF NOT EXISTS
FOR (relation:Relation) ON (relation.validFrom);

CREATE RANGE INDEX relation_valid_to IF NOT EXISTS
FOR (relation:Relation) ON (relation.validTo);
