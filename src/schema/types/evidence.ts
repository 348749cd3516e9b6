import type { EvidenceRecord } from '../../model/relation.js';
import { builder } from '../builder.js';
import { Source } from './source.js';

export const Evidence = builder.objectRef<EvidenceRecord>('Evidence').implement({
  description: "A source's support for a relation: the words it uses, where they stand, and how sure it is.",
  fields: (t) => ({
    source: t.field({
      type: Source,
      description: 'The source that asserts the relation.',
      resolve: async (evidence, _args, context) => (await context.reads.sources.byKey(evidence.source))!,
    }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: "The source's words. Verbatim when the source's full text is stored (then start and end locate them).",
    }),
    start: t.exposeInt('start', {
      nullable: true,
      description: "Offset of the quote's first character in the source's text (UTF-16 code units).",
    }),
    end: t.exposeInt('end', { nullable: true, description: "Offset just after the quote's last character." }),
    confidence: t.exposeFloat('confidence', {
      description: 'How firmly the source asserts it, from 0 to 1: below 1 for implied or hedged claims.',
    }),
    locator: t.exposeString('locator', {
      nullable: true,
      description: 'Where in the source it is when its text is not stored: a dataset record\'s JSON pointer ("/memberships/17") or CSV line ("line 12"); the quote is then the record itself.',
    }),
  }),
});

export const EvidenceInput = builder.inputType('EvidenceInput', {
  description:
    'A source\'s support for a fact. When the source\'s full text is stored, the quote must appear in it verbatim; its ' +
    'offsets are computed for you.',
  fields: (t) => ({
    source: t.string({ required: true, description: 'Key of the source.' }),
    quote: t.string({ description: 'The source\'s words, verbatim; required when its full text is stored.' }),
    occurrence: t.int({ description: 'Which occurrence of the quote is meant (1, 2, …), when it appears more than once.' }),
    confidence: t.float({ description: 'How firmly the source asserts the fact, from 0 to 1 (default 1).' }),
    locator: t.string({ description: 'Where in the source it is, for a source whose text is not stored: a JSON pointer, a CSV line, a page.' }),
  }),
});
