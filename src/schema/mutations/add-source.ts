import { newSourceFields } from '../../model/fields.js';
import { toSourceRecord } from '../../model/rules.js';
import { builder } from '../builder.js';
import { accepted } from '../input-errors.js';
import { nullAsAbsent } from '../nulls.js';
import { actorOf } from '../types/mutation.js';
import { Source, SourceKindEnum } from '../types/source.js';

const AddSourceInput = builder
  .inputType('AddSourceInput', {
    description: 'A document to cite. Store its full text when you can: quotes from it are then checked and located.',
    fields: (t) => ({
      key: t.string({ required: true, description: 'Lowercase slug, unique across sources, such as "bbc-2021-05-07-hartlepool".' }),
      kind: t.field({ type: SourceKindEnum, required: true, description: 'What kind of document it is.' }),
      title: t.string({ required: true, description: 'Its title.' }),
      url: t.string({ description: 'Where to read it (http or https).' }),
      publisher: t.string({ description: 'Who published it.' }),
      publishedAt: t.string({ description: 'When it was published: YYYY-MM-DD, or YYYY-MM or YYYY when less is known.' }),
      text: t.string({ description: 'The full text, verbatim; evidence quoting this source must then quote it exactly.' }),
    }),
  })
  .validate(nullAsAbsent(newSourceFields));

builder.mutationField('addSource', (t) =>
  t.field({
    type: Source,
    description: 'Adds a source that evidence can cite. Refused when the key is taken.',
    authScopes: { curator: true },
    args: { input: t.arg({ type: AddSourceInput, required: true, description: 'The source to add.' }) },
    resolve: async (_root, { input }, context) => {
      const { text, ...fields } = input;
      const key = accepted(await context.curation.addSource(toSourceRecord(fields, text ?? null), actorOf(context)), 'input');
      context.reads.forget();
      return (await context.reads.sources.byKey(key))!;
    },
  }),
);
