import { SOURCE_KINDS, type SourceKind, type StoredSource } from '../../model/relation.js';
import { primeRelations } from '../../loaders.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';
import { resolveCountedConnection } from '../pagination.js';
import { DatePrecisionEnum } from './date-precision.js';
import { Relation, RelationConnection } from './relation.js';

const KIND_DESCRIPTIONS: Record<SourceKind, string> = {
  NEWS_ARTICLE: 'A news report; its full text is usually stored, so its quotes are verbatim and located.',
  REFERENCE: 'A reference work or official record, such as an encyclopedia article or a results page.',
  OTHER: 'Any other source.',
};

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'What kind of document a source is.',
  values: describedValues(SOURCE_KINDS, KIND_DESCRIPTIONS),
});

export const Source = builder.objectRef<StoredSource>('Source');

builder.node(Source, {
  description: 'A document that relations cite as evidence: a news article or a reference.',
  id: { resolve: (source) => source.key },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'title' in value && 'publisher' in value,
  loadMany: (keys, context) => keys.map((key) => context.loaders.sourceByKey.load(key)),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable identifier, such as "ap-2021-05-07-hartlepool".' }),
    title: t.exposeString('title', { description: 'Title, or a description in parentheses where the title is not recorded.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where to read it; null when no full address is known.' }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published it.' }),
    publishedAt: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was published; see publishedAtPrecision.',
      resolve: (source) => source.publishedAt?.date ?? null,
    }),
    publishedAtPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'How precisely publishedAt is known.',
      resolve: (source) => source.publishedAt?.precision ?? null,
    }),
    kind: t.field({ type: SourceKindEnum, description: 'What kind of document it is.', resolve: (s) => s.kind }),
    text: t.exposeString('text', {
      nullable: true,
      description: 'The full text, when stored: evidence quotes are substrings of it at their offsets.',
    }),
    relations: t.connection(
      {
        type: Relation,
        description: 'The relations this source supports (not retracted), in time order.',
        resolve: (source, args, context) =>
          resolveCountedConnection(args, async ({ offset, limit }) => {
            const page = await context.loaders.relationsOfSource.load({ key: source.key, offset, limit });
            return { items: primeRelations(context.loaders, page.relations), totalCount: page.totalCount };
          }),
      },
      RelationConnection,
    ),
  }),
});

export const SourceConnection = builder.connectionObject(
  { type: Source, name: 'SourceConnection', description: 'A page of sources, with the total number.' },
  { name: 'SourceEdge', description: 'A source on a page, with its cursor.' },
);

builder.queryFields((t) => ({
  source: t.field({
    type: Source,
    nullable: true,
    description: 'The source with this key, or null when there is none.',
    args: { key: t.arg.string({ required: true, description: 'The source\'s key, such as "ap-2021-05-07-hartlepool".' }) },
    resolve: (_root, { key }, context) => context.loaders.sourceByKey.load(key),
  }),
  sources: t.connection(
    {
      type: Source,
      description: 'All sources, newest first; undated ones last.',
      resolve: (_root, args, context) =>
        resolveCountedConnection(args, async (window) => {
          const page = await context.repositories.sources.list(window);
          for (const source of page.sources) context.loaders.sourceByKey.prime(source.key, source);
          return { items: page.sources, totalCount: page.totalCount };
        }),
    },
    SourceConnection,
  ),
}));
