import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KeysFileError, watchKeysFile } from '../src/auth/api-keys-file.js';
import { ApiKeyring, newApiKey, parseApiKeysFile } from '../src/auth/api-keys.js';
import { createLogger } from '../src/logger.js';
import { freePort } from '../src/neo4j/free-port.js';
import { projectRoot, startServerProcess, type ServerProcess } from './support/processes.js';

/**
 * API keys in a file (API_KEYS_FILE) that a running server reads again when it changes: a key added
 * is admitted, a key removed is refused, and a broken file is logged while the keys in force stay,
 * all without a restart. Against a real `npm start` process on the run's Neo4j.
 */

let folder: string;
let keysFile: string;
let server: ServerProcess;
let port: number;

const alice = newApiKey('alice', ['reader']);
const bob = newApiKey('bob', ['reader']);
const fixed = newApiKey('fixed', ['reader']);

/** The status of a read sent with `key`. */
async function statusWith(key: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Waits for the server to answer `key` with `status`: a change to the file takes effect within a second or so. */
async function untilStatus(key: string, status: number, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = await statusWith(key);
  while (last !== status && Date.now() < deadline) {
    await delay(100);
    last = await statusWith(key);
  }
  return last;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'political-graph-keys-'));
  keysFile = path.join(folder, 'api-keys.txt');
  await writeFile(keysFile, `# readers\n${alice.entry}\n`);
  port = await freePort();
  const neo4j = inject('neo4j');
  server = startServerProcess({
    PORT: String(port),
    LOG_FORMAT: 'json',
    SEED_ON_EMPTY: 'false',
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_DATABASE: neo4j.database,
    ...(neo4j.password ? { NEO4J_PASSWORD: neo4j.password } : {}),
    API_KEYS: fixed.entry,
    API_KEYS_FILE: keysFile,
  });
  await server.waitForOutput(/GraphQL server ready/, 60_000);
}, 90_000);

afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill('SIGINT');
    await server.exited;
  }
  await rm(folder, { recursive: true, force: true });
});

describe('API_KEYS_FILE on a running server', () => {
  it('admits a key added to the file and refuses one removed, without a restart', async () => {
    expect(await statusWith(alice.key)).toBe(200);
    expect(await statusWith(fixed.key)).toBe(200);
    expect(await statusWith(bob.key)).toBe(401);

    await writeFile(keysFile, `# readers\n${alice.entry}\n${bob.entry}\n`);
    expect(await untilStatus(bob.key, 200)).toBe(200);

    await writeFile(keysFile, `# readers\n${bob.entry}\n`);
    expect(await untilStatus(alice.key, 401)).toBe(401);
    expect(await statusWith(bob.key)).toBe(200);
    // API_KEYS stays beside the file.
    expect(await statusWith(fixed.key)).toBe(200);
  }, 60_000);

  it('keeps the keys in force when the file is broken, and logs what is wrong and where', async () => {
    await writeFile(keysFile, `${bob.entry}\n${alice.entry.replace(':reader:', ':admin:')}\nnot an entry\n`);
    await server.waitForOutput(/was not reloaded/, 10_000);
    const logged = server.output().split('\n').filter((line) => line.includes('was not reloaded')).map((line) => JSON.parse(line));
    expect(logged.at(-1).problems).toEqual([
      'line 2 ("alice") has scopes "admin"; use reader and/or curator, joined with \'+\'',
      "line 3 (\"not an entry\") must be written name:scopes:sha256 with a name of letters, digits, '.', '_' or '-'",
    ]);
    expect(logged.at(-1).file).toBe(keysFile);
    expect(await statusWith(bob.key)).toBe(200);
    expect(await statusWith(alice.key)).toBe(401);

    // Fixed again: read again.
    await writeFile(keysFile, `${alice.entry}\n`);
    expect(await untilStatus(alice.key, 200)).toBe(200);
    expect(await untilStatus(bob.key, 401)).toBe(401);
  }, 60_000);

  it('reads the file again on SIGHUP', async () => {
    const carol = newApiKey('carol', ['reader']);
    await writeFile(keysFile, `${alice.entry}\n${carol.entry}\n`);
    server.child.kill('SIGHUP');
    expect(await untilStatus(carol.key, 200)).toBe(200);
  }, 30_000);

  it('takes the keys npm run api-key -- --file adds to it', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/auth/api-key-cli.ts', '--name', 'dave', '--file', keysFile], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH },
    });
    const key = /^\s+(pg_\S+)$/m.exec(stdout)![1]!;
    expect(stdout).toContain('scopes reader');
    expect(parseApiKeysFile(await readFile(keysFile, 'utf8')).entries.map((entry) => [entry.name, entry.scopes])).toEqual([
      ['alice', ['reader']],
      ['carol', ['reader']],
      ['dave', ['reader']],
    ]);
    expect(await untilStatus(key, 200)).toBe(200);
  }, 60_000);
});

describe('API_KEYS_FILE at start-up', () => {
  it('stops a server whose keys file is broken, naming the line, before it starts anything', async () => {
    const broken = path.join(folder, 'broken-keys.txt');
    await writeFile(broken, `${alice.entry}\n\nbob:reader:not-a-hash\n`);
    const refused = startServerProcess({ LOG_FORMAT: 'json', NEO4J_URI: inject('neo4j').uri, API_KEYS_FILE: broken });
    expect(await refused.exited).toEqual({ code: 1, signal: null });
    expect(refused.output()).toContain('line 3 (\\"bob\\") needs the key\'s SHA-256 as 64 hex digits');
    expect(refused.output()).not.toMatch(/Starting embedded Neo4j|GraphQL server ready/);
  }, 60_000);
});

describe('a keys file the server must not trust', () => {
  it('never repeats a key pasted in place of its entry in what it logs', () => {
    const { problems } = parseApiKeysFile(`${alice.key}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 1 has scopes ""/);
    expect(problems.join('\n')).not.toContain(alice.key);
  });

  it('refuses, at start-up, a file that others than its owner can write', async () => {
    const loose = path.join(folder, 'loose-keys.txt');
    await writeFile(loose, `${alice.entry}\n`);
    await chmod(loose, 0o666);
    const refused = await watchKeysFile(loose, [], new ApiKeyring([]), createLogger({ log: { level: 'silent', format: 'json' } })).then(
      (watch) => {
        watch.close();
        return null;
      },
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(KeysFileError);
    expect((refused as Error).message).toMatch(/can be written by others than its owner \(mode 666\)/);
  });
});
