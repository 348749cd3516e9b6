import { PATH_DEFAULTS } from '../../reads/graph.js';
import { MAX_PATH_DEGREE, MAX_PATH_HOPS, MAX_PATHS, type PathRecord } from '../../repositories/graph-repository.js';
import { clamp } from '../arguments.js';
import { builder } from '../builder.js';
import { Entity } from './entity.js';
import { Relation } from './relation.js';
import { RelationTypeEnum } from './relation-type.js';
import { subgraphDetail } from '../look-ahead.js';

export const Path = builder.objectRef<PathRecord>('Path').implement({
  description: 'A chain of relations from one entity to another, hop by hop, each with its evidence.',
  fields: (t) => ({
    length: t.int({ description: 'Number of hops (relations).', resolve: (path) => path.relations.length }),
    // Complexity: a path has at most MAX_PATH_HOPS relations and one entity more.
    entities: t.field({
      complexity: { field: 1, multiplier: MAX_PATH_HOPS + 1 },
      type: [Entity],
      description: 'The entities along the path, from the start to the end.',
      // A path never passes an entity twice, so loading each key once keeps them all, in order.
      resolve: (path, _args, context) => context.reads.graph.pathEntities([path]),
    }),
    relations: t.field({
      complexity: { field: 1, multiplier: MAX_PATH_HOPS },
      type: [Relation],
      description: 'The relations along the path, in order: relation i connects entities i and i + 1.',
      resolve: (path) => path.relations,
    }),
  }),
});

builder.queryFields((t) => ({
  paths: t.field({
    type: [Path],
    // The search, once, whatever `first` is: its frontier can multiply with every hop, so each hop
    // counts twice the one before (4 hops, the default, 512; 6 hops 2,048, heavy on its own); then
    // `first` paths, each counted whole (the multiplier applies to what is selected of a path).
    complexity: (args) => ({
      field: 32 * 2 ** clamp(args.maxHops ?? PATH_DEFAULTS.maxHops, 1, MAX_PATH_HOPS),
      multiplier: clamp(args.first ?? PATH_DEFAULTS.first, 1, MAX_PATHS),
    }),
    description:
      'The shortest connections between two entities: every shortest path, then the next shortest, up to `first`, ' +
      'shortest first. How is A connected to B, and who says so? Each hop is a relation with its evidence. ' +
      'Retracted relations, and relations not valid at asOf, are never used; a path never passes an entity twice. ' +
      'Unknown keys, or the same key twice, give no paths.',
    args: {
      from: t.arg.string({ required: true, description: 'Key of the entity to start from.' }),
      to: t.arg.string({ required: true, description: 'Key of the entity to reach.' }),
      maxHops: t.arg.int({
        defaultValue: PATH_DEFAULTS.maxHops,
        description: `Longest path to consider, 1 to ${MAX_PATH_HOPS} hops (default ${PATH_DEFAULTS.maxHops}).`,
      }),
      maxDegree: t.arg.int({
        defaultValue: PATH_DEFAULTS.maxDegree,
        description:
          `Pass only through entities with at most this many relations, 1 to ${MAX_PATH_DEGREE} (default ` +
          `${PATH_DEFAULTS.maxDegree}). A party with thousands of members connects everyone to everyone and explains ` +
          'little; raise this to allow such hubs. The two ends are never excluded. No paths can mean that the two are ' +
          'connected only through such hubs: ask again with a higher maxDegree to find out.',
      }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Use only relations of these types.' }),
      asOf: t.arg({ type: 'Date', description: 'Use only relations valid on this day.' }),
      knownAt: t.arg({ type: 'DateTime', description: 'Search the graph as it stood at this instant (see RelationFilter.knownAt).' }),
      first: t.arg.int({
        defaultValue: PATH_DEFAULTS.first,
        description: `How many paths, 1 to ${MAX_PATHS} (default ${PATH_DEFAULTS.first}).`,
      }),
    },
    resolve: (_root, args, context, info) => context.reads.graph.paths({ ...args, detail: subgraphDetail(info, 'relations', ['entities']) }),
  }),
}));
