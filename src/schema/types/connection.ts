import { builder } from '../builder.js';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items match in all, across every page.',
    resolve: (connection) => connection.totalCount,
  }),
);
