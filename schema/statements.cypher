// Every named Cypher statement, as Neo4j receives it; parameters are $-named, never spliced in.
// Written by `npm run cypher:print` from the code: do not edit. graph.paths.{hops}.{first} (and .brief, and pathsAt)
// are printed for the defaults, 4 hops and first 3; the others (hops 1 to 6, first 1 to 10)
// differ only in the pattern's {1,hops}, SHORTEST's count (first + 2) and LIMIT first.
// 72 statements.

// curation.addEvidence
MATCH (relation:Relation {id: $id})
  WITH relation, datetime.realtime() AS now
  CALL (relation, now) {
    UNWIND $evidence AS evidence
    MATCH (source:Source {key: evidence.source})
    CREATE (relation)-[:SUPPORTED_BY {quote: evidence.quote, start: evidence.start, end: evidence.end,
                                      confidence: evidence.confidence, locator: evidence.locator, addedAt: now, addedBy: $actor}]->(source)
  }
  SET relation.updatedAt = now, relation.updatedBy = $actor;

// curation.createEntity
CREATE (entity:Entity:EntityKey {key: $key})
  SET entity:$($label),
      entity.name = $name, entity.aliases = $aliases, entity.description = $description,
      entity.subKind = $subKind, entity.date = $date,
      entity.createdAt = datetime.realtime(), entity.createdBy = $actor
  SET entity.updatedAt = entity.createdAt, entity.updatedBy = $actor;

// curation.createRelation
MATCH (subject:Entity {key: $subject})
  MATCH (object:Entity {key: $object})
  OPTIONAL MATCH (context:Entity {key: $context})
  CREATE (subject)-[:SUBJECT_OF]->(relation:Relation {id: $id})-[:OBJECT]->(object)
  SET relation += $properties, relation.createdAt = datetime.realtime(), relation.createdBy = $actor
  SET relation.updatedAt = relation.createdAt, relation.updatedBy = $actor
  FOREACH (_ IN CASE WHEN context IS NULL THEN [] ELSE [1] END | CREATE (relation)-[:IN_CONTEXT]->(context))
  WITH relation
  CALL (relation) {
    UNWIND $evidence AS evidence
    MATCH (source:Source {key: evidence.source})
    CREATE (relation)-[:SUPPORTED_BY {quote: evidence.quote, start: evidence.start, end: evidence.end,
                                      confidence: evidence.confidence, locator: evidence.locator}]->(source)
  }
  RETURN COUNT { (relation)-[:SUPPORTED_BY]->() } AS evidence;

// curation.createSource
CREATE (source:Source {key: $key})
  SET source.kind = $kind, source.title = $title, source.url = $url, source.publisher = $publisher,
      source.publishedAt = $publishedAt, source.publishedAtPrecision = $publishedAtPrecision, source.text = $text,
      source.createdAt = datetime.realtime(), source.createdBy = $actor
  SET source.updatedAt = source.createdAt, source.updatedBy = $actor;

// curation.currentEntity
MATCH (entity:Entity {key: $key}) RETURN entity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(entity.createdAt), updatedAt: toString(entity.updatedAt),
  date: toString(entity.date), labels: labels(entity) } AS entity;

// curation.currentRelations
UNWIND $ids AS id
   MATCH (relation:Relation {id: id})
   RETURN relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  } AS relation;

// curation.lockEntities
UNWIND $keys AS requested
  OPTIONAL MATCH (direct:Entity {key: requested})
  OPTIONAL MATCH (:EntityRedirect {key: requested})-[:REDIRECTS_TO]->(survivor:Entity)
  WITH requested, coalesce(direct, survivor) AS entity
  ORDER BY entity.key
  CALL (entity) {
    WITH entity WHERE entity IS NOT NULL
    SET entity._lock = true REMOVE entity._lock
  }
  WITH requested, entity
  OPTIONAL MATCH (direct:Entity {key: requested})
  OPTIONAL MATCH (:EntityRedirect {key: requested})-[:REDIRECTS_TO]->(survivor:Entity)
  WITH requested, entity, coalesce(direct, survivor) AS current, direct IS NULL AND survivor IS NOT NULL AS merged
  RETURN requested, coalesce(current = entity, current IS NULL AND entity IS NULL) AS held,
         current.key AS key, labels(current) AS labels, merged;

// curation.lockRelation
MATCH (relation:Relation {id: $id})
  SET relation._lock = true REMOVE relation._lock
  RETURN relation.id AS id, toString(relation.retractedAt) AS retractedAt,
         COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                   RETURN {source: source.key, quote: support.quote, start: support.start} } AS cited;

// curation.lockRelationsOf
MATCH (entity:Entity {key: $key})
  MATCH (entity)-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(relation:Relation)
  WITH DISTINCT relation ORDER BY relation.id
  SET relation._lock = true REMOVE relation._lock
  RETURN count(relation) AS locked;

// curation.lockSources
UNWIND $keys AS requested
  MATCH (source:Source {key: requested})
  WITH source ORDER BY source.key
  SET source._lock = true REMOVE source._lock
  RETURN source.key AS key, source.text AS text;

// curation.mergeEntities
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
  RETURN dropped, COUNT { (absorbed)-[:SUBJECT_OF|OBJECT|IN_CONTEXT|DESCRIBED_BY]-() } AS unmoved;

// curation.retractRelation
MATCH (relation:Relation {id: $id})
  SET relation.retractedAt = datetime.realtime(), relation.retractedReason = $reason, relation.retractedBy = $actor;

// curation.sameFact
MATCH (:Entity {key: $subject})-[:SUBJECT_OF]->(relation:Relation {type: $type})-[:OBJECT]->(:Entity {key: $object})
  WHERE relation.retractedAt IS NULL
    AND coalesce(relation.validFrom = $validFrom AND coalesce(relation.validFromPrecision, 'DAY') = $validFromPrecision,
                 relation.validFrom IS NULL AND $validFrom IS NULL)
    AND coalesce(relation.validTo = $validTo AND coalesce(relation.validToPrecision, 'DAY') = $validToPrecision,
                 relation.validTo IS NULL AND $validTo IS NULL)
    AND ($context IS NULL OR NOT EXISTS { (relation)-[:IN_CONTEXT]->() }
         OR EXISTS { (relation)-[:IN_CONTEXT]->(:Entity {key: $context}) })
    AND all(name IN keys($qualifiers) WHERE relation[name] IS NULL OR relation[name] = $qualifiers[name])
    // One states no more than the other: a turnout and a vote count are two facts about one vote.
    AND (all(name IN keys($qualifiers) WHERE relation[name] IS NOT NULL)
         OR all(name IN $compared WHERE relation[name] IS NULL OR name IN keys($qualifiers)))
  WITH relation ORDER BY relation.id
  SET relation._lock = true REMOVE relation._lock
  WITH relation WHERE relation.retractedAt IS NULL
  RETURN relation.id AS id LIMIT 1;

// curation.takenRelationIds
MATCH (relation:Relation) WHERE relation.id = $base OR relation.id STARTS WITH $base + '-'
  RETURN collect(relation.id) AS ids;

// curation.updateEntity
MATCH (entity:Entity {key: $key})
  WITH entity, properties(entity) AS before, labels(entity) AS labelsBefore
  SET entity.name = $name, entity.aliases = $aliases, entity.description = $description,
      entity.subKind = $subKind, entity.date = $date
  WITH entity, before, labelsBefore WHERE before <> properties(entity)
  WITH entity, before, labelsBefore, datetime.realtime() AS now
  CREATE (entity)-[:HAD_VERSION]->(version:EntityVersion)
  SET version = before, version.formerLabels = labelsBefore, version.until = now
  SET entity.updatedAt = now, entity.updatedBy = $actor;

// entities.named
UNWIND $names AS given
  CALL db.index.fulltext.queryNodes('entity_search', given.phrase, {limit: 50}) YIELD node
  WITH given, node WHERE node:Entity
  RETURN given.name AS name,
         collect({key: node.key, labels: labels(node), subKind: node.subKind, name: node.name, aliases: coalesce(node.aliases, [])}) AS candidates;

// entity.byIdentifier
MATCH (:Identifier {scheme: $scheme, value: $value})<-[:IDENTIFIED_BY]-(holder:EntityKey)
  OPTIONAL MATCH (holder)-[:REDIRECTS_TO]->(survivor:Entity)
  WITH coalesce(survivor, holder) AS entity WHERE entity:Entity
  RETURN entity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(entity.createdAt), updatedAt: toString(entity.updatedAt),
                        date: toString(entity.date), labels: labels(entity) } AS entity;

// entity.findByKeys
UNWIND $keys AS key
  OPTIONAL MATCH (direct:Entity {key: key})
  OPTIONAL MATCH (:EntityRedirect {key: key})-[:REDIRECTS_TO]->(survivor:Entity)
  WITH key, coalesce(direct, survivor) AS entity
  RETURN key, CASE WHEN entity IS NULL THEN null ELSE entity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(entity.createdAt), updatedAt: toString(entity.updatedAt),
                        date: toString(entity.date), labels: labels(entity) } END AS entity;

// entity.identifiersOf
UNWIND $requests AS request
  OPTIONAL MATCH (entity:EntityKey {key: request.key})
  RETURN request.index AS index, COLLECT {
    MATCH (entity)<-[redirect:REDIRECTS_TO|WAS_REDIRECTED_TO*0..1]-(holder:EntityKey)-[held:IDENTIFIED_BY]->(identifier:Identifier)
    WHERE size(redirect) = 0
       OR (request.at IS NULL AND type(redirect[0]) = 'REDIRECTS_TO')
       OR (request.at IS NOT NULL AND coalesce(redirect[0].since, holder.mergedAt) <= request.at
           AND coalesce(redirect[0].until > request.at, true))
    WITH identifier, held WHERE request.at IS NULL OR held.since <= request.at
    WITH DISTINCT identifier ORDER BY identifier.scheme, identifier.value
    RETURN identifier {.scheme, .value}
  } AS identifiers;

