import { SOURCE_KINDS, type SourceKind, type StoredSource } from '../../model/relation.js';
import { excerpt } from '../../model/excerpt.js';
import { checkRange } from '../arguments.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';
import { resolveCountedConnection } from '../pagination.js';
import { DatePrecisionEnum } from './date-precision.js';
import { Relation, RelationConnection } from './relation.js';

const KIND_DESCRIPTIONS: Record<SourceKind, string> = {
  NEWS_ARTICLE: 'A news report; its full text is usually stored, so its quotes are verbatim and located.',
  REFERENCE: 'A reference work or official record, such as an encyclopedia article or a results page.',
  DATASET: 'A structured file, such as a Popolo export: each piece of evidence quotes the record it comes from.',
  OTHER: 'Any other source.',
};

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'What kind of document a source is.',
  values: describedValues(SOURCE_KINDS, KIND_DESCRIPTIONS),
});

export const Source = builder.objectRef<StoredSource>('Source');

const TEXT_COMPLEXITY = 500;
/** textLength and excerpt read the whole text on the server but send little of it. */
const GLIMPSE_COMPLEXITY = 50;
const DEFAULT_EXCERPT_LENGTH = 300;
const MAX_EXCERPT_LENGTH = 2_000;

builder.node(Source, {
  description: 'A document that relations cite as evidence: a news article or a reference.',
  id: { resolve: (source) => source.key },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'title' in value && 'publisher' in value,
  loadMany: (keys, context) => keys.map((key) => context.reads.sources.byKey(key)),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable identifier, such as "ap-2021-05-07-hartlepool".' }),
    title: t.exposeString('title', { description: 'Title, or a description in parentheses where the title is not recorded.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where to read it; null when no full address is known.' }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published it.' }),
    sha256: t.string({
      nullable: true,
      description: 'For a DATASET: the SHA-256 of the file as it was imported (hexadecimal), to tell which version of it the facts come from.',
      resolve: (source) => source.sha256 ?? null,
    }),
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
    text: t.string({
      nullable: true,
      // A text may be millions of characters: counted as five hundred fields, and against the response's size as it resolves.
      complexity: TEXT_COMPLEXITY,
      description:
        'The full text, when stored: evidence quotes are substrings of it at their offsets. It may be long: it counts ' +
        `${TEXT_COMPLEXITY} towards the complexity limit and its size towards the response's; for a glimpse, ask for excerpt or textLength.`,
      resolve: async (source, _args, context) => {
        const text = await context.reads.sources.text(source.key);
        return text === null ? null : context.responseBudget.spend(text, `Source.text of "${source.key}"`);
      },
    }),
    textLength: t.int({
      nullable: true,
      // Read from the full text on the server (not sent): counted as a few fields' worth, not one.
      complexity: GLIMPSE_COMPLEXITY,
      description: 'How long the full text is, in UTF-16 code units (the unit of evidence offsets); null when none is stored.',
      resolve: async (source, _args, context) => (await context.reads.sources.text(source.key))?.length ?? null,
    }),
    excerpt: t.string({
      nullable: true,
      complexity: GLIMPSE_COMPLEXITY,
      description:
        'A passage of the full text: around the first occurrence of `around` when given (null when it does not occur), ' +
        'else its beginning; at most `length` characters, cut at word boundaries where it can be. Null when no text is stored.',
      args: {
        around: t.arg.string({ description: 'Words to centre the passage on, such as an evidence quote.' }),
        length: t.arg.int({ defaultValue: DEFAULT_EXCERPT_LENGTH, description: `How many characters, 1 to ${MAX_EXCERPT_LENGTH} (default ${DEFAULT_EXCERPT_LENGTH}).` }),
      },
      resolve: async (source, args, context) => {
        const length = checkRange('length', args.length ?? DEFAULT_EXCERPT_LENGTH, 1, MAX_EXCERPT_LENGTH);
        const text = await context.reads.sources.text(source.key);
        return text === null ? null : excerpt(text, args.around ?? null, length);
      },
    }),
    relations: t.connection(
      {
        type: Relation,
        description: 'The relations this source supports (not retracted), in time order.',
        resolve: (source, args, context) =>
          resolveCountedConnection(args, async ({ offset, limit }) => {
            const page = await context.reads.relations.ofSource(source.key, { offset, limit });
            return { items: page.relations, totalCount: page.totalCount };
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
    resolve: (_root, { key }, context) => context.reads.sources.byKey(key),
  }),
  sources: t.connection(
    {
      type: Source,
      description: 'All sources, newest first; undated ones last.',
      resolve: (_root, args, context) =>
        resolveCountedConnection(args, async (window) => {
          const page = await context.reads.sources.list(window);
          return { items: page.sources, totalCount: page.totalCount };
        }),
    },
    SourceConnection,
  ),
}));
