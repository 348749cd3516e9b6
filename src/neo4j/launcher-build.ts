import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
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
  await runMaven(mavenBuildArguments(path.join(launcherDirectory, 'pom.xml')), logger);
  await writeFile(fingerprintFile, fingerprint);
  logger.info('Built the embedded Neo4j launcher');
}

/**
 * Maven as a logging child: batch mode (no prompts, no progress bars), no colour, no download meter.
 * Maven 3.8 still writes colour resets ("ESC[0m") in batch mode, hence mavenLogLine as well.
 */
export const MAVEN_OUTPUT_OPTIONS = ['--batch-mode', '--no-transfer-progress', '-Dstyle.color=never'] as const;

export function mavenBuildArguments(pom: string): string[] {
  return [...MAVEN_OUTPUT_OPTIONS, '-f', pom, 'package'];
}

/** ANSI escape sequences: CSI (colours, cursor), OSC (titles, links), and the two-character ones. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what this removes.
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: so are control characters left over (a lone ESC, a carriage return).
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** A line of a child's output as the log may carry it: without escape sequences or control characters. */
export function cleanLogLine(line: string): string {
  return line.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTER, '').trimEnd();
}

/** Maven's "[WARNING] …" as a log level and a message; blank lines (once their escapes and tag are gone) as null. */
export function mavenLogLine(raw: string): { level: 'error' | 'warn' | 'info'; message: string } | null {
  const line = cleanLogLine(raw);
  if (line.trim() === '') return null;
  const tagged = /^\[(FATAL|ERROR|WARNING|WARN|INFO)\] ?(.*)$/.exec(line);
  if (!tagged) return { level: 'info', message: line };
  const level = tagged[1] === 'FATAL' || tagged[1] === 'ERROR' ? 'error' : tagged[1] === 'INFO' ? 'info' : 'warn';
  return tagged[2]!.trim() === '' ? null : { level, message: tagged[2]! };
}

const MAVEN_LINES_KEPT = 40;

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

/**
 * Runs Maven with its output in the log, one entry per line ({maven: line}), cleaned: a first build is
 * slow and worth watching, and its lines must not break a JSON log. A failure names the last lines.
 */
export function runMaven(args: string[], logger: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    const maven = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const closed = [maven.stdout, maven.stderr].map(
      (stream) =>
        new Promise<void>((done) => {
          createInterface({ input: stream, crlfDelay: Infinity })
            .on('line', (raw) => {
              const line = mavenLogLine(raw);
              if (line === null) return;
              tail.push(line.message);
              if (tail.length > MAVEN_LINES_KEPT) tail.shift();
              logger[line.level]({ maven: line.message }, 'Maven');
            })
            .on('close', done);
        }),
    );
    maven.on('error', (error) =>
      reject(
        new Error(
          `Could not run Maven ('mvn ${args.join(' ')}'): ${error.message}. ` +
            'Install Maven and Java 17+, or set NEO4J_URI to use an external Neo4j.',
        ),
      ),
    );
    maven.on('exit', (code, signal) => {
      void Promise.all(closed).then(() =>
        code === 0
          ? resolve()
          : reject(
              new Error(
                `Maven failed to build the embedded Neo4j launcher ('mvn ${args.join(' ')}' ended with ${signal ?? `exit code ${code}`})` +
                  (tail.length > 0 ? `:\n${tail.join('\n')}` : ''),
              ),
            ),
      );
    });
  });
}