// entity.keysAt
UNWIND $requests AS request
  OPTIONAL MATCH (named:EntityKey {key: request.key})
  OPTIONAL MATCH (named)-[redirect:REDIRECTS_TO|WAS_REDIRECTED_TO]->(target:EntityKey)
    WHERE coalesce(redirect.since, named.mergedAt) <= request.at AND coalesce(redirect.until > request.at, true)
  RETURN request.index AS index,
         CASE WHEN named.mergedAt <= request.at THEN target.key
              WHEN named.createdAt > request.at THEN null
              ELSE named.key END AS key;

// entity.list
MATCH (entity:Entity)
  WHERE $label IS NULL OR $label IN labels(entity)
  WITH entity ORDER BY entity.name ASC, entity.key ASC
  WITH collect(entity) AS matches
  RETURN size(matches) AS totalCount, [entity IN matches[$offset..($offset + $limit)] | entity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(entity.createdAt), updatedAt: toString(entity.updatedAt),
                        date: toString(entity.date), labels: labels(entity) }] AS page;

// entity.search
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
  WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
  WITH node AS entity, score ORDER BY CASE WHEN $typed IN [name IN [node.name] + coalesce(node.aliases, []) | replace(toLower(name), '.', '')] THEN 0 WHEN any(name IN [name IN [node.name] + coalesce(node.aliases, []) | replace(toLower(name), '.', '')] WHERE name STARTS WITH $typed) THEN 1 ELSE 2 END ASC, score DESC, entity.key ASC
  WITH collect(entity) AS matches
  RETURN size(matches) AS totalCount, [entity IN matches[$offset..($offset + $limit)] | entity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(entity.createdAt), updatedAt: toString(entity.updatedAt),
                        date: toString(entity.date), labels: labels(entity) }] AS page;

// graph.neighbourhood
MATCH (start:Entity {key: $key})

   WITH start, [start] AS visited, [start] AS frontier, [] AS relations, [] AS hubs

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 1 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[:SUBJECT_OF|OBJECT]-(relation:Relation)-[:SUBJECT_OF|OBJECT]-(neighbour:Entity)
       WHERE neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 2 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[:SUBJECT_OF|OBJECT]-(relation:Relation)-[:SUBJECT_OF|OBJECT]-(neighbour:Entity)
       WHERE neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 3 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[:SUBJECT_OF|OBJECT]-(relation:Relation)-[:SUBJECT_OF|OBJECT]-(neighbour:Entity)
       WHERE neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier
   RETURN start.key AS start, start { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(start.createdAt), updatedAt: toString(start.updatedAt),
                        date: toString(start.date), labels: labels(start) } AS startEntity,
          hubs, size(relations) > $limit AS overLimit,
          [relation IN relations[0..$limit] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS relations;

// graph.neighbourhood (brief)
MATCH (start:Entity {key: $key})

   WITH start, [start] AS visited, [start] AS frontier, [] AS relations, [] AS hubs

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 1 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[:SUBJECT_OF|OBJECT]-(relation:Relation)-[:SUBJECT_OF|OBJECT]-(neighbour:Entity)
       WHERE neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 2 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[:SUBJECT_OF|OBJECT]-(relation:Relation)-[:SUBJECT_OF|OBJECT]-(neighbour:Entity)
       WHERE neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 3 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[:SUBJECT_OF|OBJECT]-(relation:Relation)-[:SUBJECT_OF|OBJECT]-(neighbour:Entity)
       WHERE neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier
   RETURN start.key AS start, start { .key, .name, labels: labels(start), brief: true } AS startEntity,
          hubs, size(relations) > $limit AS overLimit,
          [relation IN relations[0..$limit] | relation {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo), retractedAt: toString(relation.retractedAt),
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }] AS relations;

// graph.neighbourhoodAt
MATCH (start:EntityKey {key: $key})
   WHERE start.createdAt <= $filter.knownAt
   WITH start, [start] AS visited, [start] AS frontier, [] AS relations, [] AS hubs

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 1 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[near:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT]-(relation:Relation)-[far:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT]-(neighbour:EntityKey)
       WHERE coalesce(near.since <= $filter.knownAt, true) AND coalesce(near.until > $filter.knownAt, true) AND coalesce(far.since <= $filter.knownAt, true) AND coalesce(far.until > $filter.knownAt, true)
         AND neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)
    AND relation.createdAt <= $filter.knownAt
    AND ($filter.includeRetracted OR relation.retractedAt IS NULL OR relation.retractedAt > $filter.knownAt)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.subject}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.object}) WHERE replace(type(endThen), 'WAS_', '') IN ['OBJECT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.involving IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.involving}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                              WHERE coalesce(support.addedAt <= $filter.knownAt, true) })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 2 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[near:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT]-(relation:Relation)-[far:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT]-(neighbour:EntityKey)
       WHERE coalesce(near.since <= $filter.knownAt, true) AND coalesce(near.until > $filter.knownAt, true) AND coalesce(far.since <= $filter.knownAt, true) AND coalesce(far.until > $filter.knownAt, true)
         AND neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)
    AND relation.createdAt <= $filter.knownAt
    AND ($filter.includeRetracted OR relation.retractedAt IS NULL OR relation.retractedAt > $filter.knownAt)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.subject}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.object}) WHERE replace(type(endThen), 'WAS_', '') IN ['OBJECT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.involving IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.involving}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                              WHERE coalesce(support.addedAt <= $filter.knownAt, true) })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier

   CALL (frontier, relations) {
     UNWIND CASE WHEN $depth >= 3 AND size(relations) < $limit THEN frontier ELSE [] END AS entity
     CALL (entity, relations) {
       MATCH (entity)-[near:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT]-(relation:Relation)-[far:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT]-(neighbour:EntityKey)
       WHERE coalesce(near.since <= $filter.knownAt, true) AND coalesce(near.until > $filter.knownAt, true) AND coalesce(far.since <= $filter.knownAt, true) AND coalesce(far.until > $filter.knownAt, true)
         AND neighbour <> entity AND NOT relation IN relations AND ($filter.types IS NULL OR relation.type IN $filter.types)
    AND relation.createdAt <= $filter.knownAt
    AND ($filter.includeRetracted OR relation.retractedAt IS NULL OR relation.retractedAt > $filter.knownAt)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.subject}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.object}) WHERE replace(type(endThen), 'WAS_', '') IN ['OBJECT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.involving IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.involving}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                              WHERE coalesce(support.addedAt <= $filter.knownAt, true) })
       WITH relation, neighbour ORDER BY relation.id LIMIT $perEntity + 1
       RETURN collect({relation: relation, neighbour: neighbour}) AS around
     }
     WITH entity, around[0..$perEntity] AS kept, size(around) > $perEntity AS crowded
     UNWIND kept AS step
     // A hop's relations by id: the same graph gives the same answer in the same order, now or asked as of an instant.
     WITH entity, crowded, step ORDER BY step.relation.id
     RETURN collect(DISTINCT step.relation) AS found, collect(DISTINCT step.neighbour) AS reached,
            collect(DISTINCT CASE WHEN crowded THEN entity.key END) AS crowdedKeys
   }
   WITH start, relations + found AS relations, hubs + crowdedKeys AS hubs,
        visited + [entity IN reached WHERE NOT entity IN visited] AS visited,
        [entity IN reached WHERE NOT entity IN visited] AS frontier
   RETURN start.key AS start, CASE
    WHEN start.updatedAt <= $filter.knownAt THEN start { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(start.createdAt), updatedAt: toString(start.updatedAt),
                        date: toString(start.date), labels: coalesce(start.formerLabels, labels(start)) }
    ELSE coalesce([(start)-[:HAD_VERSION]->(startVersion:EntityVersion) WHERE startVersion.updatedAt <= $filter.knownAt AND startVersion.until > $filter.knownAt
                   | startVersion { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(startVersion.createdAt), updatedAt: toString(startVersion.updatedAt),
                        date: toString(startVersion.date), labels: startVersion.formerLabels }][0], start { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(start.createdAt), updatedAt: toString(start.updatedAt),
                        date: toString(start.date), labels: coalesce(start.formerLabels, labels(start)) })
  END AS startEntity, hubs, size(relations) > $limit AS overLimit,
          [relation IN relations[0..$limit] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN relation.retractedAt <= $filter.knownAt THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN relation.retractedAt <= $filter.knownAt THEN relation.retractedReason END,
    retractedBy: CASE WHEN relation.retractedAt <= $filter.knownAt THEN relation.retractedBy END,
    .createdBy, createdAt: toString(relation.createdAt), updatedAt: toString((CASE WHEN relation.updatedAt <= $filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= $filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= $filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).at), updatedBy: (CASE WHEN relation.updatedAt <= $filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= $filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= $filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).by,
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(endEntity:EntityKey) WHERE coalesce(endEdge.since <= $filter.knownAt, true) AND coalesce(endEdge.until > $filter.knownAt, true)
                | {edge: replace(type(endEdge), 'WAS_', ''), entity: CASE
    WHEN endEntity.updatedAt <= $filter.knownAt THEN endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) }
    ELSE coalesce([(endEntity)-[:HAD_VERSION]->(endEntityVersion:EntityVersion) WHERE endEntityVersion.updatedAt <= $filter.knownAt AND endEntityVersion.until > $filter.knownAt
                   | endEntityVersion { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntityVersion.createdAt), updatedAt: toString(endEntityVersion.updatedAt),
                        date: toString(endEntityVersion.date), labels: endEntityVersion.formerLabels }][0], endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) })
  END}],
    knownAt: toString($filter.knownAt)
  }] AS relations;

