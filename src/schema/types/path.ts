import { NO_FILTER } from '../../model/relation.js';
import { MAX_PATH_HOPS, MAX_PATHS, type PathRecord } from '../../repositories/graph-repository.js';
import { checkRange } from '../arguments.js';
import { builder } from '../builder.js';
import { Entity } from './entity.js';
import { primeRelations, Relation } from './relation.js';
import { RelationTypeEnum } from './relation-type.js';

export const Path = builder.objectRef<PathRecord>('Path').implement({
  description: 'A chain of relations from one entity to another, hop by hop, each with its evidence.',
  fields: (t) => ({
    length: t.int({ description: 'Number of hops (relations).', resolve: (path) => path.relations.length }),
    entities: t.field({
      type: [Entity],
      description: 'The entities along the path, from the start to the end.',
      resolve: async (path, _args, context) =>
        (await Promise.all(path.entities.map((key) => context.loaders.entityByKey.load(key)))).filter((e) => e !== null),
    }),
    relations: t.field({
      type: [Relation],
      description: 'The relations along the path, in order: relation i connects entities i and i + 1.',
      resolve: (path, _args, context) => primeRelations(context, path.relations),
    }),
  }),
});

builder.queryFields((t) => ({
  paths: t.field({
    type: [Path],
    description:
      'The shortest connections between two entities, shortest first: how is A connected to B, and who says so? ' +
      'Retracted relations, and relations not valid at asOf, are never used. Unknown keys give no paths.',
    args: {
      from: t.arg.string({ required: true, description: 'Key of the entity to start from.' }),
      to: t.arg.string({ required: true, description: 'Key of the entity to reach.' }),
      maxHops: t.arg.int({ defaultValue: 4, description: `Longest path to consider, 1 to ${MAX_PATH_HOPS} hops (default 4).` }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Use only relations of these types.' }),
      asOf: t.arg({ type: 'Date', description: 'Use only relations valid on this day.' }),
      first: t.arg.int({ defaultValue: 3, description: `How many paths, 1 to ${MAX_PATHS} (default 3).` }),
    },
    resolve: (_root, args, context) =>
      context.repositories.graph.paths({
        from: args.from,
        to: args.to,
        maxHops: checkRange('maxHops', args.maxHops ?? 4, 1, MAX_PATH_HOPS),
        first: checkRange('first', args.first ?? 3, 1, MAX_PATHS),
        filter: { ...NO_FILTER, types: args.types ?? null, asOf: args.asOf ?? null },
      }),
  }),
}));
