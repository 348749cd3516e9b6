import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from '../model/entity.js';
import { RELATION_TYPES, type RelationFilter, type RelationType } from '../model/relation.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher } from '../neo4j/statement.js';
import { neo4jInteger } from './neo4j-values.js';
import { filterParameter, knownStart, relationFilter } from './relation-cypher.js';

/** Counts for dashboards. Retracted relations never count, whatever the filter says. */

// One count per kind label, each answered from Neo4j's count store rather than by a scan.
const ENTITIES_BY_KIND = cypher(
  'statistics.entitiesByKind',
  `RETURN [${ENTITY_KINDS.map((kind) => `{kind: '${kind}', count: COUNT { (:${KIND_LABELS[kind]}) }}`).join(', ')}] AS counts`,
);

const RELATIONS_BY_TYPE = cypher(
  'statistics.relationsByType',
  `MATCH (relation:Relation)
   WHERE ${relationFilter('relation', '$filter')}
   RETURN relation.type AS type, count(*) AS count
   ORDER BY count DESC, type ASC`,
);

const RELATIONS_BY_YEAR = cypher(
  'statistics.relationsByYear',
  `MATCH (relation:Relation)
   WHERE ${relationFilter('relation', '$filter')}
   // The year of the known start (relation-cypher.ts): a result holds from its election, an undated fact from its first source.
   RETURN (${knownStart('relation')}).date.year AS year, count(*) AS count
   ORDER BY year ASC`,
);

const RELATIONS_BY_PARTY = cypher(
  'statistics.relationsByParty',
  `MATCH (party:Organization {subKind: 'PARTY'})
   CALL (party) {
     MATCH (party)-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(relation:Relation)
     WHERE ${relationFilter('relation', '$filter')}
     RETURN count(DISTINCT relation) AS count
   }
   WITH party.key AS party, count WHERE count > 0
   RETURN party, count
   ORDER BY count DESC, party ASC
   LIMIT $first`,
);

export interface KindCount {
  kind: EntityKind;
  count: number;
}

export interface TypeCount {
  type: RelationType;
  count: number;
}

export interface YearCount {
  /** Null for relations whose start is unknown. */
  year: number | null;
  count: number;
}

export interface PartyCount {
  party: string;
  count: number;
}

const kindCounts = z.array(z.object({ kind: z.enum(ENTITY_KINDS), count: neo4jInteger }));
const typeCount = z.object({ type: z.enum(RELATION_TYPES), count: neo4jInteger });
const yearCount = z.object({ year: neo4jInteger.nullable(), count: neo4jInteger });
const partyCount = z.object({ party: z.string(), count: neo4jInteger });

export class StatisticsRepository {
  constructor(private readonly database: GraphDatabase) {}

  async entitiesByKind(): Promise<KindCount[]> {
    const [record] = await this.database.read(ENTITIES_BY_KIND);
    return kindCounts.parse(record!.get('counts'));
  }

  async relationsByType(filter: RelationFilter): Promise<TypeCount[]> {
    const records = await this.database.read(RELATIONS_BY_TYPE, { filter: filterParameter(filter) });
    return records.map((record) => typeCount.parse(record.toObject()));
  }

  async relationsByYear(filter: RelationFilter): Promise<YearCount[]> {
    const records = await this.database.read(RELATIONS_BY_YEAR, { filter: filterParameter(filter) });
    return records.map((record) => yearCount.parse(record.toObject()));
  }

  /** Parties by the number of relations they take part in as subject, object or context; the busiest first. */
  async relationsByParty(filter: RelationFilter, first: number): Promise<PartyCount[]> {
    const records = await this.database.read(RELATIONS_BY_PARTY, { filter: filterParameter(filter), first: neo4j.int(first) });
    return records.map((record) => partyCount.parse(record.toObject()));
  }
}