// graph.paths.4.3
MATCH path = SHORTEST 5 (from:Entity {key: $from})
           ((leaving:Entity WHERE leaving.key <> $to)-[:SUBJECT_OF|OBJECT]-(hop:Relation WHERE ($filter.types IS NULL OR hop.type IN $filter.types)

    AND ($filter.includeRetracted OR hop.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR hop.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (hop.validTo IS NULL OR date($filter.asOf) < hop.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(hop.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN hop.validFrom IS NOT NULL
      THEN {date: hop.validFrom, precision: coalesce(hop.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN hop.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (hop)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR hop.validTo IS NULL OR date($filter.during.from) < hop.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(hop.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN hop.validFrom IS NOT NULL
      THEN {date: hop.validFrom, precision: coalesce(hop.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN hop.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (hop)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(hop) })
    AND ($filter.object IS NULL OR EXISTS { (hop)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(hop) } OR EXISTS { (hop)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (hop)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               }))-[:SUBJECT_OF|OBJECT]-(reached:Entity WHERE reached.key <> $from AND (reached.key = $to OR COUNT { (reached)-[:SUBJECT_OF|OBJECT]-(:Relation) } <= $maxDegree))){1,4}
           (to:Entity {key: $to})
     WHERE from <> to
     WITH [from] + reached AS entities, hop
     WHERE all(index IN range(1, size(entities) - 1) WHERE NOT entities[index] IN entities[0..index])
     WITH entities, hop ORDER BY size(hop) ASC, [relation IN hop | relation.id] ASC
     LIMIT 3
     RETURN [entity IN entities | entity.key] AS entities,

            [relation IN hop | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS relations;

// graph.paths.4.3 (brief)
MATCH path = SHORTEST 5 (from:Entity {key: $from})
           ((leaving:Entity WHERE leaving.key <> $to)-[:SUBJECT_OF|OBJECT]-(hop:Relation WHERE ($filter.types IS NULL OR hop.type IN $filter.types)

    AND ($filter.includeRetracted OR hop.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR hop.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (hop.validTo IS NULL OR date($filter.asOf) < hop.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(hop.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN hop.validFrom IS NOT NULL
      THEN {date: hop.validFrom, precision: coalesce(hop.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN hop.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (hop)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR hop.validTo IS NULL OR date($filter.during.from) < hop.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(hop.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN hop.validFrom IS NOT NULL
      THEN {date: hop.validFrom, precision: coalesce(hop.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN hop.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (hop)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(hop) })
    AND ($filter.object IS NULL OR EXISTS { (hop)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(hop) } OR EXISTS { (hop)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (hop)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               }))-[:SUBJECT_OF|OBJECT]-(reached:Entity WHERE reached.key <> $from AND (reached.key = $to OR COUNT { (reached)-[:SUBJECT_OF|OBJECT]-(:Relation) } <= $maxDegree))){1,4}
           (to:Entity {key: $to})
     WHERE from <> to
     WITH [from] + reached AS entities, hop
     WHERE all(index IN range(1, size(entities) - 1) WHERE NOT entities[index] IN entities[0..index])
     WITH entities, hop ORDER BY size(hop) ASC, [relation IN hop | relation.id] ASC
     LIMIT 3
     RETURN [entity IN entities | entity.key] AS entities,

            [relation IN hop | relation {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo), retractedAt: toString(relation.retractedAt),
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }] AS relations;

// graph.pathsAt.4.3
MATCH path = SHORTEST 5 (from:EntityKey {key: $from})
           ((leaving:EntityKey WHERE leaving.key <> $to)-[near:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT WHERE coalesce(near.since <= $filter.knownAt, true) AND coalesce(near.until > $filter.knownAt, true)]-(hop:Relation WHERE ($filter.types IS NULL OR hop.type IN $filter.types)
    AND hop.createdAt <= $filter.knownAt
    AND ($filter.includeRetracted OR hop.retractedAt IS NULL OR hop.retractedAt > $filter.knownAt)
    AND ($filter.minConfidence IS NULL OR hop.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (hop.validTo IS NULL OR date($filter.asOf) < hop.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(hop.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN hop.validFrom IS NOT NULL
      THEN {date: hop.validFrom, precision: coalesce(hop.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN hop.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (hop)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR hop.validTo IS NULL OR date($filter.during.from) < hop.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(hop.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN hop.validFrom IS NOT NULL
      THEN {date: hop.validFrom, precision: coalesce(hop.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN hop.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(hop)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (hop)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (hop)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.subject}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.object IS NULL OR EXISTS { (hop)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.object}) WHERE replace(type(endThen), 'WAS_', '') IN ['OBJECT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.involving IS NULL OR EXISTS { (hop)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.involving}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.source IS NULL OR EXISTS { (hop)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                              WHERE coalesce(support.addedAt <= $filter.knownAt, true) }))-[far:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT WHERE coalesce(far.since <= $filter.knownAt, true) AND coalesce(far.until > $filter.knownAt, true)]-(reached:EntityKey WHERE reached.key <> $from AND (reached.key = $to OR COUNT { (reached)-[degree:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT]-(counted:Relation)
                         WHERE coalesce(degree.since <= $filter.knownAt, true) AND coalesce(degree.until > $filter.knownAt, true) AND counted.createdAt <= $filter.knownAt } <= $maxDegree))){1,4}
           (to:EntityKey {key: $to})
     WHERE from <> to AND from.createdAt <= $filter.knownAt AND to.createdAt <= $filter.knownAt
     WITH [from] + reached AS entities, hop
     WHERE all(index IN range(1, size(entities) - 1) WHERE NOT entities[index] IN entities[0..index])
     WITH entities, hop ORDER BY size(hop) ASC, [relation IN hop | relation.id] ASC
     LIMIT 3
     RETURN [entity IN entities | entity.key] AS entities,
            [entity IN entities | CASE
    WHEN entity.updatedAt <= $filter.knownAt THEN entity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(entity.createdAt), updatedAt: toString(entity.updatedAt),
                        date: toString(entity.date), labels: coalesce(entity.formerLabels, labels(entity)) }
    ELSE coalesce([(entity)-[:HAD_VERSION]->(entityVersion:EntityVersion) WHERE entityVersion.updatedAt <= $filter.knownAt AND entityVersion.until > $filter.knownAt
                   | entityVersion { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(entityVersion.createdAt), updatedAt: toString(entityVersion.updatedAt),
                        date: toString(entityVersion.date), labels: entityVersion.formerLabels }][0], entity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(entity.createdAt), updatedAt: toString(entity.updatedAt),
                        date: toString(entity.date), labels: coalesce(entity.formerLabels, labels(entity)) })
  END] AS nodes,
            [relation IN hop | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN relation.retractedAt <= $filter.knownAt THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN relation.retractedAt <= $filter.knownAt THEN relation.retractedReason END,
    retractedBy: CASE WHEN relation.retractedAt <= $filter.knownAt THEN relation.retractedBy END,
    .createdBy, createdAt: toString(relation.createdAt), updatedAt: toString((CASE WHEN relation.updatedAt <= $filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= $filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= $filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).at), updatedBy: (CASE WHEN relation.updatedAt <= $filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= $filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= $filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).by,
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(endEntity:EntityKey) WHERE coalesce(endEdge.since <= $filter.knownAt, true) AND coalesce(endEdge.until > $filter.knownAt, true)
                | {edge: replace(type(endEdge), 'WAS_', ''), entity: CASE
    WHEN endEntity.updatedAt <= $filter.knownAt THEN endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) }
    ELSE coalesce([(endEntity)-[:HAD_VERSION]->(endEntityVersion:EntityVersion) WHERE endEntityVersion.updatedAt <= $filter.knownAt AND endEntityVersion.until > $filter.knownAt
                   | endEntityVersion { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntityVersion.createdAt), updatedAt: toString(endEntityVersion.updatedAt),
                        date: toString(endEntityVersion.date), labels: endEntityVersion.formerLabels }][0], endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) })
  END}],
    knownAt: toString($filter.knownAt)
  }] AS relations;

// identifiers.add
UNWIND $rows AS row
  MATCH (entity:Entity {key: row.key})
  UNWIND row.identifiers AS given
  WITH entity, given ORDER BY given.scheme, given.value
  MERGE (identifier:Identifier {scheme: given.scheme, value: given.value})
  SET identifier._lock = true REMOVE identifier._lock
  // Held already through a key merged into this entity: it names this entity, and stays with that key.
  WITH entity, identifier WHERE NOT EXISTS { (identifier)<-[:IDENTIFIED_BY]-(:EntityRedirect)-[:REDIRECTS_TO]->(entity) }
  // _added marks, for this statement only, an edge it created: what the import's summary counts.
  MERGE (entity)-[held:IDENTIFIED_BY]->(identifier)
    ON CREATE SET held.since = datetime.realtime(), held.by = $actor, held._added = true
  WITH entity, identifier, held, held._added IS NOT NULL AS added
  REMOVE held._added
  WITH entity, identifier, added,
       COLLECT { MATCH (identifier)<-[:IDENTIFIED_BY]-(holder:EntityKey) WHERE holder <> entity
                 RETURN coalesce([(holder)-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], holder.key) } AS others
  WITH count(CASE WHEN added THEN 1 END) AS added,
       collect(CASE WHEN size(others) > 0 THEN {scheme: identifier.scheme, value: identifier.value, key: entity.key, heldBy: others[0]} END) AS taken
  RETURN added, taken[0..10] AS taken;

// ingest.linkEntityEvidence
UNWIND $evidence AS row
  MATCH (entity:Entity {key: row.entity})
  MATCH (source:Source {key: row.source})
  // As for relations (upsert-relations.cypher): never onto an entity merged away while we waited.
  SET entity._lock = true REMOVE entity._lock
  WITH row, entity, source WHERE entity:Entity
  CREATE (entity)-[:DESCRIBED_BY {property: row.property, quote: row.quote, start: row.start, end: row.end, locator: row.locator,
                                  confidence: row.confidence}]->(source)
  RETURN count(*) AS written;

// ingest.upsertEntities
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
         collect(CASE WHEN size(evidenceRemoved) > 0 THEN {entity: entity.key, evidence: evidenceRemoved} END) AS evidenceRemoved;

// ingest.upsertRelations
// Writes reified relations with their evidence, in the same statement so that a relation is never
  // stored without it: (subject)-[:SUBJECT_OF]->(relation)-[:OBJECT]->(object), an optional context,
  // and one SUPPORTED_BY edge per piece of evidence. Edges are replaced, not added to, so loading again
  // is a no-op and a corrected subject, object or quote leaves nothing stale behind. An end that did not
  // change keeps its edge (MERGE), with the history a merge wrote on it; a corrected end is kept as
  // history (src/repositories/history-cypher.ts).
  // A retraction is kept: re-importing a retracted relation does not bring it back.
  // Audit: createdAt/By once; updatedAt/By only when a property, an end or the evidence changed.
  // Returns how many rows created a relation and how many changed one, and how much evidence was kept
  // and removed, for the import's summary.
  UNWIND $relations AS row
  MATCH (subject:Entity {key: row.subject})
  MATCH (object:Entity {key: row.object})
  OPTIONAL MATCH (context:Entity {key: row.context})
  // Lock the ends, then look again: one merged away while we waited is its key's redirect now, no
  // longer an Entity, and the row is dropped, so the count falls short and the batch fails whole.
  FOREACH (end IN [end IN [subject, object, context] WHERE end IS NOT NULL] | SET end._lock = true REMOVE end._lock)
  WITH row, subject, object, context
  WHERE subject:Entity AND object:Entity AND (context IS NULL OR context:Entity)
  MERGE (relation:Relation {id: row.id})
    ON CREATE SET relation.createdAt = datetime.realtime(), relation.createdBy = $actor
  WITH relation, row, subject, object, context, properties(relation) AS before,
       [[(s:Entity)-[:SUBJECT_OF]->(relation) | s.key], [(relation)-[:OBJECT]->(o:Entity) | o.key],
        [(relation)-[:IN_CONTEXT]->(c:Entity) | c.key]] AS endsBefore,
       COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                 RETURN support {.*, source: source.key} AS item ORDER BY source.key, support.start, support.quote, support.locator } AS evidenceBefore
  SET relation += row.properties
  // A relation written before (it has an updatedAt) whose end the row corrects keeps the old end as
  // history (WAS_*, until now) and says when the new one came (since), as a merge does.
  WITH *, before.updatedAt IS NOT NULL AS existed, datetime.realtime() AS now
  CALL (relation) {
    MATCH (relation)-[edge:SUPPORTED_BY]->()
    DELETE edge
  }
  CALL (relation, object, context, now) {
    MATCH (relation)-[edge:OBJECT|IN_CONTEXT]->(other)
    WHERE (type(edge) = 'OBJECT' AND other <> object) OR (type(edge) = 'IN_CONTEXT' AND (context IS NULL OR other <> context))
    FOREACH (_ IN CASE WHEN type(edge) = 'OBJECT' THEN [1] ELSE [] END |
      CREATE (relation)-[:WAS_OBJECT {since: edge.since, by: edge.by, until: now}]->(other))
    FOREACH (_ IN CASE WHEN type(edge) = 'IN_CONTEXT' THEN [1] ELSE [] END |
      CREATE (relation)-[:WAS_IN_CONTEXT {since: edge.since, by: edge.by, until: now}]->(other))
    DELETE edge
  }
  CALL (relation, subject, now) {
    MATCH (other)-[edge:SUBJECT_OF]->(relation) WHERE other <> subject
    CREATE (other)-[:WAS_SUBJECT_OF {since: edge.since, by: edge.by, until: now}]->(relation)
    DELETE edge
  }
  MERGE (subject)-[subjectEdge:SUBJECT_OF]->(relation)
    ON CREATE SET subjectEdge.since = CASE WHEN existed THEN now END, subjectEdge.by = CASE WHEN existed THEN $actor END
  MERGE (relation)-[objectEdge:OBJECT]->(object)
    ON CREATE SET objectEdge.since = CASE WHEN existed THEN now END, objectEdge.by = CASE WHEN existed THEN $actor END
  FOREACH (_ IN CASE WHEN context IS NULL THEN [] ELSE [1] END |
    MERGE (relation)-[contextEdge:IN_CONTEXT]->(context)
      ON CREATE SET contextEdge.since = CASE WHEN existed THEN now END, contextEdge.by = CASE WHEN existed THEN $actor END)
  WITH *
  CALL (relation, row) {
    UNWIND row.evidence AS evidence
    MATCH (source:Source {key: evidence.source})
    CREATE (relation)-[:SUPPORTED_BY {quote: evidence.quote, start: evidence.start, end: evidence.end,
                                      confidence: evidence.confidence, locator: evidence.locator}]->(source)
  }
  WITH relation, row, existed, before, endsBefore, evidenceBefore,
       COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                 RETURN support {.*, source: source.key} AS item
                 ORDER BY source.key, support.start, support.quote, support.locator } AS evidenceAfter
  WITH relation, evidenceBefore, evidenceAfter, NOT existed AS created,
       before <> properties(relation)
       OR endsBefore <> [[row.subject], [row.object], CASE WHEN row.context IS NULL THEN [] ELSE [row.context] END]
       OR evidenceBefore <> evidenceAfter AS changed
  SET relation.updatedAt = CASE WHEN changed THEN datetime.realtime() ELSE relation.updatedAt END,
      relation.updatedBy = CASE WHEN changed THEN $actor ELSE relation.updatedBy END
  // Evidence kept: pieces the relation had before, with the same source, quote, place and confidence,
  // counted as a multiset: a piece written n times is kept as often as the relation had it, at most.
  WITH relation, created, changed, evidenceBefore,
       CASE WHEN evidenceBefore = evidenceAfter THEN size(evidenceAfter)
            ELSE size([at IN range(0, size(evidenceAfter) - 1)
                       WHERE size([item IN evidenceAfter[0..at + 1] WHERE item = evidenceAfter[at]])
                             <= size([item IN evidenceBefore WHERE item = evidenceAfter[at]])]) END AS kept
  RETURN count(relation) AS written,
         sum(COUNT { (relation)-[:SUPPORTED_BY]->() }) AS evidence,
         count(CASE WHEN created THEN 1 END) AS created,
         count(CASE WHEN changed AND NOT created THEN 1 END) AS updated,
         sum(kept) AS evidenceUnchanged,
         sum(size(evidenceBefore) - kept) AS evidenceRemoved;

// ingest.upsertSources
// Writes sources by key; a re-run with the same rows changes nothing, audit fields included, and says so
  // (created and updated counts, for the import's summary).
  UNWIND $sources AS row
  MERGE (source:Source {key: row.key})
    ON CREATE SET source.createdAt = datetime.realtime(), source.createdBy = $actor
  WITH source, row, properties(source) AS before
  SET source.kind = row.kind,
      source.title = row.title,
      source.url = row.url,
      source.publisher = row.publisher,
      source.publishedAt = row.publishedAt,
      source.publishedAtPrecision = row.publishedAtPrecision,
      source.text = row.text,
      source.sha256 = row.sha256
  // Every source written before has an updatedAt; one without was created by this statement.
  WITH source, before.updatedAt IS NULL AS created, before <> properties(source) AS changed
  SET source.updatedAt = CASE WHEN changed THEN datetime.realtime() ELSE source.updatedAt END,
      source.updatedBy = CASE WHEN changed THEN $actor ELSE source.updatedBy END
  RETURN count(source) AS written,
         count(CASE WHEN created THEN 1 END) AS created,
         count(CASE WHEN changed AND NOT created THEN 1 END) AS updated;

// integrity.auditOrder
MATCH (node) WHERE (node:Entity OR node:Relation OR node:Source) AND node.updatedAt < node.createdAt
    AND coalesce(node.key, node.id) STARTS WITH $prefix
  RETURN [coalesce(node.key, node.id)] AS keys,
         'was updated at ' + toString(node.updatedAt) + ', before it was created at ' + toString(node.createdAt) AS problem
  LIMIT $limit;

// integrity.evidenceAfterRetraction
MATCH (relation:Relation)-[support:SUPPORTED_BY]->(source:Source)
  WHERE relation.id STARTS WITH $prefix AND support.addedAt > relation.retractedAt
  RETURN [relation.id, source.key] AS keys,
         'gained evidence at ' + toString(support.addedAt) + ', after its retraction at ' + toString(relation.retractedAt) AS problem
  LIMIT $limit;

// integrity.evidenceOffsets
MATCH (source:Source) WHERE source.text IS NOT NULL
  WITH source, [(holder)-[support:SUPPORTED_BY|DESCRIBED_BY]->(source)
                WHERE coalesce(holder.id, holder.key) STARTS WITH $prefix
                | {holder: coalesce(holder.id, holder.key), quote: support.quote, start: support.start, end: support.end}] AS cited
  WHERE size(cited) > 0
  RETURN source.key AS source, source.text AS text, cited;

// integrity.identifierHolder
MATCH (identifier:Identifier)
  // A key merged into another entity names it: two holders that are one entity are one holder.
  WITH identifier, COLLECT { MATCH (identifier)<-[:IDENTIFIED_BY]-(holder:EntityKey)
                             RETURN DISTINCT coalesce([(holder)-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], holder.key) AS key
                             ORDER BY key } AS holders
  // An identifier held by no key belongs to no scope: only the whole graph's check reports it.
  WHERE size(holders) <> 1 AND CASE WHEN size(holders) = 0 THEN $prefix = '' ELSE all(key IN holders WHERE key STARTS WITH $prefix) END
  RETURN holders AS keys,
         identifier.scheme + ' ' + identifier.value + CASE WHEN size(holders) = 0 THEN ' is held by no entity key'
           ELSE ' is held by ' + size(holders) + ' entity keys; one identifier names one entity' END AS problem
  LIMIT $limit;

// integrity.keySpace
MATCH (entity:Entity) WHERE entity.key STARTS WITH $prefix
  WITH entity, [label IN labels(entity) WHERE label IN $kindLabels] AS kinds
  OPTIONAL MATCH (redirect:EntityRedirect {key: entity.key})
  WITH entity, kinds, redirect WHERE redirect IS NOT NULL OR size(kinds) <> 1 OR NOT entity:EntityKey
  RETURN [entity.key] AS keys,
         CASE WHEN redirect IS NOT NULL THEN 'names an entity and a merged key at once'
              WHEN size(kinds) <> 1 THEN 'has ' + size(kinds) + ' kind labels; an entity has exactly one'
              ELSE 'lacks the EntityKey label, so nothing keeps its key apart from merged keys' END AS problem
  LIMIT $limit;

// integrity.mergedEntityEdges
MATCH (redirect:EntityRedirect) WHERE redirect.key STARTS WITH $prefix
  WITH redirect, COUNT { (redirect)-[:SUBJECT_OF|OBJECT|IN_CONTEXT|DESCRIBED_BY]-() } AS live
  WHERE live > 0
  RETURN [redirect.key] AS keys, 'is a merged key that still holds ' + live + ' live edge(s): a merge moves them all' AS problem
  LIMIT $limit;

// integrity.mergedKeys
MATCH (redirect:EntityRedirect) WHERE redirect.key STARTS WITH $prefix
  WITH redirect, [(redirect)-[:REDIRECTS_TO]->(target) | target] AS targets
  WHERE size(targets) <> 1 OR NOT targets[0]:Entity
  RETURN [redirect.key] + [target IN targets | coalesce(target.key, '?')] AS keys,
         CASE WHEN size(targets) = 0 THEN 'is a merged key that resolves to nothing'
              WHEN size(targets) > 1 THEN 'is a merged key that resolves to ' + size(targets) + ' entities'
              ELSE 'is a merged key that points at another merged key, not at an entity' END AS problem
  LIMIT $limit;

// integrity.relationEnds
MATCH (relation:Relation) WHERE relation.id STARTS WITH $prefix
  WITH relation,
       COUNT { ()-[:SUBJECT_OF]->(relation) } AS subjects,
       COUNT { (relation)-[:OBJECT]->() } AS objects,
       COUNT { (relation)-[:IN_CONTEXT]->() } AS contexts
  WHERE subjects <> 1 OR objects <> 1 OR contexts > 1
  RETURN [relation.id] AS keys,
         'has ' + subjects + ' subject(s), ' + objects + ' object(s) and ' + contexts +
         ' context(s): a relation has exactly one subject, one object and at most one context' AS problem
  LIMIT $limit;

// integrity.relationEvidence
MATCH (relation:Relation) WHERE relation.id STARTS WITH $prefix AND NOT EXISTS { (relation)-[:SUPPORTED_BY]->(:Source) }
  RETURN [relation.id] AS keys, 'has no evidence: every relation cites at least one source' AS problem
  LIMIT $limit;

// integrity.relationKinds
MATCH (subject)-[:SUBJECT_OF]->(relation:Relation)-[:OBJECT]->(object) WHERE relation.id STARTS WITH $prefix
  OPTIONAL MATCH (relation)-[:IN_CONTEXT]->(context)
  WITH relation, subject, object, context, [rule IN $vocabulary WHERE rule.type = relation.type][0] AS rule,
       coalesce([label IN labels(subject) WHERE label IN $kindLabels][0], 'no kind') AS subjectKind,
       coalesce([label IN labels(object) WHERE label IN $kindLabels][0], 'no kind') AS objectKind,
       coalesce([label IN labels(context) WHERE label IN $kindLabels][0], 'no kind') AS contextKind
  WHERE rule IS NULL
     OR NOT any(pair IN rule.connects WHERE pair[0] = subjectKind AND pair[1] = objectKind)
     OR (context IS NOT NULL AND NOT contextKind IN rule.context)
  RETURN [relation.id, coalesce(subject.key, '?'), coalesce(object.key, '?')] + CASE WHEN context IS NULL THEN [] ELSE [coalesce(context.key, '?')] END AS keys,
         CASE WHEN rule IS NULL THEN 'has a type outside the vocabulary: ' + coalesce(relation.type, 'none')
              WHEN context IS NOT NULL AND NOT contextKind IN rule.context
                THEN relation.type + ' cannot have a context of kind ' + contextKind
              ELSE relation.type + ' does not connect ' + subjectKind + ' to ' + objectKind
         END AS problem
  LIMIT $limit;

// integrity.selfRelations
MATCH (entity:Entity)-[:SUBJECT_OF]->(relation:Relation)-[:OBJECT]->(entity)
  WHERE relation.id STARTS WITH $prefix AND relation.retractedAt IS NULL
  RETURN [relation.id, entity.key] AS keys, 'relates an entity to itself' AS problem
  LIMIT $limit;

// records.existing
CALL {
    UNWIND $entities AS key
    OPTIONAL MATCH (entity:Entity {key: key})
    OPTIONAL MATCH (:EntityRedirect {key: key})-[:REDIRECTS_TO]->(survivor:Entity)
    WITH key, entity, survivor WHERE entity IS NOT NULL OR survivor IS NOT NULL
    RETURN collect({key: key, labels: labels(entity), mergedInto: survivor.key,
                    survivorLabels: labels(survivor)}) AS entities
  }
  CALL {
    UNWIND $sources AS key
    MATCH (source:Source {key: key})
    RETURN collect({key: key, text: source.text}) AS sources
  }
  CALL {
    UNWIND $relations AS id
    MATCH (relation:Relation {id: id})
    RETURN collect(id) AS relations
  }
  CALL {
    UNWIND $identifiers AS given
    MATCH (:Identifier {scheme: given.scheme, value: given.value})<-[:IDENTIFIED_BY]-(holder:EntityKey)
    // A key merged into another entity holds its identifiers still: they name the survivor.
    RETURN collect({scheme: given.scheme, value: given.value,
                    key: coalesce([(holder)-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], holder.key)}) AS identifiers
  }
  RETURN entities, sources, relations, identifiers;

// relation.evidenceOf
UNWIND $requests AS request
  OPTIONAL MATCH (:Relation {id: request.id})-[support:SUPPORTED_BY]->(source:Source)
  WHERE request.knownAt IS NULL OR coalesce(support.addedAt <= request.knownAt, true)
  WITH request.index AS id, support, source ORDER BY source.key, support.start, support.end, support.quote, support.locator, support.confidence
  RETURN id, [item IN collect(CASE WHEN source IS NULL THEN null ELSE {source: source.key, quote: support.quote, start: support.start, end: support.end,
            confidence: support.confidence, locator: support.locator, cited: source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                            publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) }} END) WHERE item IS NOT NULL] AS evidence;

// relation.findByIds
UNWIND $ids AS id
   OPTIONAL MATCH (relation:Relation {id: id})
   RETURN id, CASE WHEN relation IS NULL THEN null ELSE relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  } END AS relation;

// relation.list
MATCH (relation:Relation)
   WHERE ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS page;

// relation.list (brief, with evidence)
MATCH (relation:Relation)
   WHERE ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,
    evidence: COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                       WITH support, source ORDER BY source.key, support.start, support.end, support.quote, support.locator, support.confidence
                       RETURN {source: source.key, quote: support.quote, start: support.start, end: support.end,
             confidence: support.confidence, locator: support.locator, cited: source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                             publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) }} },
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo), retractedAt: toString(relation.retractedAt),
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }] AS page;

