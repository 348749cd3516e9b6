import type { EntityKind } from '../../src/model/entity.js';
import type { QualifierValues, RelationRecord } from '../../src/model/relation.js';

/** The rows the generator produces: the seed's shapes, flattened for UNWIND. */

export interface GeneratedEntity {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string;
  subKind: string | null;
  /** ISO date; elections only. */
  date: string | null;
}

export interface GeneratedSource {
  key: string;
  kind: 'NEWS_ARTICLE';
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  publishedAtPrecision: 'DAY';
  text: string;
}

/** A relation as the seed writes it, with its qualifiers kept apart while the generator fills them in. */
export type GeneratedRelation = Omit<RelationRecord, keyof QualifierValues> & { qualifiers: QualifierValues };

export interface GeneratedEvidence {
  relation: string;
  source: string;
  quote: string;
  /** UTF-16 offsets of the quote in the source's text, end exclusive. */
  start: number;
  end: number;
  confidence: number;
}

/** Entities come first, all of them; then facts, each batch carrying the sources its evidence cites. */
export type GeneratedBatch =
  | { kind: 'entities'; entities: GeneratedEntity[] }
  | { kind: 'facts'; sources: GeneratedSource[]; relations: GeneratedRelation[]; evidence: GeneratedEvidence[] };
