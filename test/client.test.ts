import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import codegenConfig from '../codegen.js';
import {
  createClient,
  GraphQLRequestError,
  officeHolderQuery,
  pathsQuery,
  searchQuery,
  entityRelationsQuery,
} from '@political-graph/client';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { listen } from './support/http-server.js';
import { projectRoot } from './support/processes.js';

/** The typed client as an app uses it: over HTTP, against a server on a real port, on the seed. */

let graph: TestGraph;
let server: Awaited<ReturnType<typeof listen>>;
let url: string;

beforeAll(async () => {
  graph = connectTestGraph();
  server = await listen(createYogaServer({ database: graph.database, logger: silentLogger }));
  url = `${server.origin}/graphql`;
});

afterAll(async () => {
  await server.close();
  await graph.close();
});

describe('createClient', () => {
  it('returns typed data for typed variables', async () => {
    const client = createClient({ url });
    const { search } = await client.request(searchQuery, { query: 'Sturgeon', first: 3 });
    expect(search.edges[0]?.node).toMatchObject({ key: 'nicola-sturgeon', kind: 'PERSON' });

    const { entity } = await client.request(entityRelationsQuery, { key: 'labour-party', asOf: '2020-01-01', types: ['LEADS'], direction: 'IN' });
    expect(entity?.relations.edges.map(({ node }) => node.subject.name)).toEqual(['Jeremy Corbyn']);
  });

  it('throws GraphQLRequestError carrying the messages and paths', async () => {
    const client = createClient({ url });
    const error = await client
      .request(pathsQuery, { from: 'nicola-sturgeon', to: 'keir-starmer', maxHops: 12 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    const requestError = error as GraphQLRequestError;
    expect(requestError.status).toBe(200);
    expect(requestError.errors).toHaveLength(1);
    expect(requestError.errors[0]).toMatchObject({ path: ['paths'], extensions: { argumentName: 'maxHops' } });
    expect(requestError.message).toContain('(at paths)');
  });

  it('reports an HTTP failure as a GraphQLRequestError with its status', async () => {
    const client = createClient({ url: `${server.origin}/no-such-endpoint` });
    const error = await client.request(searchQuery, { query: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).status).toBe(404);
  });

  it('sends its headers, asked for afresh on each request, through the fetch it is given', async () => {
    const sent: string[] = [];
    let calls = 0;
    const client = createClient({
      url,
      headers: () => {
        calls += 1;
        return { 'x-query-cost': 'true', 'x-request-number': String(calls) };
      },
      fetch: (input, init) => {
        sent.push(new Headers(init?.headers).get('x-request-number') ?? 'none');
        return fetch(input, init);
      },
    });
    await client.request(officeHolderQuery, { office: 'mayor-of-london', asOf: '2021-05-07' });
    await client.request(officeHolderQuery, { office: 'mayor-of-london', asOf: '2021-05-07' });
    expect(sent).toEqual(['1', '2']);
  });
});

function runExample(file: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('examples', file), ...args], { cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the examples, against a real port', () => {
  it('who-held-office: the First Minister on 2021-05-07, with the sources', async () => {
    const { code, stdout, stderr } = await runExample('who-held-office.ts', ['--url', url, '--office', 'first-minister-of-scotland', '--date', '2021-05-07']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('On 2021-05-07, First Minister of Scotland was held by Nicola Sturgeon.');
    expect(stdout).toContain('"First Minister Nicola Sturgeon"');
  }, 30_000);

  it('who-held-office: the Labour leadership either side of 2020-04-04', async () => {
    const before = await runExample('who-held-office.ts', ['--url', url, '--office', 'leader-of-the-labour-party', '--date', '2020-04-03']);
    const after = await runExample('who-held-office.ts', ['--url', url, '--office', 'leader-of-the-labour-party', '--date', '2020-04-04']);
    expect(before.stdout).toContain('was held by Jeremy Corbyn.');
    expect(after.stdout).toContain('was held by Keir Starmer.');
  }, 30_000);

  it('how-connected: Sturgeon to Starmer, hop by hop, with who says so', async () => {
    const { code, stdout } = await runExample('how-connected.ts', ['--url', url, '--from', 'nicola-sturgeon', '--to', 'keir-starmer']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Path 1 \(4 hops\): Nicola Sturgeon → Scottish National Party → .+ → Labour Party → Keir Starmer$/m);
    expect(stdout).toContain(`Nicola Sturgeon LEADS Scottish National Party: "The SNP's leader, First Minister Nicola Sturgeon"`);
  }, 30_000);

  it('how-connected: a refused question is explained, with a non-zero exit', async () => {
    const { code, stderr } = await runExample('how-connected.ts', ['--url', url, '--max-hops', '12']);
    expect(code).toBe(1);
    expect(stderr).toContain('Argument "maxHops" must be between 1 and 6');
  }, 30_000);
});

it('the committed client code matches what codegen generates (run `npm run codegen`)', async () => {
  // Generate exactly as `npm run codegen` does, only into a scratch folder, and compare file by file.
  const committed = path.join(projectRoot, 'packages/client/src/generated');
  const scratch = await mkdtemp(path.join(tmpdir(), 'political-graph-codegen-'));
  const [target, options] = Object.entries(codegenConfig.generates)[0]!;
  expect(path.resolve(projectRoot, target)).toBe(committed);
  try {
    await generate({ ...codegenConfig, cwd: projectRoot, silent: true, generates: { [`${scratch}/`]: options } }, true);
    const names = (await readdir(scratch)).sort();
    expect(names).toEqual((await readdir(committed)).sort());
    for (const name of names) {
      expect(await readFile(path.join(committed, name), 'utf8'), name).toBe(await readFile(path.join(scratch, name), 'utf8'));
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
