import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { listen } from './support/http-server.js';
import { projectRoot } from './support/processes.js';

/**
 * The client as an outside app gets it: `npm pack` in packages/client, `npm install` of the tarball into an
 * empty folder, and the app of the package's README (its code blocks, written out as they stand) type-checked,
 * generated and run against a server on a real port. The app's dev tools (codegen, its preset, TypeScript,
 * @types/node) are this repository's installed copies, linked in rather than downloaded again: the same
 * versions the README names.
 */

const run = promisify(execFile);
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

let scratch: string;
let app: string;
let graph: TestGraph;
let server: Awaited<ReturnType<typeof listen>>;

/** The README's code blocks whose first line names a file (`// codegen.ts`), by that name. */
async function readmeFiles(): Promise<Map<string, string>> {
  const readme = await readFile(path.join(projectRoot, 'packages/client/README.md'), 'utf8');
  const files = new Map<string, string>();
  for (const [, body] of readme.matchAll(/```(?:ts|jsonc)\n([\s\S]*?)```/g)) {
    const named = body!.match(/^\/\/ ([\w./-]+)\n/);
    if (named) files.set(named[1]!, body!);
  }
  return files;
}

async function typeCheck(): Promise<{ ok: boolean; output: string }> {
  try {
    await run(bin('tsc'), ['-p', '.'], { cwd: app });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) };
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'political-graph-client-package-'));
  // Packed from a copy of what a checkout holds (no dist/, no copied schema), so that prepack must build
  // the package, and so that other test files reading the workspace's dist/ never see it rewritten.
  const checkout = path.join(scratch, 'checkout');
  for (const part of ['tsconfig.json', 'schema/schema.graphql', 'packages/client/package.json', 'packages/client/tsconfig.json', 'packages/client/README.md', 'packages/client/scripts', 'packages/client/src']) {
    await cp(path.join(projectRoot, part), path.join(checkout, part), { recursive: true });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(checkout, 'node_modules'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: path.join(checkout, 'packages/client') });
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];

  app = path.join(scratch, 'app');
  await mkdir(app);
  await run('npm', ['init', '-y'], { cwd: app });
  await run('npm', ['pkg', 'set', 'type=module'], { cwd: app });
  await run('npm', ['install', path.join(scratch, filename), '--no-audit', '--no-fund', '--prefer-offline'], { cwd: app });

  for (const tool of ['@graphql-codegen', '@types']) await symlink(path.join(projectRoot, 'node_modules', tool), path.join(app, 'node_modules', tool));
  for (const [name, text] of await readmeFiles()) {
    await mkdir(path.dirname(path.join(app, name)), { recursive: true });
    await writeFile(path.join(app, name), text);
  }
  await run(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: app });

  graph = connectTestGraph();
  server = await listen(createYogaServer({ database: graph.database, logger: silentLogger }));
}, 180_000);

afterAll(async () => {
  await server?.close();
  await graph?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('the packed client in an empty app', () => {
  it('installs three packages, none of the server', async () => {
    const lock = JSON.parse(await readFile(path.join(app, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const installed = Object.keys(lock.packages).filter((name) => name.startsWith('node_modules/'));
    // The issue allows a dozen; the package promises these three: itself, and two for types.
    expect(installed.sort()).toEqual(['node_modules/@graphql-typed-document-node/core', 'node_modules/@political-graph/client', 'node_modules/graphql']);
    const shipped = await readdir(path.join(app, 'node_modules/@political-graph/client'));
    expect(shipped.sort()).toEqual(['README.md', 'dist', 'package.json', 'schema.graphql']);
  });

  it("the README's app generates its own types, type-checks, and answers from a running server", async () => {
    expect([...(await readmeFiles()).keys()].sort()).toEqual(['codegen.ts', 'src/main.ts', 'tsconfig.json']);
    expect(await readdir(path.join(app, 'src/gql'))).toContain('graphql.ts');
    expect(await typeCheck()).toEqual({ ok: true, output: '' });

    const { stdout } = await run(bin('tsx'), ['src/main.ts', `${server.origin}/graphql`], { cwd: app });
    expect(stdout).toContain('holder: Nicola Sturgeon');
    expect(stdout).toContain('own query: Keir Starmer is a PERSON');
  }, 120_000);

  it('a misspelt variable, in a ready operation or in its own, is a compile error', async () => {
    const main = path.join(app, 'src/main.ts');
    const original = await readFile(main, 'utf8');
    try {
      await writeFile(main, original.replace("asOf: '2021-05-07'", "asOff: '2021-05-07'").replace("{ key: 'keir-starmer' }", "{ kee: 'keir-starmer' }"));
      const { ok, output } = await typeCheck();
      expect(ok).toBe(false);
      expect(output).toMatch(/src\/main\.ts\(\d+,\d+\): error TS2561: .*'asOff' does not exist/);
      expect(output).toMatch(/src\/main\.ts\(\d+,\d+\): error TS(2561|2353): .*'kee' does not exist/);
    } finally {
      await writeFile(main, original);
    }
  }, 60_000);
});
