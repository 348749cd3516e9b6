import neo4j from 'neo4j-driver';
import { KIND_LABELS } from '../model/entity.js';
import { QUALIFIER_KINDS, QUALIFIERS, type EvidenceRecord, type QualifierValues, type RelationRecord } from '../model/relation.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher, cypherFile } from '../neo4j/statement.js';
import type { Logger } from '../logger.js';
import { readSeed, type Seed } from './read-seed.js';

// A corrected kind must not leave the old kind's label behind: exactly one kind label per entity.
// $kindLabels is the vocabulary's list of kind labels (KIND_LABELS), never request data.
const UPSERT_ENTITIES = cypher(
  'seed.upsertEntities',
  `
  UNWIND $entities AS row
  MERGE (entity:Entity {key: row.key})
  REMOVE entity:$($kindLabels)
  SET entity:$(row.label),
      entity.name = row.name,
      entity.aliases = row.aliases,
      entity.description = row.description,
      entity.subKind = row.subKind,
      entity.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
  WITH entity
  OPTIONAL MATCH (entity)-[old:DESCRIBED_BY]->(:Source)
  DELETE old
  `,
);

const UPSERT_SOURCES = cypher(
  'seed.upsertSources',
  `
  UNWIND $sources AS row
  MERGE (source:Source {key: row.key})
  SET source.kind = row.kind,
      source.title = row.title,
      source.url = row.url,
      source.publisher = row.publisher,
      source.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE date(row.publishedAt) END,
      source.publishedAtPrecision = row.publishedAtPrecision,
      source.text = row.text
  `,
);

const UPSERT_RELATIONS = cypherFile('seed.upsertRelations', 'seed-upsert-relations.cypher');

const LINK_RELATION_EVIDENCE = cypher(
  'seed.linkRelationEvidence',
  `
  UNWIND $evidence AS row
  MATCH (relation:Relation {id: row.relation})
  MATCH (source:Source {key: row.source})
  CREATE (relation)-[:SUPPORTED_BY {quote: row.quote, start: row.start, end: row.end, confidence: row.confidence}]->(source)
  `,
);

const LINK_ENTITY_EVIDENCE = cypher(
  'seed.linkEntityEvidence',
  `
  UNWIND $evidence AS row
  MATCH (entity:Entity {key: row.entity})
  MATCH (source:Source {key: row.source})
  CREATE (entity)-[:DESCRIBED_BY {property: row.property, quote: row.quote, start: row.start, end: row.end,
                                  confidence: row.confidence}]->(source)
  `,
);

const COUNT_ENTITIES = cypher('seed.countEntities', 'MATCH (entity:Entity) RETURN count(entity) AS entities');

/**
 * Writes a validated seed in one transaction: all of it or none of it. Nodes are merged on their
 * keys and their edges replaced, so a second load leaves the graph as it was.
 */
export async function writeSeed(database: GraphDatabase, seed: Partial<Seed>): Promise<void> {
  const entities = (seed.entities ?? []).map((entity) => ({ ...entity, label: KIND_LABELS[entity.kind] }));
  const sources = (seed.sources ?? []).map(({ publishedAt, ...source }) => ({
    ...source,
    publishedAt: publishedAt?.date ?? null,
    publishedAtPrecision: publishedAt?.precision ?? null,
  }));
  const relations = (seed.relations ?? []).map(relationParameters);
  const relationEvidence = (seed.relations ?? []).flatMap((relation) =>
    relation.evidence.map((evidence) => ({ relation: relation.id, ...evidenceRow(evidence) })),
  );
  const entityEvidence = (seed.entityEvidence ?? []).map((evidence) => ({
    entity: evidence.entity,
    property: evidence.property,
    ...evidenceRow(evidence),
  }));

  await database.writeTransaction('seed.load', async (transaction) => {
    await transaction.run(UPSERT_ENTITIES, { entities, kindLabels: Object.values(KIND_LABELS) });
    await transaction.run(UPSERT_SOURCES, { sources });
    await transaction.run(UPSERT_RELATIONS, { relations });
    await transaction.run(LINK_RELATION_EVIDENCE, { evidence: relationEvidence });
    await transaction.run(LINK_ENTITY_EVIDENCE, { evidence: entityEvidence });
  });
}

/** Validates every file of a seed directory, then writes it; nothing is written if anything is wrong. */
export async function loadSeed(database: GraphDatabase, directory?: string): Promise<Seed> {
  const seed = await readSeed(directory);
  await writeSeed(database, seed);
  return seed;
}

/** Loads the bundled seed when the database holds no entity yet, so a fresh server has data to show. */
export async function seedIfEmpty(database: GraphDatabase, logger: Logger): Promise<void> {
  const [record] = await database.read(COUNT_ENTITIES);
  const existing = neo4j.integer.toNumber(record!.get('entities'));
  if (existing > 0) {
    logger.info({ entities: existing }, 'Database already holds data; seed not loaded');
    return;
  }
  const seed = await loadSeed(database);
  logger.info(
    { entities: seed.entities.length, sources: seed.sources.length, relations: seed.relations.length },
    'Seed loaded into the empty database',
  );
}

/** A relation as the upsert statements take it: keys for the edges, dates as ISO text, the rest as properties. */
export function relationParameters({ id, subject, object, context, validFrom, validTo, type, confidence, ...qualifiers }: RelationRecord) {
  return {
    id,
    subject,
    object,
    context,
    validFrom: validFrom?.date ?? null,
    validTo: validTo?.date ?? null,
    properties: {
      type,
      confidence,
      validFromPrecision: validFrom?.precision ?? null,
      validToPrecision: validTo?.precision ?? null,
      ...storedQualifiers(qualifiers),
    },
  };
}

function evidenceRow(evidence: EvidenceRecord) {
  return {
    source: evidence.source,
    quote: evidence.quote,
    start: integerOrNull(evidence.start),
    end: integerOrNull(evidence.end),
    confidence: evidence.confidence,
  };
}

/** Counts are stored as Neo4j integers, not floats. */
function integerOrNull(value: number | null | undefined) {
  return value === null || value === undefined ? null : neo4j.int(value);
}

/**
 * A relation's qualifiers as node properties: every qualifier written, null when absent (so one
 * removed from the seed is removed from the graph), counts as Neo4j integers.
 */
function storedQualifiers(qualifiers: QualifierValues): Record<string, unknown> {
  return Object.fromEntries(
    QUALIFIERS.map((name) => {
      const value = qualifiers[name];
      if (value === undefined) return [name, null];
      return [name, QUALIFIER_KINDS[name] === 'count' ? neo4j.int(value as number) : value];
    }),
  );
}
