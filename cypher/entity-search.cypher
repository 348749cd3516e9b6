// Full-text search over entity names and aliases, best match first, then by key so that pages
// are stable. Counts every match so the connection can report totalCount.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
WITH node AS entity, score
ORDER BY score DESC, entity.key ASC
WITH collect(entity) AS matches
RETURN size(matches) AS totalCount,
       [entity IN matches[$offset..($offset + $limit)] |
          entity { .key, .name, .aliases, .description, .subKind, .date, labels: labels(entity) }] AS page
