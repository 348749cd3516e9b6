import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { cleanLogLine, mavenBuildArguments, MAVEN_OUTPUT_OPTIONS, mavenLogLine, runMaven } from '../src/neo4j/launcher-build.js';

/**
 * Building the embedded Neo4j's launcher runs Maven, whose lines go to the server's log: in batch mode,
 * without colour or a download meter, and cleaned of the escape codes Maven 3.8 writes even so, so that
 * a JSON log stays JSON.
 */

const ESC = '\u001b';

/** A JSON logger whose lines are kept, as the server's log would carry them. */
function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter((line) => line !== ''));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

const hasMaven = (() => {
  try {
    execFileSync('mvn', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('Maven for the launcher', () => {
  it('runs in batch mode, without colour or transfer progress', () => {
    expect(mavenBuildArguments('/x/pom.xml')).toEqual(['--batch-mode', '--no-transfer-progress', '-Dstyle.color=never', '-f', '/x/pom.xml', 'package']);
  });

  it('cleans the escape codes and control characters out of a line, and reads its level', () => {
    expect(cleanLogLine(`${ESC}[0m${ESC}[0mApache Maven 3.8.7`)).toBe('Apache Maven 3.8.7');
    expect(cleanLogLine(`${ESC}[1;31m[ERROR]${ESC}[m Failed\r`)).toBe('[ERROR] Failed');
    expect(cleanLogLine(`${ESC}]0;title${ESC}\\done${ESC}`)).toBe('done');
    expect(cleanLogLine('a\ttab stays')).toBe('a\ttab stays');
    expect(mavenLogLine(`${ESC}[1;33m[WARNING]${ESC}[m Using platform encoding`)).toEqual({ level: 'warn', message: 'Using platform encoding' });
    expect(mavenLogLine(`${ESC}[1;31m[ERROR]${ESC}[m COMPILATION ERROR`)).toEqual({ level: 'error', message: 'COMPILATION ERROR' });
    expect(mavenLogLine('[INFO] BUILD SUCCESS')).toEqual({ level: 'info', message: 'BUILD SUCCESS' });
    expect(mavenLogLine(`${ESC}[0m${ESC}[0m`)).toBeNull();
    expect(mavenLogLine('[INFO] ')).toBeNull();
  });

  it.skipIf(!hasMaven)('logs a real Maven run as JSON lines without one escape character', async () => {
    // The raw output has them: Maven 3.8 writes colour resets even in batch mode without colour.
    const raw = execFileSync('mvn', [...MAVEN_OUTPUT_OPTIONS, '--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const { logger, lines } = capturingLogger();
    await runMaven([...MAVEN_OUTPUT_OPTIONS, '--version'], logger);
    expect(lines.length).toBeGreaterThan(0);
    expect(raw).toContain(ESC);
    for (const line of lines) {
      // The logged text itself: pino would write an ESC as the six characters \u001b, which a terminal still obeys.
      const entry = JSON.parse(line);
      expect(entry).toMatchObject({ msg: 'Maven', maven: expect.any(String) });
      expect(entry.maven).not.toContain(ESC);
      expect(line).not.toContain('\\u001b');
    }
    expect(lines.map((line) => JSON.parse(line).maven).join('\n')).toContain(raw.replaceAll(ESC, '').match(/Apache Maven [\d.]+/)![0]);
  }, 60_000);

  it.skipIf(!hasMaven)('names the last lines of a failed run', async () => {
    const { logger, lines } = capturingLogger();
    await expect(runMaven([...MAVEN_OUTPUT_OPTIONS, '-f', '/nonexistent/pom.xml', 'package'], logger)).rejects.toThrow(/ended with exit code 1\):\n[\s\S]*Non-readable POM \/nonexistent\/pom.xml/);
    expect(lines.some((line) => JSON.parse(line).level === 50)).toBe(true);
    for (const line of lines) expect(JSON.parse(line).maven ?? '').not.toContain(ESC);
  }, 60_000);
});
