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
       count(CASE WHEN changed AND NOT created THEN 1 END) AS updated
