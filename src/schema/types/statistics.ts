import type { KindCount, PartyCount, TypeCount, YearCount } from '../../repositories/statistics-repository.js';
import { MAX_PARTIES, PARTY_DEFAULTS } from '../../reads/statistics.js';
import { builder } from '../builder.js';
import { EntityKindEnum } from './entity.js';
import { Organization } from './organization.js';
import { RelationTypeEnum } from './relation-type.js';

/**
 * Counts for dashboards. The four count rows exist only as answers of GraphStatistics, so they are
 * declared beside it.
 */

const EntityKindCount = builder.objectRef<KindCount>('EntityKindCount').implement({
  description: 'How many entities there are of one kind.',
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, description: 'The kind.', resolve: (row) => row.kind }),
    count: t.exposeInt('count', { description: 'Entities of that kind.' }),
  }),
});

const RelationTypeCount = builder.objectRef<TypeCount>('RelationTypeCount').implement({
  description: 'How many relations there are of one type.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, description: 'The type.', resolve: (row) => row.type }),
    count: t.exposeInt('count', { description: 'Relations of that type.' }),
  }),
});

const RelationYearCount = builder.objectRef<YearCount>('RelationYearCount').implement({
  description: 'How many relations are known to hold from one year.',
  fields: (t) => ({
    year: t.exposeInt('year', {
      nullable: true,
      description: 'The year of Relation.knownFrom (validFrom, else the election day, else the first source); null when nothing says.',
    }),
    count: t.exposeInt('count', { description: 'Relations that began that year.' }),
  }),
});

const PartyRelationCount = builder.objectRef<PartyCount>('PartyRelationCount').implement({
  description: 'How many relations a party takes part in, as subject, object or context.',
  fields: (t) => ({
    party: t.field({
      type: Organization,
      description: 'The party.',
      resolve: async (row, _args, context) => (await context.reads.entities.byKey(row.party))!,
    }),
    count: t.exposeInt('count', { description: 'Relations involving the party.' }),
  }),
});

const GraphStatistics = builder.objectRef<object>('GraphStatistics').implement({
  description: 'Counts over the whole graph, for dashboards. Retracted relations never count.',
  fields: (t) => ({
    entitiesByKind: t.field({
      type: [EntityKindCount],
      description: 'Entities of each kind, every kind listed.',
      resolve: (_root, _args, context) => context.reads.statistics.entitiesByKind(),
    }),
    relationsByType: t.field({
      type: [RelationTypeCount],
      description: 'Relations of each type that has any, the most common first.',
      args: { asOf: t.arg({ type: 'Date', description: 'Count only relations valid on this day.' }) },
      resolve: (_root, args, context) => context.reads.statistics.relationsByType(args.asOf ?? null),
    }),
    relationsByYear: t.field({
      type: [RelationYearCount],
      description:
        'Relations by the year they are known to hold from (Relation.knownFrom), earliest first; relations with no known ' +
        'start come last.',
      args: { types: t.arg({ type: [RelationTypeEnum], description: 'Count only relations of these types.' }) },
      resolve: (_root, args, context) => context.reads.statistics.relationsByYear(args.types ?? null),
    }),
    relationsByParty: t.field({
      type: [PartyRelationCount],
      description: 'Parties by the number of relations they take part in, the busiest first; parties with none are left out.',
      args: {
        types: t.arg({ type: [RelationTypeEnum], description: 'Count only relations of these types.' }),
        asOf: t.arg({ type: 'Date', description: 'Count only relations valid on this day.' }),
        first: t.arg.int({ defaultValue: PARTY_DEFAULTS.first, description: `How many parties, 1 to ${MAX_PARTIES} (default ${PARTY_DEFAULTS.first}).` }),
      },
      resolve: (_root, args, context) =>
        context.reads.statistics.relationsByParty({ types: args.types ?? null, asOf: args.asOf ?? null, first: args.first }),
    }),
  }),
});

builder.queryFields((t) => ({
  statistics: t.field({
    type: GraphStatistics,
    description: 'Counts for dashboards: entities by kind; relations by type, by year and by party.',
    resolve: () => ({}),
  }),
}));
