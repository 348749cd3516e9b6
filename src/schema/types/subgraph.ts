import {
  MAX_NEIGHBOURHOOD_LIMIT,
  MAX_PER_ENTITY,
  NEIGHBOURHOOD_DEFAULTS,
  type Subgraph as SubgraphShape,
} from '../../reads/graph.js';
import { MAX_NEIGHBOURHOOD_DEPTH } from '../../repositories/graph-repository.js';
import { clamp } from '../arguments.js';
import { builder } from '../builder.js';
import { Entity } from './entity.js';
import { Relation } from './relation.js';
import { RelationTypeEnum } from './relation-type.js';
import { subgraphDetail } from '../look-ahead.js';

export const Subgraph = builder.objectRef<SubgraphShape>('Subgraph').implement({
  description: 'Entities and the relations between them: a piece of the graph to explore or draw.',
  fields: (t) => ({
    nodes: t.field({ type: [Entity], description: 'The entities, the starting one first.', resolve: (s) => s.nodes }),
    edges: t.field({
      type: [Relation],
      description: 'The relations between them, nearer hops first.',
      resolve: (s) => s.edges,
    }),
    hubs: t.field({
      type: [Entity],
      description:
        'Entities with more relations than `perEntity` let through: some of their relations are missing. ' +
        'Explore one of them on its own, or narrow the types, to see the rest.',
      resolve: (s) => s.hubs,
    }),
    truncated: t.exposeBoolean('truncated', {
      description:
        'True when relations were left out: more were reachable than `limit` allowed, or a hub had more than ' +
        '`perEntity`. Ask with a larger limit or a narrower filter.',
    }),
  }),
});

builder.queryFields((t) => ({
  neighbourhood: t.field({
    type: Subgraph,
    // What it can return: up to 2 × limit + 1 entities and limit relations, each list's selections
    // counting once per item (a list multiplies by 10 already); the walk itself, per hop and entity.
    // Arguments are clamped to their ranges first: an out-of-range one is refused later, and must not make the estimate negative.
    complexity: (args) => {
      const limit = clamp(args.limit ?? NEIGHBOURHOOD_DEFAULTS.limit, 1, MAX_NEIGHBOURHOOD_LIMIT);
      const depth = clamp(args.depth ?? NEIGHBOURHOOD_DEFAULTS.depth, 1, MAX_NEIGHBOURHOOD_DEPTH);
      const perEntity = clamp(args.perEntity ?? NEIGHBOURHOOD_DEFAULTS.perEntity, 1, MAX_PER_ENTITY);
      return { field: depth * perEntity, multiplier: Math.ceil((2 * limit + 1) / 10) };
    },
    description:
      'The entities within `depth` hops of an entity and the relations that connect them, found breadth first. ' +
      'An unknown key gives an empty subgraph. Retracted relations, and relations not valid at asOf, are left out.',
    args: {
      key: t.arg.string({ required: true, description: 'Key of the entity to start from.' }),
      depth: t.arg.int({
        defaultValue: NEIGHBOURHOOD_DEFAULTS.depth,
        description: `Hops from the start, 1 to ${MAX_NEIGHBOURHOOD_DEPTH} (default ${NEIGHBOURHOOD_DEFAULTS.depth}).`,
      }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Follow only relations of these types.' }),
      asOf: t.arg({ type: 'Date', description: 'Follow only relations valid on this day.' }),
      knownAt: t.arg({
        type: 'DateTime',
        description:
          'Walk the graph as it stood at this instant (see RelationFilter.knownAt). Where an entity had more relations ' +
          'than perEntity, the first by key are kept, so the same instant gives the same answer.',
      }),
      limit: t.arg.int({
        defaultValue: NEIGHBOURHOOD_DEFAULTS.limit,
        description: `Most relations to return, 1 to ${MAX_NEIGHBOURHOOD_LIMIT} (default ${NEIGHBOURHOOD_DEFAULTS.limit}).`,
      }),
      perEntity: t.arg.int({
        defaultValue: NEIGHBOURHOOD_DEFAULTS.perEntity,
        description:
          `Most relations followed from any one entity at each hop, 1 to ${MAX_PER_ENTITY} ` +
          `(default ${NEIGHBOURHOOD_DEFAULTS.perEntity}), so that a hub such as a party with thousands of members ` +
          'cannot flood the answer. Entities cut short are listed in `hubs`.',
      }),
    },
    resolve: (_root, args, context, info) => context.reads.graph.neighbourhood({ ...args, detail: subgraphDetail(info, 'edges', ['nodes', 'hubs']) }),
  }),
}));