// relation.list (brief)
MATCH (relation:Relation)
   WHERE ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo), retractedAt: toString(relation.retractedAt),
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }] AS page;

// relation.list (with evidence)
MATCH (relation:Relation)
   WHERE ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],
    evidence: COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                       WITH support, source ORDER BY source.key, support.start, support.end, support.quote, support.locator, support.confidence
                       RETURN {source: source.key, quote: support.quote, start: support.start, end: support.end,
             confidence: support.confidence, locator: support.locator, cited: source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                             publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) }} },
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS page;

// relation.listAt
MATCH (relation:Relation)
   WHERE ($filter.types IS NULL OR relation.type IN $filter.types)
    AND relation.createdAt <= $filter.knownAt
    AND ($filter.includeRetracted OR relation.retractedAt IS NULL OR relation.retractedAt > $filter.knownAt)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.subject}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.object}) WHERE replace(type(endThen), 'WAS_', '') IN ['OBJECT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.involving IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.involving}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                              WHERE coalesce(support.addedAt <= $filter.knownAt, true) })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN relation.retractedAt <= $filter.knownAt THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN relation.retractedAt <= $filter.knownAt THEN relation.retractedReason END,
    retractedBy: CASE WHEN relation.retractedAt <= $filter.knownAt THEN relation.retractedBy END,
    .createdBy, createdAt: toString(relation.createdAt), updatedAt: toString((CASE WHEN relation.updatedAt <= $filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= $filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= $filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).at), updatedBy: (CASE WHEN relation.updatedAt <= $filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= $filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= $filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).by,
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(endEntity:EntityKey) WHERE coalesce(endEdge.since <= $filter.knownAt, true) AND coalesce(endEdge.until > $filter.knownAt, true)
                | {edge: replace(type(endEdge), 'WAS_', ''), entity: CASE
    WHEN endEntity.updatedAt <= $filter.knownAt THEN endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) }
    ELSE coalesce([(endEntity)-[:HAD_VERSION]->(endEntityVersion:EntityVersion) WHERE endEntityVersion.updatedAt <= $filter.knownAt AND endEntityVersion.until > $filter.knownAt
                   | endEntityVersion { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntityVersion.createdAt), updatedAt: toString(endEntityVersion.updatedAt),
                        date: toString(endEntityVersion.date), labels: endEntityVersion.formerLabels }][0], endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) })
  END}],
    knownAt: toString($filter.knownAt)
  }] AS page;

