import type { EntityRecord } from './entity.js';
import type { EvidenceRecord, RelationRecord, SourceRecord } from './relation.js';

/** Evidence for a property of an entity, such as the date of an election. */
export interface EntityEvidenceRecord extends EvidenceRecord {
  entity: string;
  property: string | null;
}

export type RelationWithEvidence = RelationRecord & { evidence: EvidenceRecord[] };

/**
 * Validated records ready to be written: what the seed reads from its YAML files and what the import
 * reads from JSON Lines or CSV. Both write them through the same statements (IngestRepository).
 */
export interface RecordSet {
  entities: EntityRecord[];
  /** Identifiers for entities written before (an import's identifiers rows); the entities' fields are not touched. */
  identifierAdditions?: Pick<EntityRecord, 'key' | 'identifiers'>[];
  entityEvidence: EntityEvidenceRecord[];
  sources: SourceRecord[];
  relations: RelationWithEvidence[];
}
