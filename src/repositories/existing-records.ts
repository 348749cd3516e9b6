import { z } from 'zod';
import { identifierKey, type EntityKind, type Identifier } from '../model/entity.js';
import type { Parameters } from '../neo4j/database.js';
import { cypher, type Statement } from '../neo4j/statement.js';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { entityKindRow } from './entity-rows.js';

/** What the database already holds for some keys: merged entity keys name their survivor. */
const EXISTING = cypher(
  'records.existing',
  `CALL {
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
   RETURN entities, sources, relations, identifiers`,
);

const existingRow = z.object({
  entities: z.array(
    z.object({
      key: z.string(),
      labels: z.array(z.string()).nullable(),
      mergedInto: z.string().nullable(),
      survivorLabels: z.array(z.string()).nullable(),
    }),
  ),
  sources: z.array(z.object({ key: z.string(), text: z.string().nullable() })),
  relations: z.array(z.string()),
  identifiers: z.array(z.object({ scheme: z.string(), value: z.string(), key: z.string() })),
});

export interface ExistingKeys {
  entities: string[];
  sources: string[];
  relations: string[];
  identifiers: Identifier[];
}

export interface ExistingRecords {
  /** Entities by key, with their kind; a merged key names its survivor (and the survivor's kind). */
  entities: Map<string, { kind: EntityKind; mergedInto: string | null }>;
  /** Sources by key, with their full text or null. */
  sources: Map<string, string | null>;
  /** Relation ids already taken. */
  relations: Set<string>;
  /** The entity key holding each identifier (by identifierKey) that is held already. */
  identifiers: Map<string, string>;
}

/** Nothing known yet: where look-ups are gathered into. */
export function noExistingRecords(): ExistingRecords {
  return { entities: new Map(), sources: new Map(), relations: new Set(), identifiers: new Map() };
}

/** What the database holds for the keys a batch refers to, as the import checks it before writing. */
export async function readExisting(
  run: (statement: Statement, parameters: Parameters) => Promise<Neo4jRecord[]>,
  keys: Partial<ExistingKeys>,
): Promise<ExistingRecords> {
  const [record] = await run(EXISTING, { entities: keys.entities ?? [], sources: keys.sources ?? [], relations: keys.relations ?? [], identifiers: keys.identifiers ?? [] });
  const rows = existingRow.parse(record!.toObject());
  const entities: ExistingRecords['entities'] = new Map();
  for (const row of rows.entities) {
    const merged = row.mergedInto !== null;
    const kind = entityKindRow.parse({ key: merged ? row.mergedInto : row.key, labels: (merged ? row.survivorLabels : row.labels) ?? [] });
    entities.set(row.key, { kind, mergedInto: row.mergedInto });
  }
  return {
    entities,
    sources: new Map(rows.sources.map((row) => [row.key, row.text])),
    relations: new Set(rows.relations),
    identifiers: new Map(rows.identifiers.map((row) => [identifierKey(row), row.key])),
  };
}