// relation.listForEntity
WITH $filter AS given
   WITH given {.*,
     subject: coalesce([(:EntityRedirect {key: given.subject})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.subject),
     object: coalesce([(:EntityRedirect {key: given.object})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.object),
     involving: coalesce([(:EntityRedirect {key: given.involving})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.involving)} AS filter
   MATCH (:Entity {key: coalesce(filter.subject, filter.object, filter.involving)})-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(relation:Relation)
   WHERE (filter.types IS NULL OR relation.type IN filter.types)

    AND (filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (filter.minConfidence IS NULL OR relation.confidence >= filter.minConfidence)
    AND (filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(filter.asOf) < relation.validTo
            + CASE WHEN filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (filter.during IS NULL OR (
          (filter.during.from IS NULL OR relation.validTo IS NULL OR date(filter.during.from) < relation.validTo
            + CASE WHEN filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (filter.during.to IS NULL OR start <= date(filter.during.to)))))
    AND (filter.subject IS NULL OR EXISTS { (:Entity {key: filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: filter.object}) })
    AND (filter.involving IS NULL OR EXISTS { (:Entity {key: filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: filter.involving}) })
    AND (filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: filter.source})
                                               })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS page;

// relation.listForEntity (brief, with evidence)
WITH $filter AS given
   WITH given {.*,
     subject: coalesce([(:EntityRedirect {key: given.subject})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.subject),
     object: coalesce([(:EntityRedirect {key: given.object})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.object),
     involving: coalesce([(:EntityRedirect {key: given.involving})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.involving)} AS filter
   MATCH (:Entity {key: coalesce(filter.subject, filter.object, filter.involving)})-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(relation:Relation)
   WHERE (filter.types IS NULL OR relation.type IN filter.types)

    AND (filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (filter.minConfidence IS NULL OR relation.confidence >= filter.minConfidence)
    AND (filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(filter.asOf) < relation.validTo
            + CASE WHEN filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (filter.during IS NULL OR (
          (filter.during.from IS NULL OR relation.validTo IS NULL OR date(filter.during.from) < relation.validTo
            + CASE WHEN filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (filter.during.to IS NULL OR start <= date(filter.during.to)))))
    AND (filter.subject IS NULL OR EXISTS { (:Entity {key: filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: filter.object}) })
    AND (filter.involving IS NULL OR EXISTS { (:Entity {key: filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: filter.involving}) })
    AND (filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: filter.source})
                                               })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,
    evidence: COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                       WITH support, source ORDER BY source.key, support.start, support.end, support.quote, support.locator, support.confidence
                       RETURN {source: source.key, quote: support.quote, start: support.start, end: support.end,
             confidence: support.confidence, locator: support.locator, cited: source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                             publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) }} },
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo), retractedAt: toString(relation.retractedAt),
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }] AS page;

