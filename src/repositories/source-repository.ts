import neo4j from 'neo4j-driver';
import { DATE_PRECISIONS, SOURCE_KINDS, type StoredSource } from '../model/relation.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher } from '../neo4j/statement.js';
import { auditProjection, readAudit } from './audit-rows.js';
import { readPage } from './row-reader.js';
import { RowMap } from './row-reader.js';

/** A :Source in `source` as `readSource` reads it, without its text (it may be millions of characters). */
export const SOURCE_PROJECTION = `source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                             publishedAt: toString(source.publishedAt), ${auditProjection('source')} }`;

const FIND_BY_KEYS = cypher(
  'source.findByKeys',
  `UNWIND $keys AS key
   OPTIONAL MATCH (source:Source {key: key})
   RETURN key, CASE WHEN source IS NULL THEN null ELSE ${SOURCE_PROJECTION} END AS source`,
);

/** The full texts, read only for the fields that need them (Source.text, textLength, excerpt). */
const TEXTS_BY_KEYS = cypher(
  'source.textsByKeys',
  `UNWIND $keys AS key
   OPTIONAL MATCH (source:Source {key: key})
   RETURN key, source.text AS text`,
);

const LIST = cypher(
  'source.list',
  `MATCH (source:Source)
   WITH source ORDER BY source.publishedAt IS NULL, source.publishedAt DESC, source.key ASC
   WITH collect(source) AS matches
   RETURN size(matches) AS totalCount, [source IN matches[$offset..($offset + $limit)] | ${SOURCE_PROJECTION}] AS page`,
);

/** Reads a map made by PROJECTION (src/repositories/row-reader.ts says why not with zod). */
export function readSource(value: unknown): StoredSource {
  const row = new RowMap(value, 'source');
  const publishedAt = row.optionalText('publishedAt');
  return {
    key: row.text('key'),
    kind: row.oneOf('kind', SOURCE_KINDS),
    title: row.text('title'),
    url: row.optionalText('url'),
    publisher: row.optionalText('publisher'),
    sha256: row.optionalText('sha256'),
    publishedAt: publishedAt === null ? null : { date: publishedAt, precision: row.optionalOneOf('publishedAtPrecision', DATE_PRECISIONS) ?? 'DAY' },
    audit: readAudit(row),
  };
}

export class SourceRepository {
  constructor(private readonly database: GraphDatabase) {}

  async findByKeys(keys: readonly string[]): Promise<(StoredSource | null)[]> {
    const records = await this.database.read(FIND_BY_KEYS, { keys });
    const byKey = new Map(records.map((record) => [record.get('key') as string, record.get('source')]));
    return keys.map((key) => {
      const row = byKey.get(key);
      return row ? readSource(row) : null;
    });
  }

  async textsByKeys(keys: readonly string[]): Promise<(string | null)[]> {
    const records = await this.database.read(TEXTS_BY_KEYS, { keys });
    const byKey = new Map(records.map((record) => [record.get('key') as string, new RowMap(record.toObject(), `source '${record.get('key')}'`).optionalText('text')]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  /** Newest first; sources without a date last. */
  async list(window: { offset: number; limit: number }): Promise<{ totalCount: number; sources: StoredSource[] }> {
    const [record] = await this.database.read(LIST, { offset: neo4j.int(window.offset), limit: neo4j.int(window.limit) });
    const { totalCount, page: sources } = readPage(record!.toObject(), readSource);
    return { totalCount, sources };
  }
}
