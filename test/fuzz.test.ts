import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { useSeedApi } from './support/seed-api.js';

/**
 * Property-based tests (fast-check): arguments of the right GraphQL types but arbitrary values for every
 * root query field, and arbitrary documents. The server may refuse (a clear error) but never fails:
 * no 5xx, no masked internal error. Bounded by a fixed number of runs per property.
 */

const RUNS = 40;
const api = useSeedApi('header');

const text = fc.oneof(
  { arbitrary: fc.constantFrom('keir-starmer', 'labour-party', 'ap-2021-05-07-hartlepool', 'starmer', '', ' ', '*', '"})//', '\\', 'ünïcödé'), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
);
const dates = fc.oneof(
  fc.date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2020-04-04', '2021-05-06'),
);

/** A value of the input type: valid for GraphQL, anything for the resolvers. */
function arbitraryValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryValue(type.ofType, depth);
  const nullable = (arbitrary: fc.Arbitrary<unknown>) => fc.option(arbitrary, { nil: null, freq: 5 });
  if (isListType(type)) return nullable(fc.array(arbitraryValue(type.ofType, depth + 1), { maxLength: 4 }));
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((value) => value.name)));
  if (isInputObjectType(type)) {
    if (depth > 2) return fc.constant(null);
    const fields = Object.values(type.getFields());
    return nullable(fc.record(Object.fromEntries(fields.map((field) => [field.name, arbitraryValue(field.type, depth + 1)])), { requiredKeys: [] }));
  }
  switch (type.name) {
    case 'Int':
      return nullable(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 10 }), weight: 3 }, { arbitrary: fc.integer({ min: -5, max: 200 }), weight: 1 }, { arbitrary: fc.integer(), weight: 1 }));
    case 'Float':
      return nullable(fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return nullable(fc.boolean());
    case 'Date':
      return nullable(dates);
    default:
      return nullable(text);
  }
}

/** `field(arg: $arg …) { __typename }`, with variables typed as the arguments are. */
function operationFor(field: GraphQLField<unknown, unknown>) {
  const selection = isObjectType(getNamedType(field.type)) || isAbstractType(getNamedType(field.type)) ? ' { __typename }' : '';
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const query = `query${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  // Required arguments always, optional ones about half the time, so that most requests get past the
  // argument checks and reach the resolvers and Cypher.
  const variables = fc.record(
    Object.fromEntries(field.args.map((arg) => [arg.name, isNonNullType(arg.type) ? arbitraryValue(getNullableType(arg.type)).filter((value) => value !== null) : arbitraryValue(arg.type)])),
    { requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name) },
  );
  return { query, variables };
}

async function send(body: unknown) {
  const response = await api.yoga().fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  const payload = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, errors: payload.errors ?? [] };
}

function neverFails({ status, errors }: Awaited<ReturnType<typeof send>>) {
  expect(status).toBeLessThan(500);
  expect(errors.filter((error) => error.message === 'Unexpected error.' || error.extensions?.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
}

describe('every root query field, with arbitrary arguments of the right types', () => {
  const fields = Object.values(schema.getQueryType()!.getFields());
  it.each(fields.map((field) => [field.name, field] as const))('%s never fails', async (_name, field) => {
    const { query, variables } = operationFor(field);
    await fc.assert(
      fc.asyncProperty(variables, async (values) => neverFails(await send({ query, variables: values }))),
      { numRuns: RUNS },
    );
  }, 60_000);
});

describe('arbitrary documents', () => {
  it('are refused, never failed', async () => {
    const documents = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom('{', '}', '(', ')', 'query', 'entity', 'key:', '"x"', '...', 'on', 'Query', '$a', ':', 'String!', '@include', '[', ']', '#'), { maxLength: 40 }).map((tokens) => tokens.join(' ')),
    );
    await fc.assert(fc.asyncProperty(documents, async (query) => neverFails(await send({ query }))), { numRuns: RUNS * 3 });
  }, 60_000);

  it('with arbitrary variables and operation names, are refused, never failed', async () => {
    const bodies = fc.record({ query: fc.constantFrom('{ __typename }', 'query Q($k: String!) { entity(key: $k) { key } }'), variables: fc.jsonValue(), operationName: fc.oneof(fc.string(), fc.constant(null)) });
    await fc.assert(fc.asyncProperty(bodies, async (body) => neverFails(await send(body))), { numRuns: RUNS * 2 });
  }, 60_000);
});
