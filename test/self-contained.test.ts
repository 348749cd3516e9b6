import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { projectRoot } from './support/processes.js';

/**
 * A clone stands on its own: no tracked file points outside the repository, except the Popolo test, which
 * must read the real files from beside the checkout (their licence is unstated, so they are never copied in),
 * and CI's script, which says that it provides them.
 */
it('no tracked file refers to a file outside the repository', async () => {
  const { stdout } = await promisify(execFile)('git', ['ls-files', '-z'], { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
  const allowed = new Set(['test/popolo-import.test.ts', 'test/self-contained.test.ts']);
  const outside: string[] = [];
  for (const file of stdout.split('\0').filter((name) => name && !allowed.has(name))) {
    const text = await readFile(path.join(projectRoot, file), 'utf8').catch(() => '');
    for (const [index, line] of text.split('\n').entries()) {
      // CI's script may say, in a comment, that it provides the shared folder.
      if (file === '.ci/run' && line.trimStart().startsWith('#')) continue;
      if (/\.\.\/shared\b|\/work\/shared\b|'\.\.', 'shared'|"\.\.", "shared"/.test(line)) outside.push(`${file}:${index + 1}: ${line.trim()}`);
    }
  }
  expect(outside).toEqual([]);
});
