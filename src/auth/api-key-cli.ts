import { existsSync } from 'node:fs';
import { chmod, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from '../cli.js';
import { newApiKey, parseApiKeysFile, SCOPES, type Scope } from './api-keys.js';

/**
 * `npm run api-key -- --name alice --scopes curator [--file keys.txt]`: makes a new random key and
 * prints it once, with the entry that admits it (which holds only the key's hash): for API_KEYS, or
 * appended to a keys file (API_KEYS_FILE), which a running server reads again by itself. Without
 * --scopes the key only reads: writing is granted by asking for it, never by leaving an option out.
 */
runCommand(async () => {
  const { values } = parseArgs({ options: { name: { type: 'string' }, scopes: { type: 'string', default: 'reader' }, file: { type: 'string' } } });
  const scopes = values.scopes.split('+');
  if (!values.name || !/^[\w.-]+$/.test(values.name)) throw new Error('Give --name NAME (letters, digits, ".", "_" or "-").');
  const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
  if (unknown.length > 0) throw new Error(`Unknown scope ${unknown.join(', ')}; use ${SCOPES.join(' and/or ')}, joined with '+'.`);
  const { key, entry } = newApiKey(values.name, scopes as Scope[]);
  if (values.file) await appendEntry(values.file, values.name, entry);
  console.log(`API key for ${values.name}, scopes ${scopes.join(' and ')} (shown once; give it to its holder):\n  ${key}\n`);
  if (values.file) {
    console.log(`Added its entry to ${values.file}; a server started with API_KEYS_FILE=${values.file} admits it within a second:\n  ${entry}`);
  } else {
    console.log(`Add this entry to API_KEYS (comma-separated) where the server runs, or as a line of its API_KEYS_FILE (--file FILE adds it there):\n  ${entry}`);
  }
});

/**
 * Adds the entry as a line of the keys file, refusing a name the file already has. The new file is
 * written beside the old and renamed over it, so a server watching it never reads half of it.
 */
async function appendEntry(file: string, name: string, entry: string): Promise<void> {
  const before = existsSync(file) ? await readFile(file, 'utf8') : '';
  const parsed = parseApiKeysFile(before);
  if (parsed.problems.length > 0) throw new Error(`${file} has problems; fix them first:\n${parsed.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  if (parsed.entries.some((existing) => existing.name === name)) throw new Error(`${file} already has a key named "${name}"; remove its line first, or choose another name.`);
  const separator = before === '' || before.endsWith('\n') ? '' : '\n';
  const next = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  // 'wx': never through a file or link already at that name; the old file's mode is kept (a new one is 0600).
  const mode = existsSync(file) ? (await stat(file)).mode & 0o777 : 0o600;
  await writeFile(next, `${before}${separator}${entry}\n`, { mode, flag: 'wx' });
  await chmod(next, mode);
  await rename(next, file);
}
