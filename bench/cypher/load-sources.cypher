// Generated news reports, merged on their key (the source_key_unique constraint's index).
UNWIND $sources AS row
MERGE (source:Source {key: row.key})
SET source.kind = row.kind,
    source.title = row.title,
    source.url = row.url,
    source.publisher = row.publisher,
    source.publishedAt = date(row.publishedAt),
    source.publishedAtPrecision = row.publishedAtPrecision,
    source.text = row.text
