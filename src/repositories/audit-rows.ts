import type { AuditRecord } from '../model/audit.js';
import type { RowMap } from './row-reader.js';

/** The audit fields of a node, for a map projection; fixed text. */
export function auditProjection(node: string): string {
  return `.createdBy, .updatedBy, createdAt: toString(${node}.createdAt), updatedAt: toString(${node}.updatedAt)`;
}

/** The audit fields of a row read with a RowMap. */
export function readAudit(row: RowMap): AuditRecord {
  return {
    createdAt: row.optionalText('createdAt'),
    createdBy: row.optionalText('createdBy'),
    updatedAt: row.optionalText('updatedAt'),
    updatedBy: row.optionalText('updatedBy'),
  };
}