// relation.listForEntity (brief)
WITH $filter AS given
   WITH given {.*,
     subject: coalesce([(:EntityRedirect {key: given.subject})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.subject),
     object: coalesce([(:EntityRedirect {key: given.object})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.object),
     involving: coalesce([(:EntityRedirect {key: given.involving})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.involving)} AS filter
   MATCH (:Entity {key: coalesce(filter.subject, filter.object, filter.involving)})-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(relation:Relation)
   WHERE (filter.types IS NULL OR relation.type IN filter.types)

    AND (filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (filter.minConfidence IS NULL OR relation.confidence >= filter.minConfidence)
    AND (filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(filter.asOf) < relation.validTo
            + CASE WHEN filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (filter.during IS NULL OR (
          (filter.during.from IS NULL OR relation.validTo IS NULL OR date(filter.during.from) < relation.validTo
            + CASE WHEN filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (filter.during.to IS NULL OR start <= date(filter.during.to)))))
    AND (filter.subject IS NULL OR EXISTS { (:Entity {key: filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: filter.object}) })
    AND (filter.involving IS NULL OR EXISTS { (:Entity {key: filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: filter.involving}) })
    AND (filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: filter.source})
                                               })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo), retractedAt: toString(relation.retractedAt),
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }] AS page;

// relation.listForEntity (with evidence)
WITH $filter AS given
   WITH given {.*,
     subject: coalesce([(:EntityRedirect {key: given.subject})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.subject),
     object: coalesce([(:EntityRedirect {key: given.object})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.object),
     involving: coalesce([(:EntityRedirect {key: given.involving})-[:REDIRECTS_TO]->(survivor:Entity) | survivor.key][0], given.involving)} AS filter
   MATCH (:Entity {key: coalesce(filter.subject, filter.object, filter.involving)})-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(relation:Relation)
   WHERE (filter.types IS NULL OR relation.type IN filter.types)

    AND (filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (filter.minConfidence IS NULL OR relation.confidence >= filter.minConfidence)
    AND (filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(filter.asOf) < relation.validTo
            + CASE WHEN filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (filter.during IS NULL OR (
          (filter.during.from IS NULL OR relation.validTo IS NULL OR date(filter.during.from) < relation.validTo
            + CASE WHEN filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (filter.during.to IS NULL OR start <= date(filter.during.to)))))
    AND (filter.subject IS NULL OR EXISTS { (:Entity {key: filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: filter.object}) })
    AND (filter.involving IS NULL OR EXISTS { (:Entity {key: filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: filter.involving}) })
    AND (filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: filter.source})
                                               })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],
    evidence: COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                       WITH support, source ORDER BY source.key, support.start, support.end, support.quote, support.locator, support.confidence
                       RETURN {source: source.key, quote: support.quote, start: support.start, end: support.end,
             confidence: support.confidence, locator: support.locator, cited: source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                             publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) }} },
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS page;

// relation.listForEntityAt
MATCH (:EntityKey {key: $anchor})-[end:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(relation:Relation)
   WHERE coalesce(end.since <= $filter.knownAt, true) AND coalesce(end.until > $filter.knownAt, true) AND ($filter.types IS NULL OR relation.type IN $filter.types)
    AND relation.createdAt <= $filter.knownAt
    AND ($filter.includeRetracted OR relation.retractedAt IS NULL OR relation.retractedAt > $filter.knownAt)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.subject}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.object}) WHERE replace(type(endThen), 'WAS_', '') IN ['OBJECT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.involving IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: $filter.involving}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT'] AND coalesce(endThen.since <= $filter.knownAt, true) AND coalesce(endThen.until > $filter.knownAt, true) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                              WHERE coalesce(support.addedAt <= $filter.knownAt, true) })
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[$window.offset..($window.offset + $window.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN relation.retractedAt <= $filter.knownAt THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN relation.retractedAt <= $filter.knownAt THEN relation.retractedReason END,
    retractedBy: CASE WHEN relation.retractedAt <= $filter.knownAt THEN relation.retractedBy END,
    .createdBy, createdAt: toString(relation.createdAt), updatedAt: toString((CASE WHEN relation.updatedAt <= $filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= $filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= $filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).at), updatedBy: (CASE WHEN relation.updatedAt <= $filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= $filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= $filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).by,
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= $filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(endEntity:EntityKey) WHERE coalesce(endEdge.since <= $filter.knownAt, true) AND coalesce(endEdge.until > $filter.knownAt, true)
                | {edge: replace(type(endEdge), 'WAS_', ''), entity: CASE
    WHEN endEntity.updatedAt <= $filter.knownAt THEN endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) }
    ELSE coalesce([(endEntity)-[:HAD_VERSION]->(endEntityVersion:EntityVersion) WHERE endEntityVersion.updatedAt <= $filter.knownAt AND endEntityVersion.until > $filter.knownAt
                   | endEntityVersion { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntityVersion.createdAt), updatedAt: toString(endEntityVersion.updatedAt),
                        date: toString(endEntityVersion.date), labels: endEntityVersion.formerLabels }][0], endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) })
  END}],
    knownAt: toString($filter.knownAt)
  }] AS page;

