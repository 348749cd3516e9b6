import type { RelationFilter as RelationFilterShape, StoredRelation } from '../../model/relation.js';
import { builder } from '../builder.js';
import { resolveCountedConnection } from '../pagination.js';
import { DateCertaintyEnum, DatePrecisionEnum, KnownStartType } from './date-precision.js';
import { DateWindow, toDateWindow } from './date-window.js';
import { Entity } from './entity.js';
import { Evidence } from './evidence.js';
import { RelationTypeEnum } from './relation-type.js';
import { relationConnectionRead } from '../look-ahead.js';
import type { Context } from '../../context.js';

/**
 * Resolves a field that a relation read in brief does not serve (RELATION_BRIEF_FIELDS) from the whole
 * relation: the read model completes a brief, in one batched statement, when such a field is asked.
 */
export function wholeRelation<T>(pick: (relation: StoredRelation) => T) {
  return async (relation: StoredRelation, _args: object, context: Context): Promise<T> => pick(await context.reads.relations.complete(relation));
}

export const Relation = builder.objectRef<StoredRelation>('Relation');

builder.node(Relation, {
  description:
    'A fact: the subject stands in this relation to the object, valid over [validFrom, validTo), supported by evidence ' +
    'that quotes its sources. Unknown bounds are null.',
  id: { resolve: (relation) => relation.id },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'subject' in value && 'type' in value,
  loadMany: (ids, context) => ids.map((id) => context.reads.relations.byId(id)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable identifier of the relation, such as "keir-starmer-succeeded-jeremy-corbyn".' }),
    type: t.field({ type: RelationTypeEnum, description: 'What the relation asserts.', resolve: (r) => r.type }),
    subject: t.field({
      type: Entity,
      description: 'Who or what the relation is about.',
      resolve: async (relation, _args, context) => (await context.reads.relations.end(relation, relation.subject))!,
    }),
    object: t.field({
      type: Entity,
      description: 'What the subject stands in relation to.',
      resolve: async (relation, _args, context) => (await context.reads.relations.end(relation, relation.object))!,
    }),
    context: t.field({
      type: Entity,
      nullable: true,
      description: 'The office or party the fact is about, such as the office Starmer succeeded Corbyn in.',
      resolve: (relation, _args, context) => (relation.context ? context.reads.relations.end(relation, relation.context) : null),
    }),
    validFrom: t.field({
      type: 'Date',
      nullable: true,
      description: 'First day the relation holds; null when unknown.',
      resolve: (relation) => relation.validFrom?.date ?? null,
    }),
    validFromPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precisely validFrom is known.',
      resolve: (relation) => relation.validFrom?.precision ?? null,
    }),
    validTo: t.field({
      type: 'Date',
      nullable: true,
      description: 'First day the relation no longer holds (exclusive); null when it still holds or is unknown.',
      resolve: (relation) => relation.validTo?.date ?? null,
    }),
    validToPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precisely validTo is known.',
      resolve: (relation) => relation.validTo?.precision ?? null,
    }),
    knownFrom: t.field({
      type: KnownStartType,
      nullable: true,
      description:
        'The first day the relation is known to hold: validFrom when stated, else the election day for a relation about ' +
        'an election, else the earliest publication of a source that supports it; null when nothing says. asOf never keeps ' +
        'a relation before this day: an unknown start is unknown, not "always".',
      resolve: wholeRelation((relation) => relation.knownFrom),
    }),
    role: t.string({ resolve: wholeRelation((r) => r.role), nullable: true, description: 'The role or portfolio, such as "leader".' }),
    votes: t.int({ resolve: wholeRelation((r) => r.votes), nullable: true, description: 'Votes cast for the subject or option.' }),
    share: t.float({ resolve: wholeRelation((r) => r.share), nullable: true, description: 'Share of the vote, as a fraction: 0.519 is 51.9%.' }),
    option: t.string({ resolve: wholeRelation((r) => r.option), nullable: true, description: 'The option voted for in a referendum, such as "Remain".' }),
    seats: t.int({ resolve: wholeRelation((r) => r.seats), nullable: true, description: 'Seats won.' }),
    turnout: t.float({ resolve: wholeRelation((r) => r.turnout), nullable: true, description: 'Turnout, as a fraction of the electorate.' }),
    electorate: t.int({ resolve: wholeRelation((r) => r.electorate), nullable: true, description: 'Voters entitled to vote.' }),
    majority: t.int({ resolve: wholeRelation((r) => r.majority), nullable: true, description: "The winner's lead in votes over the runner-up." }),
    elected: t.boolean({ resolve: wholeRelation((r) => r.elected), nullable: true, description: 'Whether the candidate was elected.' }),
    note: t.string({ resolve: wholeRelation((r) => r.note), nullable: true, description: 'A remark that qualifies the fact.' }),
    confidence: t.exposeFloat('confidence', {
      description: 'How firmly the sources support the relation, from 0 to 1; 0.5 where sources disagree.',
    }),
    evidence: t.field({
      type: [Evidence],
      // Complexity: a relation cites one to three sources, not the ten a list is assumed to hold.
      complexity: { field: 1, multiplier: 3 },
      description: 'The sources that support the relation, with their words. Never empty.',
      resolve: (relation, _args, context) => context.reads.relations.evidence(relation),
    }),
    retractedAt: t.exposeString('retractedAt', {
      nullable: true,
      description:
        'When a curator retracted the relation (ISO 8601); retracted relations are hidden unless asked for. Read as of ' +
        'knownAt, null when it was retracted after that instant.',
    }),
    knownAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The instant this relation was read as of (a knownAt asked by this field or one above it), or null when it was read as the graph is now.',
      resolve: (relation) => relation.knownAt ?? null,
    }),
    retractedReason: t.string({ resolve: wholeRelation((r) => r.retractedReason), nullable: true, description: 'Why it was retracted.' }),
    retractedBy: t.string({ resolve: wholeRelation((r) => r.retractedBy), nullable: true, description: 'Name of the API key that retracted it.' }),
  }),
});

