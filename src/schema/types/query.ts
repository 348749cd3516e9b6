import { builder } from '../builder.js';

builder.queryType({
  description:
    'Read access to the knowledge graph: political entities, the dated relations between them, and the sources ' +
    'that support each relation.',
});