// relation.ofEntities
UNWIND $requests AS request
   CALL (request) {
     OPTIONAL MATCH (entity:Entity {key: request.key})-[edge:SUBJECT_OF|OBJECT]-(relation:Relation)
     WHERE (request.direction = 'BOTH'
            OR (request.direction = 'OUT' AND type(edge) = 'SUBJECT_OF')
            OR (request.direction = 'IN' AND type(edge) = 'OBJECT'))
       AND (request.filter.types IS NULL OR relation.type IN request.filter.types)

    AND (request.filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (request.filter.minConfidence IS NULL OR relation.confidence >= request.filter.minConfidence)
    AND (request.filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(request.filter.asOf) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(request.filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (request.filter.during IS NULL OR (
          (request.filter.during.from IS NULL OR relation.validTo IS NULL OR date(request.filter.during.from) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (request.filter.during.to IS NULL OR start <= date(request.filter.during.to)))))
    AND (request.filter.subject IS NULL OR EXISTS { (:Entity {key: request.filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (request.filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: request.filter.object}) })
    AND (request.filter.involving IS NULL OR EXISTS { (:Entity {key: request.filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: request.filter.involving}) })
    AND (request.filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: request.filter.source})
                                               })
     WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[request.offset..(request.offset + request.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS page
   }
   RETURN request.id AS id, totalCount, page;

// relation.ofEntities (brief, with evidence)
UNWIND $requests AS request
   CALL (request) {
     OPTIONAL MATCH (entity:Entity {key: request.key})-[edge:SUBJECT_OF|OBJECT]-(relation:Relation)
     WHERE (request.direction = 'BOTH'
            OR (request.direction = 'OUT' AND type(edge) = 'SUBJECT_OF')
            OR (request.direction = 'IN' AND type(edge) = 'OBJECT'))
       AND (request.filter.types IS NULL OR relation.type IN request.filter.types)

    AND (request.filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (request.filter.minConfidence IS NULL OR relation.confidence >= request.filter.minConfidence)
    AND (request.filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(request.filter.asOf) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(request.filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (request.filter.during IS NULL OR (
          (request.filter.during.from IS NULL OR relation.validTo IS NULL OR date(request.filter.during.from) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (request.filter.during.to IS NULL OR start <= date(request.filter.during.to)))))
    AND (request.filter.subject IS NULL OR EXISTS { (:Entity {key: request.filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (request.filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: request.filter.object}) })
    AND (request.filter.involving IS NULL OR EXISTS { (:Entity {key: request.filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: request.filter.involving}) })
    AND (request.filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: request.filter.source})
                                               })
     WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[request.offset..(request.offset + request.limit)] | relation {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,
    evidence: COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                       WITH support, source ORDER BY source.key, support.start, support.end, support.quote, support.locator, support.confidence
                       RETURN {source: source.key, quote: support.quote, start: support.start, end: support.end,
             confidence: support.confidence, locator: support.locator, cited: source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                             publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) }} },
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo), retractedAt: toString(relation.retractedAt),
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }] AS page
   }
   RETURN request.id AS id, totalCount, page;

// relation.ofEntities (brief)
UNWIND $requests AS request
   CALL (request) {
     OPTIONAL MATCH (entity:Entity {key: request.key})-[edge:SUBJECT_OF|OBJECT]-(relation:Relation)
     WHERE (request.direction = 'BOTH'
            OR (request.direction = 'OUT' AND type(edge) = 'SUBJECT_OF')
            OR (request.direction = 'IN' AND type(edge) = 'OBJECT'))
       AND (request.filter.types IS NULL OR relation.type IN request.filter.types)

    AND (request.filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (request.filter.minConfidence IS NULL OR relation.confidence >= request.filter.minConfidence)
    AND (request.filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(request.filter.asOf) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(request.filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (request.filter.during IS NULL OR (
          (request.filter.during.from IS NULL OR relation.validTo IS NULL OR date(request.filter.during.from) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (request.filter.during.to IS NULL OR start <= date(request.filter.during.to)))))
    AND (request.filter.subject IS NULL OR EXISTS { (:Entity {key: request.filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (request.filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: request.filter.object}) })
    AND (request.filter.involving IS NULL OR EXISTS { (:Entity {key: request.filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: request.filter.involving}) })
    AND (request.filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: request.filter.source})
                                               })
     WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[request.offset..(request.offset + request.limit)] | relation {
    .id, .type, .confidence, .validFromPrecision, .validToPrecision, brief: true,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo), retractedAt: toString(relation.retractedAt),
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, labels: labels(endEntity), brief: true }}]
  }] AS page
   }
   RETURN request.id AS id, totalCount, page;

// relation.ofEntities (with evidence)
UNWIND $requests AS request
   CALL (request) {
     OPTIONAL MATCH (entity:Entity {key: request.key})-[edge:SUBJECT_OF|OBJECT]-(relation:Relation)
     WHERE (request.direction = 'BOTH'
            OR (request.direction = 'OUT' AND type(edge) = 'SUBJECT_OF')
            OR (request.direction = 'IN' AND type(edge) = 'OBJECT'))
       AND (request.filter.types IS NULL OR relation.type IN request.filter.types)

    AND (request.filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (request.filter.minConfidence IS NULL OR relation.confidence >= request.filter.minConfidence)
    AND (request.filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(request.filter.asOf) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(request.filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (request.filter.during IS NULL OR (
          (request.filter.during.from IS NULL OR relation.validTo IS NULL OR date(request.filter.during.from) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (request.filter.during.to IS NULL OR start <= date(request.filter.during.to)))))
    AND (request.filter.subject IS NULL OR EXISTS { (:Entity {key: request.filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (request.filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: request.filter.object}) })
    AND (request.filter.involving IS NULL OR EXISTS { (:Entity {key: request.filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: request.filter.involving}) })
    AND (request.filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: request.filter.source})
                                               })
     WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[request.offset..(request.offset + request.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],
    evidence: COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(source:Source)
                       WITH support, source ORDER BY source.key, support.start, support.end, support.quote, support.locator, support.confidence
                       RETURN {source: source.key, quote: support.quote, start: support.start, end: support.end,
             confidence: support.confidence, locator: support.locator, cited: source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                             publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) }} },
    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS page
   }
   RETURN request.id AS id, totalCount, page;

// relation.ofEntitiesAt
UNWIND $requests AS request
   CALL (request) {
     OPTIONAL MATCH (entity:EntityKey {key: request.key})-[edge:SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT]-(relation:Relation)
     WHERE coalesce(edge.since <= request.filter.knownAt, true) AND coalesce(edge.until > request.filter.knownAt, true)
       AND (request.direction = 'BOTH'
            OR (request.direction = 'OUT' AND replace(type(edge), 'WAS_', '') = 'SUBJECT_OF')
            OR (request.direction = 'IN' AND replace(type(edge), 'WAS_', '') = 'OBJECT'))
       AND (request.filter.types IS NULL OR relation.type IN request.filter.types)
    AND relation.createdAt <= request.filter.knownAt
    AND (request.filter.includeRetracted OR relation.retractedAt IS NULL OR relation.retractedAt > request.filter.knownAt)
    AND (request.filter.minConfidence IS NULL OR relation.confidence >= request.filter.minConfidence)
    AND (request.filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(request.filter.asOf) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(request.filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= request.filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (request.filter.during IS NULL OR (
          (request.filter.during.from IS NULL OR relation.validTo IS NULL OR date(request.filter.during.from) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= request.filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (request.filter.during.to IS NULL OR start <= date(request.filter.during.to)))))
    AND (request.filter.subject IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: request.filter.subject}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF'] AND coalesce(endThen.since <= request.filter.knownAt, true) AND coalesce(endThen.until > request.filter.knownAt, true) })
    AND (request.filter.object IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: request.filter.object}) WHERE replace(type(endThen), 'WAS_', '') IN ['OBJECT'] AND coalesce(endThen.since <= request.filter.knownAt, true) AND coalesce(endThen.until > request.filter.knownAt, true) })
    AND (request.filter.involving IS NULL OR EXISTS { (relation)-[endThen:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(:EntityKey {key: request.filter.involving}) WHERE replace(type(endThen), 'WAS_', '') IN ['SUBJECT_OF', 'OBJECT', 'IN_CONTEXT'] AND coalesce(endThen.since <= request.filter.knownAt, true) AND coalesce(endThen.until > request.filter.knownAt, true) })
    AND (request.filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: request.filter.source})
                                              WHERE coalesce(support.addedAt <= request.filter.knownAt, true) })
     WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[request.offset..(request.offset + request.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN relation.retractedAt <= request.filter.knownAt THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN relation.retractedAt <= request.filter.knownAt THEN relation.retractedReason END,
    retractedBy: CASE WHEN relation.retractedAt <= request.filter.knownAt THEN relation.retractedBy END,
    .createdBy, createdAt: toString(relation.createdAt), updatedAt: toString((CASE WHEN relation.updatedAt <= request.filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= request.filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= request.filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).at), updatedBy: (CASE WHEN relation.updatedAt <= request.filter.knownAt THEN {at: relation.updatedAt, by: relation.updatedBy}
    ELSE reduce(latest = {at: relation.createdAt, by: relation.createdBy},
                change IN [(relation)-[added:SUPPORTED_BY]->() WHERE added.addedAt <= request.filter.knownAt | {at: added.addedAt, by: added.addedBy}]
                        + [(relation)-[moved:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-() WHERE moved.since <= request.filter.knownAt | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END).by,
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL AND coalesce(support.addedAt <= request.filter.knownAt, true)
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT]-(endEntity:EntityKey) WHERE coalesce(endEdge.since <= request.filter.knownAt, true) AND coalesce(endEdge.until > request.filter.knownAt, true)
                | {edge: replace(type(endEdge), 'WAS_', ''), entity: CASE
    WHEN endEntity.updatedAt <= request.filter.knownAt THEN endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) }
    ELSE coalesce([(endEntity)-[:HAD_VERSION]->(endEntityVersion:EntityVersion) WHERE endEntityVersion.updatedAt <= request.filter.knownAt AND endEntityVersion.until > request.filter.knownAt
                   | endEntityVersion { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntityVersion.createdAt), updatedAt: toString(endEntityVersion.updatedAt),
                        date: toString(endEntityVersion.date), labels: endEntityVersion.formerLabels }][0], endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: coalesce(endEntity.formerLabels, labels(endEntity)) })
  END}],
    knownAt: toString(request.filter.knownAt)
  }] AS page
   }
   RETURN request.id AS id, totalCount, page;