export const RelationConnection = builder.connectionObject(
  { type: Relation, name: 'RelationConnection', description: 'A page of relations, with the total number that match.' },
  { name: 'RelationEdge', description: 'A relation on a page, with its cursor.' },
);

export const RelationFilter = builder.inputType('RelationFilter', {
  description: 'Which relations to list. Every field is optional; all that are given must hold.',
  fields: (t) => ({
    types: t.field({ type: [RelationTypeEnum], description: 'Only relations of these types.' }),
    subject: t.string({ description: 'Only relations whose subject has this key.' }),
    object: t.string({ description: 'Only relations whose object has this key.' }),
    involving: t.string({ description: 'Only relations with this entity as subject, object or context.' }),
    asOf: t.field({
      type: 'Date',
      description: 'Only relations known to hold on this day: from their known start (Relation.knownFrom) and before validTo (unknown: still valid). Bounds known to the month or year are read as `certainty` says.',
    }),
    certainty: t.field({
      type: DateCertaintyEnum,
      defaultValue: 'CERTAIN',
      description: 'How asOf reads a bound known only to its month or year: CERTAIN (the default) or POSSIBLE.',
    }),
    during: t.field({
      type: DateWindow,
      description: 'Only relations known to hold at some time in this window, their bounds read as asOf reads them; relations with no known start (Relation.knownFrom) are left out.',
    }),
    source: t.string({ description: 'Only relations supported by the source with this key.' }),
    minConfidence: t.float({ description: 'Only relations at least this confident (0 to 1).' }),
    includeRetracted: t.boolean({ defaultValue: false, description: 'Include retracted relations (default false).' }),
    knownAt: t.field({
      type: 'DateTime',
      description:
        'Answer as the graph stood at this instant: relations asserted after it are left out, relations retracted after ' +
        'it count as not retracted, and evidence, ends and entities read as they did then (merges and updates since ' +
        'undone). Pass a response\'s extensions.knownAt to get that answer again.',
    }),
  }),
});

export type RelationFilterInput = typeof RelationFilter.$inferInput;

export function toRelationFilter(input: RelationFilterInput | null | undefined): RelationFilterShape {
  return {
    types: input?.types ?? null,
    subject: input?.subject ?? null,
    object: input?.object ?? null,
    involving: input?.involving ?? null,
    asOf: input?.asOf ?? null,
    certainty: input?.certainty ?? 'CERTAIN',
    during: input?.during ? toDateWindow('filter.during', input.during.from, input.during.to) : null,
    source: input?.source ?? null,
    minConfidence: input?.minConfidence ?? null,
    includeRetracted: input?.includeRetracted ?? false,
    knownAt: input?.knownAt ?? null,
  };
}

builder.queryFields((t) => ({
  relations: t.connection(
    {
      type: Relation,
      description: 'Relations matching the filter, in time order (validFrom, then validTo, then id).',
      args: { filter: t.arg({ type: RelationFilter, description: 'Which relations; all of them when omitted.' }) },
      resolve: (_root, args, context, info) =>
        resolveCountedConnection(args, async (window) => {
          const page = await context.reads.relations.list(toRelationFilter(args.filter), window, relationConnectionRead(info));
          return { items: page.relations, totalCount: page.totalCount };
        }),
    },
    RelationConnection,
  ),
}));
