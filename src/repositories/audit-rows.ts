import { z } from 'zod';
import type { AuditRecord } from '../model/audit.js';

/** The audit fields of a node, for a map projection; fixed text. */
export function auditProjection(node: string): string {
  return `.createdBy, .updatedBy, createdAt: toString(${node}.createdAt), updatedAt: toString(${node}.updatedAt)`;
}

const nullableText = z.string().nullable().default(null);

/** Spread into a row schema that reads a projection made with `auditProjection`. */
export const auditFields = { createdAt: nullableText, createdBy: nullableText, updatedAt: nullableText, updatedBy: nullableText };

export function auditOf(row: AuditRecord): AuditRecord {
  return { createdAt: row.createdAt, createdBy: row.createdBy, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}
