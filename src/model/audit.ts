/**
 * Who wrote a record and when: the name of the API key, token subject, import or seed, and an ISO
 * 8601 date-time. Null only for data written before the audit fields existed.
 */
export interface AuditRecord {
  createdAt: string | null;
  createdBy: string | null;
  /** The last change that altered the record; a re-import of identical data does not count. */
  updatedAt: string | null;
  updatedBy: string | null;
}
