import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { EXAMPLE_TABS } from '../src/graphiql-examples.js';
import { schema } from '../src/schema/index.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/** The operations GraphiQL opens with are valid against the schema, and say truly what they do. */

const curator = newApiKey('curator', ['curator']);
let graph: TestGraph;

beforeAll(() => {
  graph = connectTestGraph();
});

afterAll(async () => {
  await graph.close();
});

describe('GraphiQL example tabs', () => {
  it.each(EXAMPLE_TABS.map((tab) => [tab.query.match(/(?:query|mutation) (\w+)/)?.[1] ?? '?', tab.query]))('%s is valid', (_name, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });

  it('the curator example is refused on the seed, as its comment says, naming the relation that records the fact', async () => {
    const yoga = createYogaServer({ database: graph.database, logger: silentLogger, keyring: new ApiKeyring(parseApiKeys(curator.entry).entries) });
    const example = EXAMPLE_TABS.find((tab) => tab.query.includes('mutation CuratorAssertsAFact'))!;
    const { errors } = await execute(yoga, example.query, {}, { authorization: `Bearer ${curator.key}` });
    expect(errors?.[0]?.extensions?.problems).toEqual([
      { path: 'input', message: 'the same fact is already recorded as relation "steve-reed-spokesperson-for-labour-party": add your evidence to it with addEvidence' },
    ]);
  });
});
