import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { DATE_PRECISIONS, SOURCE_KINDS, type StoredSource } from '../model/relation.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { cypher } from '../neo4j/statement.js';
import { auditFields, auditOf, auditProjection } from './audit-rows.js';
import { pageRow } from './relation-rows.js';

const PROJECTION = `source { .key, .kind, .title, .url, .publisher, .publishedAtPrecision, .sha256,
                             publishedAt: toString(source.publishedAt), ${auditProjection('source')} }`;

const FIND_BY_KEYS = cypher(
  'source.findByKeys',
  `UNWIND $keys AS key
   OPTIONAL MATCH (source:Source {key: key})
   RETURN key, CASE WHEN source IS NULL THEN null ELSE ${PROJECTION} END AS source`,
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
   RETURN size(matches) AS totalCount, [source IN matches[$offset..($offset + $limit)] | ${PROJECTION}] AS page`,
);

const sourceRow = z
  .object({
    key: z.string(),
    kind: z.enum(SOURCE_KINDS),
    title: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    sha256: z.string().nullable().default(null),
    publishedAt: z.string().nullable(),
    publishedAtPrecision: z.enum(DATE_PRECISIONS).nullable(),
    ...auditFields,
  })
  .transform(
    ({ publishedAt, publishedAtPrecision, createdAt, createdBy, updatedAt, updatedBy, ...source }): StoredSource => ({
      ...source,
      audit: auditOf({ createdAt, createdBy, updatedAt, updatedBy }),
      publishedAt: publishedAt === null ? null : { date: publishedAt, precision: publishedAtPrecision ?? 'DAY' },
    }),
  );

const page = pageRow(sourceRow);

export class SourceRepository {
  constructor(private readonly database: GraphDatabase) {}

  async findByKeys(keys: readonly string[]): Promise<(StoredSource | null)[]> {
    const records = await this.database.read(FIND_BY_KEYS, { keys });
    const byKey = new Map(records.map((record) => [record.get('key') as string, record.get('source')]));
    return keys.map((key) => {
      const row = byKey.get(key);
      return row ? sourceRow.parse(row) : null;
    });
  }

  async textsByKeys(keys: readonly string[]): Promise<(string | null)[]> {
    const records = await this.database.read(TEXTS_BY_KEYS, { keys });
    const byKey = new Map(records.map((record) => [record.get('key') as string, z.string().nullable().parse(record.get('text'))]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  /** Newest first; sources without a date last. */
  async list(window: { offset: number; limit: number }): Promise<{ totalCount: number; sources: StoredSource[] }> {
    const [record] = await this.database.read(LIST, { offset: neo4j.int(window.offset), limit: neo4j.int(window.limit) });
    const { totalCount, page: sources } = page.parse(record!.toObject());
    return { totalCount, sources };
  }
}
