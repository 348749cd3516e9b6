import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { parseApiKeysFile, type ApiKeyEntry, type ApiKeyring } from './api-keys.js';

/**
 * API keys from a file (API_KEYS_FILE) that the running server reads again when it changes, so that a
 * key is added or revoked without a restart. The file is watched through its folder (an editor, or
 * `npm run api-key -- --file`, replaces it by renaming a new one over it), changes are read once they
 * settle, and SIGHUP reads it at once. A file that is malformed, or gone, leaves the keys in force as they
 * were, and the log says what is wrong and where.
 */

const SETTLE_MS = 150;

export interface KeysFileWatch {
  /** Reads the file again now; resolves when the keys in force are the file's, or the file was refused. */
  reload(): Promise<void>;
  close(): void;
}

export class KeysFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`API_KEYS_FILE ${file} cannot be read as API keys:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'KeysFileError';
  }
}

/**
 * Why the file may not grant keys, or null: as sshd treats authorized_keys, a file or folder that others
 * can write lets them make themselves curators, within a second of the change.
 */
async function looseness(file: string): Promise<string | null> {
  const owner = process.getuid?.();
  for (const [what, where] of [['the file', file], ['its folder', path.dirname(path.resolve(file))]] as const) {
    const status = await stat(where);
    const sticky = what === 'its folder' && (status.mode & 0o1000) !== 0;
    if ((status.mode & 0o022) !== 0 && !sticky) return `${what} (${where}) can be written by others than its owner (mode ${(status.mode & 0o777).toString(8)}): chmod go-w it`;
    if (owner !== undefined && status.uid !== owner && status.uid !== 0) return `${what} (${where}) belongs to user ${status.uid}, neither the server's (${owner}) nor root`;
  }
  return null;
}

/** The file's entries, or every problem with it (a file that cannot be read is one). */
async function readKeysFile(file: string, fixed: readonly ApiKeyEntry[]): Promise<{ entries: ApiKeyEntry[]; text: string } | { problems: string[] }> {
  let text: string;
  try {
    const refusal = await looseness(file);
    if (refusal !== null) return { problems: [refusal] };
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problems: [code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? (error as Error).message})`] };
  }
  const parsed = parseApiKeysFile(text, fixed.map((entry) => entry.name));
  return parsed.problems.length > 0 ? { problems: parsed.problems } : { entries: parsed.entries, text };
}

/**
 * Loads the keys file into `keyring` beside the fixed entries (API_KEYS), then keeps it loaded. At
 * start-up a bad file is an error (the server should not start without the keys it was told to use);
 * afterwards it is logged and the keys in force stay.
 */
export async function watchKeysFile(file: string, fixed: readonly ApiKeyEntry[], keyring: ApiKeyring, logger: Logger): Promise<KeysFileWatch> {
  const first = await readKeysFile(file, fixed);
  if ('problems' in first) throw new KeysFileError(file, first.problems);
  keyring.replace([...fixed, ...first.entries]);
  logger.info({ file, keys: first.entries.length }, 'API keys read from API_KEYS_FILE');
  let inForce = first.text;

  // One reload at a time; a change seen during one is read after it.
  let running: Promise<void> = Promise.resolve();
  const reload = () => {
    running = running.then(async () => {
      const read = await readKeysFile(file, fixed);
      if ('problems' in read) {
        logger.error({ file, problems: read.problems, keys: keyring.names }, `API_KEYS_FILE ${file} was not reloaded: ${read.problems.join('; ')}. The keys in force stay`);
        return;
      }
      if (read.text === inForce) return;
      const before = new Set(keyring.names);
      keyring.replace([...fixed, ...read.entries]);
      inForce = read.text;
      const after = new Set(keyring.names);
      logger.info(
        { file, keys: read.entries.length, added: [...after].filter((name) => !before.has(name)), removed: [...before].filter((name) => !after.has(name)) },
        'API keys reloaded from API_KEYS_FILE',
      );
    });
    return running;
  };

  let timer: NodeJS.Timeout | null = null;
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void reload();
    }, SETTLE_MS);
  };
  const name = path.basename(file);
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(path.dirname(file), { persistent: false }, (_event, changed) => {
      if (changed === null || changed === name) soon();
    });
    watcher.on('error', (error) => logger.warn({ file, err: error }, 'Stopped watching API_KEYS_FILE; send SIGHUP to reload it'));
  } catch (error) {
    logger.warn({ file, err: error }, 'Cannot watch API_KEYS_FILE for changes; send SIGHUP to reload it');
  }
  const onHangUp = () => void reload();
  process.on('SIGHUP', onHangUp);

  return {
    reload,
    close() {
      if (timer) clearTimeout(timer);
      watcher?.close();
      process.off('SIGHUP', onHangUp);
    },
  };
}
