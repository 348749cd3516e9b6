// Evidence links: each relation's quote of a generated report, with its offsets in the report's text.
UNWIND $evidence AS row
MATCH (relation:Relation {id: row.relation})
MATCH (source:Source {key: row.source})
MERGE (relation)-[support:SUPPORTED_BY]->(source)
SET support.quote = row.quote,
    support.start = row.start,
    support.end = row.end,
    support.confidence = row.confidence