// relation.officeHolders
UNWIND $requests AS request
   CALL (request) {
     OPTIONAL MATCH (person:Person)-[:SUBJECT_OF]->(relation:Relation {type: 'HOLDS_OFFICE'})
                    -[:OBJECT]->(:Office {key: request.key})
     WHERE (request.filter.types IS NULL OR relation.type IN request.filter.types)

    AND (request.filter.includeRetracted OR relation.retractedAt IS NULL)
    AND (request.filter.minConfidence IS NULL OR relation.confidence >= request.filter.minConfidence)
    AND (request.filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date(request.filter.asOf) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date(request.filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND (request.filter.during IS NULL OR (
          (request.filter.during.from IS NULL OR relation.validTo IS NULL OR date(request.filter.during.from) < relation.validTo
            + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN request.filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND (request.filter.during.to IS NULL OR start <= date(request.filter.during.to)))))
    AND (request.filter.subject IS NULL OR EXISTS { (:Entity {key: request.filter.subject})-[:SUBJECT_OF]->(relation) })
    AND (request.filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: request.filter.object}) })
    AND (request.filter.involving IS NULL OR EXISTS { (:Entity {key: request.filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: request.filter.involving}) })
    AND (request.filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: request.filter.source})
                                               })
     WITH person, relation ORDER BY relation.confidence DESC, (CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END).date DESC, relation.id ASC
     RETURN person.key AS holder LIMIT 1
   }
   RETURN request.id AS id, holder;

// relation.ofSources
UNWIND $requests AS request
   CALL (request) {
     OPTIONAL MATCH (:Source {key: request.key})<-[:SUPPORTED_BY]-(relation:Relation)
     WHERE relation.retractedAt IS NULL
     WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC
     WITH collect(relation) AS matches
     RETURN size(matches) AS totalCount,
            [relation IN matches[request.offset..(request.offset + request.limit)] | relation {
    .id, .type, .role, .option, .note, .votes, .seats, .electorate, .majority, .share, .turnout, .elected, .confidence,
    .validFromPrecision, .validToPrecision,
    validFrom: toString(relation.validFrom), validTo: toString(relation.validTo),
    retractedAt: CASE WHEN true THEN toString(relation.retractedAt) END,
    retractedReason: CASE WHEN true THEN relation.retractedReason END,
    retractedBy: CASE WHEN true THEN relation.retractedBy END,
    .createdBy, .updatedBy, createdAt: toString(relation.createdAt), updatedAt: toString(relation.updatedAt),
    knownFrom: [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL | known {.precision, .basis, date: toString(known.date)}][0],

    ends: [(relation)-[endEdge:SUBJECT_OF|OBJECT|IN_CONTEXT]-(endEntity:Entity) | {edge: type(endEdge), entity: endEntity { .key, .name, .aliases, .description, .subKind, .createdBy, .updatedBy, createdAt: toString(endEntity.createdAt), updatedAt: toString(endEntity.updatedAt),
                        date: toString(endEntity.date), labels: labels(endEntity) }}]
  }] AS page
   }
   RETURN request.id AS id, totalCount, page;

// seed.countEntities
MATCH (entity:Entity) RETURN count(entity) AS entities;

// source.findByKeys
UNWIND $keys AS key
  OPTIONAL MATCH (source:Source {key: key})
  RETURN key, CASE WHEN source IS NULL THEN null ELSE source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                            publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) } END AS source;

// source.list
MATCH (source:Source)
  WITH source ORDER BY source.publishedAt IS NULL, source.publishedAt DESC, source.key ASC
  WITH collect(source) AS matches
  RETURN size(matches) AS totalCount, [source IN matches[$offset..($offset + $limit)] | source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                            publishedAt: toString(source.publishedAt), .createdBy, .updatedBy, createdAt: toString(source.createdAt), updatedAt: toString(source.updatedAt) }] AS page;

// source.textsByKeys
UNWIND $keys AS key
  OPTIONAL MATCH (source:Source {key: key})
  RETURN key, source.text AS text;

// statistics.entitiesByKind
RETURN [{kind: 'PERSON', count: COUNT { (:Person) }}, {kind: 'ORGANIZATION', count: COUNT { (:Organization) }}, {kind: 'OFFICE', count: COUNT { (:Office) }}, {kind: 'PLACE', count: COUNT { (:Place) }}, {kind: 'ELECTION', count: COUNT { (:Election) }}] AS counts;

// statistics.relationsByParty
MATCH (party:Organization {subKind: 'PARTY'})
   CALL (party) {
     MATCH (party)-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(relation:Relation)
     WHERE ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
     RETURN count(DISTINCT relation) AS count
   }
   WITH party.key AS party, count WHERE count > 0
   RETURN party, count
   ORDER BY count DESC, party ASC
   LIMIT $first;

// statistics.relationsByType
MATCH (relation:Relation)
   WHERE ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
   RETURN relation.type AS type, count(*) AS count
   ORDER BY count DESC, type ASC;

// statistics.relationsByYear
MATCH (relation:Relation)
   WHERE ($filter.types IS NULL OR relation.type IN $filter.types)

    AND ($filter.includeRetracted OR relation.retractedAt IS NULL)
    AND ($filter.minConfidence IS NULL OR relation.confidence >= $filter.minConfidence)
    AND ($filter.asOf IS NULL OR (
          (relation.validTo IS NULL OR date($filter.asOf) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND coalesce(date($filter.asOf) >= [known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0], false)))
    AND ($filter.during IS NULL OR (
          ($filter.during.from IS NULL OR relation.validTo IS NULL OR date($filter.during.from) < relation.validTo
            + CASE WHEN $filter.certainty = 'POSSIBLE' THEN CASE coalesce(relation.validToPrecision, 'DAY') WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END ELSE duration('P0D') END)
      AND any(start IN [[known IN [CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END] WHERE known IS NOT NULL |
            known.date + CASE WHEN $filter.certainty = 'POSSIBLE' THEN duration('P0D') ELSE CASE known.precision WHEN 'YEAR' THEN duration('P1Y') - duration('P1D') WHEN 'MONTH' THEN duration('P1M') - duration('P1D') ELSE duration('P0D') END END][0]] WHERE start IS NOT NULL
              AND ($filter.during.to IS NULL OR start <= date($filter.during.to)))))
    AND ($filter.subject IS NULL OR EXISTS { (:Entity {key: $filter.subject})-[:SUBJECT_OF]->(relation) })
    AND ($filter.object IS NULL OR EXISTS { (relation)-[:OBJECT]->(:Entity {key: $filter.object}) })
    AND ($filter.involving IS NULL OR EXISTS { (:Entity {key: $filter.involving})-[:SUBJECT_OF]->(relation) } OR EXISTS { (relation)-[:OBJECT|IN_CONTEXT]->(:Entity {key: $filter.involving}) })
    AND ($filter.source IS NULL OR EXISTS { (relation)-[support:SUPPORTED_BY]->(:Source {key: $filter.source})
                                               })
   // The year of the known start (relation-cypher.ts): a result holds from its election, an undated fact from its first source.
   RETURN (CASE
    WHEN relation.validFrom IS NOT NULL
      THEN {date: relation.validFrom, precision: coalesce(relation.validFromPrecision, 'DAY'), basis: 'STATED'}
    WHEN relation.type IN ['CANDIDATE_IN', 'CONTESTED', 'WON', 'LOST', 'VOTED_IN', 'HELD_IN'] AND EXISTS { (relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL }
      THEN {date: [(relation)-[:OBJECT|SUBJECT_OF]-(held:Election) WHERE held.date IS NOT NULL | held.date][0], precision: 'DAY', basis: 'ELECTION'}
    ELSE COLLECT { MATCH (relation)-[support:SUPPORTED_BY]->(cited:Source) WHERE cited.publishedAt IS NOT NULL
                   RETURN {date: cited.publishedAt, precision: coalesce(cited.publishedAtPrecision, 'DAY'), basis: 'SOURCE'} AS known
                   ORDER BY cited.publishedAt LIMIT 1 }[0]
  END).date.year AS year, count(*) AS count
   ORDER BY year ASC;
