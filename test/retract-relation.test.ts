import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyring, hashApiKey, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { cypher } from '../src/neo4j/statement.js';
import { writeSeed } from '../src/seed/write-seed.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/** The first curation mutation, and who may run it: a curator's key, nobody else. */

const prefix = uniquePrefix('retract');
const key = (name: string) => `${prefix}-${name}`;
const curator = newApiKey('alice', ['curator']);
const reader = newApiKey('app', ['reader']);

const RETRACT = `mutation ($key: String!, $reason: String!) {
  retractRelation(key: $key, reason: $reason) { key retractedAt retractedReason retractedBy }
}`;
const READ = `query ($key: String!) {
  relations(filter: { subject: $key }) { totalCount }
  all: relations(filter: { subject: $key, includeRetracted: true }) { edges { node { key retractedAt retractedBy } } }
}`;
const DELETE_RELATIONS = cypher('test.deleteRelations', 'MATCH (relation:Relation) WHERE relation.id STARTS WITH $prefix DETACH DELETE relation');

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
const bearer = (apiKey: string) => ({ authorization: `Bearer ${apiKey}` });

beforeAll(async () => {
  graph = connectTestGraph();
  const { entries } = parseApiKeys([curator.entry, reader.entry].join(','));
  yoga = createYogaServer({ database: graph.database, logger: silentLogger, keyring: new ApiKeyring(entries) });
  await writeSeed(graph.database, {
    entities: ['ada', 'bea'].map((name) => ({
      key: key(name), kind: 'PERSON' as const, name, aliases: [], description: null, subKind: null, date: null,
    })),
    sources: [{ key: key('source'), kind: 'REFERENCE', title: 'Test', url: null, publisher: null, publishedAt: null, text: null }],
    relations: ['one', 'two'].map((name) => ({
      id: key(name), type: 'SUCCEEDED' as const, subject: key('bea'), object: key('ada'), context: null,
      validFrom: null, validTo: null, confidence: 1,
      evidence: [{ source: key('source'), quote: 'bea followed ada', start: null, end: null, confidence: 1, locator: null }],
    })),
  });
});

afterAll(async () => {
  await graph.database.write(DELETE_RELATIONS, { prefix });
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
});

describe('retractRelation', () => {
  it('refuses without a key, with a reader key and with an unknown key, and changes nothing', async () => {
    const variables = { key: key('one'), reason: 'test' };
    const anonymous = await execute(yoga, RETRACT, variables);
    expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(anonymous.errors?.[0]?.message).toMatch(/needs an API key with the curator scope/);

    const readOnly = await execute(yoga, RETRACT, variables, bearer(reader.key));
    expect(readOnly.errors?.[0]?.message).toBe('The API key "app" lacks the curator scope that Mutation.retractRelation needs.');

    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': `${curator.key}x` },
      body: JSON.stringify({ query: RETRACT, variables }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].message).toBe('The API key is not recognised.');

    const { data } = await execute(yoga, READ, { key: key('bea') });
    expect(data.relations.totalCount).toBe(2);
  });

  it('retracts with a curator key, records who and why, and the relation leaves the lists', async () => {
    const { data, errors } = await execute(yoga, RETRACT, { key: key('one'), reason: '  duplicate of two ' }, bearer(curator.key));
    expect(errors).toBeUndefined();
    expect(data.retractRelation).toMatchObject({ key: key('one'), retractedReason: 'duplicate of two', retractedBy: 'alice' });
    expect(Date.parse(data.retractRelation.retractedAt)).toBeGreaterThan(Date.now() - 60_000);

    const after = (await execute(yoga, READ, { key: key('bea') })).data;
    expect(after.relations.totalCount).toBe(1);
    expect(after.all.edges.find((edge: any) => edge.node.key === key('one')).node.retractedBy).toBe('alice');
  });

  it('names the argument at fault: an unknown relation, one already retracted, an empty reason', async () => {
    const unknown = await execute(yoga, RETRACT, { key: key('nope'), reason: 'x' }, bearer(curator.key));
    expect(unknown.errors?.[0]?.message).toBe(`Argument "key" names no relation: "${key('nope')}".`);
    const again = await execute(yoga, RETRACT, { key: key('one'), reason: 'x' }, bearer(curator.key));
    expect(again.errors?.[0]?.message).toMatch(/Argument "key" names a relation already retracted on \d{4}-/);
    const empty = await execute(yoga, RETRACT, { key: key('two'), reason: '   ' }, bearer(curator.key));
    expect(empty.errors?.[0]?.message).toBe('Argument "reason" must be 1 to 500 characters.');
    expect((await execute(yoga, READ, { key: key('bea') })).data.relations.totalCount).toBe(1);
  });
});

describe('API keys', () => {
  it('admit only the key whose hash is listed, and list every bad entry', () => {
    const keyring = new ApiKeyring(parseApiKeys(`alice:curator:${hashApiKey('secret')}`).entries);
    expect(keyring.verify('secret')).toEqual({ name: 'alice', scopes: ['curator'] });
    expect(keyring.verify('Secret')).toBeNull();
    const { problems } = parseApiKeys(`bob:admin:${hashApiKey('x')},carol:curator:abc,:reader:${hashApiKey('y')}`);
    expect(problems).toEqual([
      'entry 1 ("bob") has scopes "admin"; use reader and/or curator, joined with \'+\'',
      'entry 2 ("carol") needs the key\'s SHA-256 as 64 hex digits (npm run api-key makes one)',
      "entry 3 must be written name:scopes:sha256 with a name of letters, digits, '.', '_' or '-'",
    ]);
  });
});
