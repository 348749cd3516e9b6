import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';

/**
 * The Java launcher is built on first use rather than at `npm install`, so that deployments
 * pointing at an external Neo4j never need Java or Maven. A fingerprint of the launcher's sources
 * decides when a rebuild is due.
 */

export const launcherDirectory = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const targetDirectory = path.join(launcherDirectory, 'target');
const fingerprintFile = path.join(targetDirectory, 'sources.sha256');

export const launcherClasspath = [
  path.join(targetDirectory, 'embedded-neo4j.jar'),
  path.join(targetDirectory, 'lib', '*'),
].join(path.delimiter);

export const launcherMainClass = 'org.politicalgraph.neo4j.EmbeddedNeo4j';

export async function ensureLauncherBuilt(logger: Logger): Promise<void> {
  const fingerprint = await sourcesFingerprint();
  if (existsSync(fingerprintFile) && (await readFile(fingerprintFile, 'utf8')) === fingerprint) {
    return;
  }
  logger.info('Building the embedded Neo4j launcher with Maven (the first build downloads Neo4j, about 125 MB)');
  await runMaven(['-B', '-q', '-Dstyle.color=never', '-f', path.join(launcherDirectory, 'pom.xml'), 'package']);
  await writeFile(fingerprintFile, fingerprint);
}

async function sourcesFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [path.join(launcherDirectory, 'pom.xml'), ...(await javaSources())]) {
    hash.update(path.relative(launcherDirectory, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

async function javaSources(): Promise<string[]> {
  const entries = await readdir(path.join(launcherDirectory, 'src'), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.java'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // Maven's output goes straight to the terminal: a first download is slow and worth watching.
    const maven = spawn('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    maven.on('error', (error) =>
      reject(
        new Error(
          `Could not run Maven ('mvn ${args.join(' ')}'): ${error.message}. ` +
            'Install Maven and Java 17+, or set NEO4J_URI to use an external Neo4j.',
        ),
      ),
    );
    maven.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`Maven failed to build the embedded Neo4j launcher ('mvn ${args.join(' ')}' ended with ${signal ?? `exit code ${code}`})`)),
    );
  });
}
