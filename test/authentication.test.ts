import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { parseConfig } from '../src/config.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';
import { projectRoot } from './support/processes.js';

/**
 * Credentials beside API keys: JWTs verified by Yoga's JWT plugin (HS256 here; a JWKS in a deployment
 * with an identity provider), and READS_REQUIRE_KEY, which closes reads to anonymous callers.
 */

const prefix = uniquePrefix('auth');
const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';
const reader = newApiKey('app', ['reader']);
const CREATE = `mutation ($key: String!) { createEntity(input: { key: $key, kind: PERSON, name: $key }) { audit { createdBy } } }`;

let graph: TestGraph;
let withJwt: ReturnType<typeof createYogaServer>;
let closed: ReturnType<typeof createYogaServer>;
const sign = (claims: object, options: jwt.SignOptions = {}, secret = SECRET) =>
  jwt.sign(claims, secret, {
    algorithm: 'HS256',
    issuer: 'https://id.example',
    audience: 'political-graph',
    ...('exp' in claims ? {} : { expiresIn: '5m' }),
    ...options,
  });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(() => {
  graph = connectTestGraph();
  const config = parseConfig({ JWT_SECRET: SECRET, JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'political-graph' });
  const keyring = new ApiKeyring(parseApiKeys(reader.entry).entries);
  withJwt = createYogaServer({ database: graph.database, logger: silentLogger, keyring, jwt: config.jwt });
  closed = createYogaServer({ database: graph.database, logger: silentLogger, keyring, readsRequireKey: true });
});

afterAll(async () => {
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
});

describe('JWT', () => {
  it('lets a token with the curator scope write, naming its subject in the audit fields', async () => {
    const { data, errors } = await execute(withJwt, CREATE, { key: `${prefix}-by-token` }, bearer(sign({ sub: 'carol', scope: 'openid curator' })));
    expect(errors).toBeUndefined();
    expect(data.createEntity.audit.createdBy).toBe('jwt:carol');
  });

  it('refuses a token without the scope, a forged or expired token, and one for another audience', async () => {
    const key = `${prefix}-refused`;
    const noScope = await execute(withJwt, CREATE, { key }, bearer(sign({ sub: 'dave', scope: 'openid' })));
    expect(noScope.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    for (const token of [
      sign({ sub: 'eve', scope: 'curator' }, {}, 'another-secret-that-is-also-long-enough-to-sign'),
      sign({ sub: 'eve', scope: 'curator', exp: Math.floor(Date.now() / 1000) - 60 }),
      sign({ sub: 'eve', scope: 'curator' }, { audience: 'someone-else' }),
    ]) {
      const response = await withJwt.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(token) },
        body: JSON.stringify({ query: CREATE, variables: { key } }),
      });
      expect(response.status).toBe(401);
      expect((await response.json()).errors[0].message).toMatch(/^The token was refused/);
    }
    const { data } = await execute(withJwt, `query ($key: String!) { entity(key: $key) { key } }`, { key });
    expect(data.entity).toBeNull();
  });

  it('refuses a token that never expires, and one issued longer ago than JWT_MAX_AGE_S', async () => {
    const key = `${prefix}-ageless`;
    const now = Math.floor(Date.now() / 1000);
    const forever = jwt.sign({ sub: 'mallory', scope: 'curator' }, SECRET, { algorithm: 'HS256', issuer: 'https://id.example', audience: 'political-graph' });
    const old = sign({ sub: 'mallory', scope: 'curator', iat: now - 2 * 86_400, exp: now + 3_600 });
    const refusals = [];
    for (const token of [forever, old]) {
      const response = await withJwt.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(token) },
        body: JSON.stringify({ query: CREATE, variables: { key } }),
      });
      expect(response.status).toBe(401);
      refusals.push((await response.json()).errors[0].message);
    }
    expect(refusals[0]).toBe('The token was refused: it has no "exp" claim, and tokens here must expire.');
    expect(refusals[1]).toMatch(/^The token was refused: it has expired or is older than JWT_MAX_AGE_S/);
    const { data } = await execute(withJwt, `query ($key: String!) { entity(key: $key) { key } }`, { key });
    expect(data.entity).toBeNull();
  });

  it('still admits API keys beside tokens', async () => {
    const { data, errors } = await execute(withJwt, `{ entities(first: 1) { totalCount } }`, {}, bearer(reader.key));
    expect(errors).toBeUndefined();
    expect(data.entities.totalCount).toBeGreaterThan(0);
  });
});

describe('READS_REQUIRE_KEY', () => {
  it('refuses an anonymous read with 401, on GraphQL and exports, and admits a reader key', async () => {
    const anonymous = await closed.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].message).toMatch(/requires a credential/);
    const exported = await closed.fetch('http://localhost/export/csv?key=keir-starmer');
    expect(exported.status).toBe(401);
    const { data, errors } = await execute(closed, `{ __typename }`, {}, bearer(reader.key));
    expect(errors).toBeUndefined();
    expect(data.__typename).toBe('Query');
  });

  it('hides "Did you mean …?" from everyone, so an anonymous caller cannot map the schema', async () => {
    const misspelt = await closed.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entit(key: "scotland") { key } }' }),
    });
    const body = JSON.stringify(await misspelt.json());
    expect(body).toMatch(/Cannot query field/);
    expect(body).not.toMatch(/Did you mean/);
  });

  it('is off unless set, and JWT settings are checked together', () => {
    expect(parseConfig({}).readsRequireKey).toBe(false);
    expect(parseConfig({ READS_REQUIRE_KEY: 'true' }).readsRequireKey).toBe(true);
    expect(() => parseConfig({ JWT_SECRET: SECRET, JWT_JWKS_URI: 'https://id.example/jwks.json' })).toThrow(/set one, not both/);
    expect(() => parseConfig({ JWT_AUDIENCE: 'x' })).toThrow(/need JWT_SECRET or JWT_JWKS_URI/);
    expect(() => parseConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
  });
});

describe('npm run api-key', () => {
  const makeKey = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/auth/api-key-cli.ts', ...args], { cwd: projectRoot, env: { PATH: process.env.PATH } });
  const admitted = (stdout: string) => {
    const [key, entry] = [/^\s+(pg_\S+)$/m.exec(stdout)![1]!, /^\s+(\S+:\S+:[0-9a-f]{64})$/m.exec(stdout)![1]!];
    return new ApiKeyring(parseApiKeys(entry).entries).verify(key);
  };

  it('makes a reader key unless curator is asked for, and says which', async () => {
    const plain = await makeKey('--name', 'bob');
    expect(plain.stdout).toContain('scopes reader');
    expect(admitted(plain.stdout)?.scopes).toEqual(['reader']);
    const curator = await makeKey('--name', 'carol', '--scopes', 'curator');
    expect(admitted(curator.stdout)?.scopes).toEqual(['curator']);
  }, 60_000);
});
