import type { AuditRecord } from '../../model/audit.js';
import { builder } from '../builder.js';
import { Entity, wholeEntity } from './entity.js';
import { Relation, wholeRelation } from './relation.js';
import { Source } from './source.js';

export const Audit = builder.objectRef<AuditRecord>('Audit').implement({
  description:
    'Who wrote a record and when: the name of the API key, token subject, import or "seed" that did it. Null only for ' +
    'data written before these fields were kept.',
  fields: (t) => ({
    createdAt: t.exposeString('createdAt', { nullable: true, description: 'When the record was first written (ISO 8601).' }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'Who first wrote it.' }),
    updatedAt: t.exposeString('updatedAt', {
      nullable: true,
      description: 'When it last changed (ISO 8601); writing identical data again does not count as a change.',
    }),
    updatedBy: t.exposeString('updatedBy', { nullable: true, description: 'Who made the last change.' }),
  }),
});

const AUDIT_DESCRIPTION = 'Who wrote this record and when.';

// The records that carry an audit trail get the same field; declared here, beside the type it returns.
builder.interfaceField(Entity, 'audit', (t) => t.field({ type: Audit, description: AUDIT_DESCRIPTION, resolve: wholeEntity((entity) => entity.audit) }));
builder.objectField(Relation, 'audit', (t) => t.field({ type: Audit, description: AUDIT_DESCRIPTION, resolve: wholeRelation((relation) => relation.audit) }));
builder.objectField(Source, 'audit', (t) => t.field({ type: Audit, description: AUDIT_DESCRIPTION, resolve: (source) => source.audit }));
