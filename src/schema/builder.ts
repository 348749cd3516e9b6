import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, Kind, getNullableType, isListType, type GraphQLField } from 'graphql';
import type { Context } from '../context.js';
import { isCalendarDate, parseInstant } from '../model/dates.js';
import { KIND_LABELS } from '../model/entity.js';
import { invalidInput, issuePath } from './input-errors.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  /** Writes need the curator scope; an API key carries its scopes (src/auth/api-keys.ts). */
  AuthScopes: { curator: boolean };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
  };
  /** Every connection reports how many items match, not only how many are on the page. */
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** Fields are non-null unless they say otherwise: null then means "unknown" or "not found". */
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ValidationPlugin, ComplexityPlugin, RelayPlugin],
  // Depth, breadth and estimated work of an operation, checked before any resolver runs; the limits
  // come from the configuration through the context (src/operation-limits.ts).
  complexity: {
    fieldComplexity: pagedComplexity,
    limit: (context) => context.limits,
    complexityError: (kind, result) => {
      const measure = kind.toLowerCase() as 'depth' | 'breadth' | 'complexity';
      const limit = result[`max${kind}` as 'maxDepth' | 'maxBreadth' | 'maxComplexity'];
      return new GraphQLError(
        `The operation's ${measure} is ${result[measure]}; the limit is ${limit}. Ask for fewer levels or fields, or smaller pages (first).`,
        { extensions: { code: 'OPERATION_LIMIT', [measure]: result[measure], limit } },
      );
    },
  },
  // Inputs are checked with the same zod rules as the seed and the import (src/model/fields.ts);
  // every problem is reported at once, each with the path of the field at fault.
  validation: {
    validationError: (failure) => invalidInput(failure.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }))),
  },
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({ curator: context.viewer?.scopes.includes('curator') ?? false }),
    unauthorizedError: (_parent, context, info) =>
      new GraphQLError(
        context.viewer
          ? `The API key "${context.viewer.name}" lacks the curator scope that ${info.parentType.name}.${info.fieldName} needs.`
          : `${info.parentType.name}.${info.fieldName} needs an API key with the curator scope: send "Authorization: Bearer <key>".`,
        { extensions: { code: 'FORBIDDEN' } },
      ),
  },
  relay: {
    clientMutationId: 'omit',
    decodeGlobalID: decodeNodeID,
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items on this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of this item; pass it as `after` to continue from here.' },
    idFieldOptions: { description: 'Relay global ID: opaque, unique across all types, accepted by `node(id:)`.' },
    nodeTypeOptions: { description: 'Anything that can be fetched again by its global ID with `node(id:)`.' },
    nodeQueryOptions: {
      description: 'The object with this Relay global ID, or null when there is none.',
      args: { id: { description: 'A global ID, as any `id` field returns it.' } },
    },
    nodesQueryOptions: {
      description: 'The objects with these Relay global IDs, in order; null for each unknown ID.',
      args: { ids: { description: 'Global IDs, as `id` fields return them.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page sits in the whole list (Relay cursor connections).' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item on this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item on this page; pass it as `after` for the next page.' },
    firstArgOptions: { description: `How many items to return (default 20, at most 100).` },
    afterArgOptions: { description: 'Return the items after this cursor.' },
    lastArgOptions: { description: 'How many items to return from the end of the window.' },
    beforeArgOptions: { description: 'Return the items before this cursor.' },
    defaultConnectionTypeOptions: { description: 'One page of a list, with its total size (Relay cursor connection).' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
  },
});

/**
 * A field costs 1, and its selections cost as often as it can return items: `first` of them for a page
 * (a connection's own edges list multiplies by 10, so the connection contributes first / 10), 10 for
 * other lists, once for single objects.
 */
function pagedComplexity(args: Record<string, unknown>, _context: Context, field: GraphQLField<unknown, Context>) {
  const list = isListType(getNullableType(field.type));
  const paged = field.args.some((arg) => arg.name === 'first');
  if (!paged) return { field: 1, multiplier: list ? 10 : 1 };
  const first = typeof args.first === 'number' ? Math.max(args.first, 1) : list ? 10 : DEFAULT_PAGE_SIZE;
  return { field: 1, multiplier: list ? first : first / 10 };
}

/**
 * A scalar that is a string of one written form, checked by `isValid`: a value of another form is
 * refused with `rule`. Variables get a GraphQLError, which graphql-js prefixes with the variable's
 * name and Yoga does not mask; literals a plain error, to which graphql-js adds the value's
 * location and useArgumentNamesInValueErrors the argument's name.
 */
function writtenFormScalar(name: 'Date' | 'DateTime', description: string, rule: string, isValid: (value: string) => boolean) {
  builder.scalarType(name, {
    description,
    serialize: (value) => value,
    parseValue: (value) => {
      if (typeof value === 'string' && isValid(value)) return value;
      throw new GraphQLError(`${rule}, got ${JSON.stringify(value)}`);
    },
    parseLiteral: (node) => {
      if (node.kind === Kind.STRING && isValid(node.value)) return node.value;
      throw new TypeError(rule);
    },
  });
}

writtenFormScalar(
  'Date',
  'A calendar date in ISO 8601 form, YYYY-MM-DD, with no time and no time zone.',
  'Date must be a calendar date written YYYY-MM-DD',
  isCalendarDate,
);

writtenFormScalar(
  'DateTime',
  'An instant in ISO 8601 form with its offset, such as 2026-12-01T11:32:04.123456789Z, to the nanosecond: the form ' +
    'of the times this API returns (createdAt, retractedAt, extensions.knownAt), so that one can be passed back as it is.',
  'DateTime must be an ISO 8601 instant with its offset, such as 2026-12-01T11:32:04.5Z (at most 9 digits of fraction)',
  (value) => parseInstant(value) !== null,
);

/** The object types whose global IDs `node(id:)` resolves: what any `id` field of this API returns. */
const NODE_TYPES = new Set([...Object.values(KIND_LABELS), 'Relation', 'Source']);

/**
 * Reads a global ID for `node(id:)` and `nodes(ids:)`. One that is not base64 of "Type:key" for a
 * node type of this API is refused with a code and without echoing it back: an ID may be long, and
 * a refusal that repeats the input amplifies it.
 */
function decodeNodeID(globalID: string): { typename: string; id: string } {
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = decodeGlobalID(globalID);
  } catch {
    decoded = null;
  }
  if (!decoded || !NODE_TYPES.has(decoded.typename) || decoded.id.length === 0) {
    throw new GraphQLError('Argument "id" is not a global ID of this API: pass an `id` field\'s value as it was returned.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' },
    });
  }
  return decoded;
}
