import type { EntityRecord } from '../../model/entity.js';
import { NO_FILTER, type StoredRelation } from '../../model/relation.js';
import { MAX_NEIGHBOURHOOD_DEPTH } from '../../repositories/graph-repository.js';
import { checkRange } from '../arguments.js';
import { builder } from '../builder.js';
import { Entity } from './entity.js';
import { primeRelations, Relation } from './relation.js';
import { RelationTypeEnum } from './relation-type.js';

interface SubgraphShape {
  nodes: EntityRecord[];
  edges: StoredRelation[];
  truncated: boolean;
}

const MAX_NEIGHBOURHOOD_LIMIT = 500;

export const Subgraph = builder.objectRef<SubgraphShape>('Subgraph').implement({
  description: 'Entities and the relations between them: a piece of the graph to explore or draw.',
  fields: (t) => ({
    nodes: t.field({ type: [Entity], description: 'The entities, the starting one first.', resolve: (s) => s.nodes }),
    edges: t.field({ type: [Relation], description: 'The relations between them.', resolve: (s) => s.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when more relations were reachable than `limit` allowed; ask with a larger limit or a filter.',
    }),
  }),
});

builder.queryFields((t) => ({
  neighbourhood: t.field({
    type: Subgraph,
    description:
      'The entities within `depth` hops of an entity and the relations that connect them. An unknown key gives an ' +
      'empty subgraph. Retracted relations, and relations not valid at asOf, are left out.',
    args: {
      key: t.arg.string({ required: true, description: 'Key of the entity to start from.' }),
      depth: t.arg.int({ defaultValue: 1, description: `Hops from the start, 1 to ${MAX_NEIGHBOURHOOD_DEPTH} (default 1).` }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Follow only relations of these types.' }),
      asOf: t.arg({ type: 'Date', description: 'Follow only relations valid on this day.' }),
      limit: t.arg.int({ defaultValue: 50, description: `Most relations to return, 1 to ${MAX_NEIGHBOURHOOD_LIMIT} (default 50).` }),
    },
    resolve: async (_root, args, context) => {
      const neighbourhood = await context.repositories.graph.neighbourhood({
        key: args.key,
        depth: checkRange('depth', args.depth ?? 1, 1, MAX_NEIGHBOURHOOD_DEPTH),
        limit: checkRange('limit', args.limit ?? 50, 1, MAX_NEIGHBOURHOOD_LIMIT),
        filter: { ...NO_FILTER, types: args.types ?? null, asOf: args.asOf ?? null },
      });
      if (neighbourhood.start === null) return { nodes: [], edges: [], truncated: false };
      const edges = primeRelations(context, neighbourhood.relations);
      const keys = [...new Set([neighbourhood.start, ...edges.flatMap((edge) => [edge.subject, edge.object])])];
      const nodes = await Promise.all(keys.map((key) => context.loaders.entityByKey.load(key)));
      return { nodes: nodes.filter((node) => node !== null), edges, truncated: neighbourhood.truncated };
    },
  }),
}));
